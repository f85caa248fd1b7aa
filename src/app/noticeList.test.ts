import { describe, expect, it } from 'vitest';
import type { Notice } from '../ui/notice.ts';
import { afterContextChange, MAP_CONTEXT_LOST, withNotice, withoutNotice } from './noticeList.ts';

const n = (key: string): Notice => ({ key, text: () => key });
const keys = (list: readonly Notice[]) => list.map((x) => x.key);

describe('the notice list', () => {
  it('adds a notice last, and the same notice only once', () => {
    expect(keys(withNotice([n('a'), n('b')], n('c')))).toEqual(['a', 'b', 'c']);
    expect(keys(withNotice([n('a'), n('b')], n('a')))).toEqual(['b', 'a']);
  });
  it('drops a notice by key', () => {
    expect(keys(withoutNotice([n('a'), n('b')], 'a'))).toEqual(['b']);
    expect(keys(withoutNotice([n('a')], 'zzz'))).toEqual(['a']);
  });
  it('shows the lost map while it is lost', () => {
    const lost = afterContextChange([n('a')], true);
    expect(keys(lost)).toEqual(['a', MAP_CONTEXT_LOST.key]);
    expect(keys(afterContextChange(lost, true))).toEqual(['a', MAP_CONTEXT_LOST.key]);
    expect(keys(afterContextChange(lost, false))).toEqual(['a']);
  });
});
