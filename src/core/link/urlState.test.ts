import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en/index.ts';
import { zh } from '../../i18n/zh/index.ts';
import type { LinkNotice } from './shareState.ts';
import { parseTourParams, parseUrlState as parseRaw, serializeTourParams, serializeUrlState, type KnownIds } from './urlState.ts';

/** Parsed, with the notices as the Chinese interface words them. */
const parseUrlState = (search: string, ids: KnownIds) => {
  const r = parseRaw(search, ids);
  return { ...r, notices: r.notices.map((n: LinkNotice) => zh.link.notice(n)) };
};

const known = {
  feature: (id: string) => ['green-island-park', 'residential-zone-9km2'].includes(id),
  plan: (id: string) => ['s9', 's14', 't5-r7'].includes(id),
};

describe('URL state', () => {
  it('reads a known feature and plan id', () => {
    expect(parseUrlState('?feature=green-island-park&plan=t5-r7', known)).toEqual({
      state: { feature: 'green-island-park', plan: 't5-r7', panel: null, year: null },
      notices: [],
    });
  });
  it('drops unknown and malformed values with a notice each', () => {
    const r = parseUrlState('?feature=%3Cimg%20src%3Dx%3E&plan=s99', known);
    expect(r.state).toEqual({ feature: null, plan: null, panel: null, year: null });
    expect(r.notices).toHaveLength(2);
    expect(r.notices[0]).toContain('格式不正确');
    expect(r.notices[1]).toContain('"s99"');
  });
  it('ignores empty values quietly and a very long value with a notice', () => {
    expect(parseUrlState('?feature=&plan=', known).notices).toEqual([]);
    expect(parseUrlState(`?feature=${'a'.repeat(5000)}`, known).notices).toHaveLength(1);
  });
  it('round-trips and keeps parameters it does not own', () => {
    const state = { feature: 'green-island-park', plan: 's9', panel: null, year: 2023 };
    const s = serializeUrlState(state, '?lang=en&plan=s14');
    expect(s).toBe('?lang=en&plan=s9&feature=green-island-park&year=2023');
    expect(parseUrlState(s, known).state).toEqual(state);
    expect(serializeUrlState({ feature: null, plan: null, panel: null, year: null }, '?feature=x&plan=y')).toBe('');
  });
  it('reads panels and years and rejects others', () => {
    expect(parseUrlState('?panel=coverage&year=2018', known).state).toMatchObject({ panel: 'coverage', year: 2018 });
    const bad = parseUrlState('?panel=%3Csvg%3E&year=1999', known);
    expect(bad.state).toMatchObject({ panel: null, year: null });
    expect(bad.notices).toHaveLength(2);
    expect(parseUrlState('?year=2020.5', known).state.year).toBeNull();
  });
  it('reads through the share state: versioned links, and notices for its other parameters', () => {
    expect(parseUrlState('?v=1&c=122.07,41.1,13&feature=green-island-park&lang=en', known)).toEqual({
      state: { feature: 'green-island-park', plan: null, panel: null, year: null },
      notices: [],
    });
    const r = parseUrlState('?c=41.1,122.07,13&status=nope', known);
    expect(r.notices).toHaveLength(2);
    expect(r.notices[0]).toContain('链接参数 c');
    expect(r.notices[1]).toContain('链接参数 status');
  });
});

describe('tour parameters (presentation mode)', () => {
  it('reads a 1-based step, an autoplay interval and loop', () => {
    expect(parseTourParams('?tour=3')).toEqual({ params: { step: 3, autoplayS: null, loop: false }, notices: [] });
    expect(parseTourParams('?tour=12&autoplay=20&loop=1').params).toEqual({ step: 12, autoplayS: 20, loop: true });
    expect(parseTourParams('').params).toEqual({ step: null, autoplayS: null, loop: false });
  });
  it('rejects steps that are not 1–99 and bad intervals, with a notice each', () => {
    for (const bad of ['0', '-1', '1.5', '01', '100', 'abc', '%3Cscript%3E', '3e1']) {
      const r = parseTourParams(`?tour=${bad}`);
      expect(r.params.step, bad).toBeNull();
      expect(r.notices, bad).toHaveLength(1);
    }
    const r = parseTourParams('?tour=2&autoplay=0&loop=yes');
    expect(r.params).toEqual({ step: 2, autoplayS: null, loop: false });
    expect(r.notices).toHaveLength(2);
    expect(parseTourParams('?autoplay=99999').notices).toHaveLength(1);
    expect(parseTourParams('?autoplay=0.4').notices).toHaveLength(1);
    expect(parseTourParams('?autoplay=1.25').notices).toHaveLength(1);
    expect(parseTourParams('?tour=1&autoplay=0.5').params.autoplayS).toBe(0.5);
  });
  it('reports a malformed step among the link notices of the explorer', () => {
    expect(parseUrlState('?tour=zero', known).notices).toEqual([expect.stringContaining('"zero"')]);
    expect(parseUrlState('?tour=4', known).notices).toEqual([]);
  });
  it('gives codes that both languages word', () => {
    const { notices } = parseTourParams('?tour=0&autoplay=0.1&loop=2');
    expect(notices).toEqual([
      { kind: 'badTourStep', value: '"0"', max: 99 },
      { kind: 'badAutoplay', value: '"0.1"', min: 0.5, max: 3600 },
      { kind: 'badLoop', value: '"2"' },
    ]);
    expect(notices.map((n) => zh.link.notice(n))).toEqual([
      '链接中的演示步骤 "0" 不是 1–99 之间的整数，已忽略',
      '链接中的自动播放间隔 "0.1" 不是 0.5–3600 秒，已忽略',
      '链接中的循环参数 "2" 应为 0 或 1，已忽略',
    ]);
    expect(notices.map((n) => en.link.notice(n))).toEqual([
      'The presentation step "0" in the link is not a whole number from 1 to 99; ignored',
      'The autoplay interval "0.1" in the link is not 0.5–3600 seconds; ignored',
      'The loop parameter "2" in the link should be 0 or 1; ignored',
    ]);
  });
  it('round-trips, keeps other parameters, and removes all three when the tour closes', () => {
    const s = serializeTourParams({ step: 5, autoplayS: 15, loop: true }, '?plan=s9&tour=2');
    expect(s).toBe('?plan=s9&tour=5&autoplay=15&loop=1');
    expect(parseTourParams(s).params).toEqual({ step: 5, autoplayS: 15, loop: true });
    expect(serializeTourParams({ step: 1, autoplayS: null, loop: false }, s)).toBe('?plan=s9&tour=1');
    expect(serializeTourParams(null, s)).toBe('?plan=s9');
    // The explorer's own serializer leaves the tour alone.
    expect(serializeUrlState({ feature: null, plan: null, panel: null, year: null }, '?tour=3')).toBe('?tour=3');
  });
});
