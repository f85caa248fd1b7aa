import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from './urlState.ts';

const known = {
  feature: (id: string) => ['green-island-park', 'residential-zone-9km2'].includes(id),
  plan: (id: string) => ['s9', 's14', 't5-r7'].includes(id),
};

describe('URL state', () => {
  it('reads a known feature and plan id', () => {
    expect(parseUrlState('?feature=green-island-park&plan=t5-r7', known)).toEqual({
      state: { feature: 'green-island-park', plan: 't5-r7' },
      notices: [],
    });
  });
  it('drops unknown and malformed values with a notice each', () => {
    const r = parseUrlState('?feature=%3Cimg%20src%3Dx%3E&plan=s99', known);
    expect(r.state).toEqual({ feature: null, plan: null });
    expect(r.notices).toHaveLength(2);
    expect(r.notices[0]).toContain('格式不正确');
    expect(r.notices[1]).toContain('"s99"');
  });
  it('ignores empty values quietly and a very long value with a notice', () => {
    expect(parseUrlState('?feature=&plan=', known).notices).toEqual([]);
    expect(parseUrlState(`?feature=${'a'.repeat(5000)}`, known).notices).toHaveLength(1);
  });
  it('round-trips and keeps parameters it does not own', () => {
    const s = serializeUrlState({ feature: 'green-island-park', plan: 's9' }, '?lang=en&plan=s14');
    expect(s).toBe('?lang=en&plan=s9&feature=green-island-park');
    expect(parseUrlState(s, known).state).toEqual({ feature: 'green-island-park', plan: 's9' });
    expect(serializeUrlState({ feature: null, plan: null }, '?feature=x&plan=y')).toBe('');
  });
});
