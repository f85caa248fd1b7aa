import { describe, expect, it } from 'vitest';
import { historyStep } from './historyStep.ts';

const link = (noCamera: string, camera = '') => ({ full: `${noCamera}${camera}`, noCamera });

describe('historyStep', () => {
  it('writes nothing when the address bar already says it', () => {
    expect(historyStep(link('?feature=a'), link('?feature=a'), '?feature=a')).toBe('none');
  });
  it('replaces the first write of a page (opening a link is not a step)', () => {
    expect(historyStep(null, link('?feature=a'), '?feature=b')).toBe('replace');
  });
  it('replaces when only the camera moved', () => {
    expect(historyStep(link('?feature=a', '&c=1'), link('?feature=a', '&c=2'), '?feature=a&c=1')).toBe('replace');
  });
  it('pushes any other change, camera or not', () => {
    expect(historyStep(link('?feature=a'), link('?feature=b'), '?feature=a')).toBe('push');
    expect(historyStep(link('?feature=a', '&c=1'), link('?panel=list', '&c=2'), '?feature=a&c=1')).toBe('push');
  });
});
