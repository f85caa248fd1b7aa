import { describe, expect, it } from 'vitest';
import { parseTourParams, serializeTourParams, withoutRejectedTourParams } from './urlState.ts';

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
  it('gives codes, worded by the interface (src/i18n/link.test.ts)', () => {
    const { notices } = parseTourParams('?tour=0&autoplay=0.1&loop=2');
    expect(notices).toEqual([
      { kind: 'badTourStep', value: '"0"', max: 99 },
      { kind: 'badAutoplay', value: '"0.1"', min: 0.5, max: 3600 },
      { kind: 'badLoop', value: '"2"' },
    ]);
  });
  it('round-trips, keeps other parameters, and removes all three when the tour closes', () => {
    const s = serializeTourParams({ step: 5, autoplayS: 15, loop: true }, '?plan=s9&tour=2');
    expect(s).toBe('?plan=s9&tour=5&autoplay=15&loop=1');
    expect(parseTourParams(s).params).toEqual({ step: 5, autoplayS: 15, loop: true });
    expect(serializeTourParams({ step: 1, autoplayS: null, loop: false }, s)).toBe('?plan=s9&tour=1');
    expect(serializeTourParams(null, s)).toBe('?plan=s9');
  });
});

describe('values echoed into a notice', () => {
  it('show bidi controls as escapes, so a U+202E cannot reverse the notice', () => {
    const { notices } = parseTourParams('?tour=%E2%80%AEevil&autoplay=%E2%81%A6x');
    const shown = notices.map((n) => ('value' in n ? String(n.value) : '')).join(' ');
    expect(shown).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(shown).toContain('\\u202E');
  });
});

describe('rejected tour parameters leave the link', () => {
  it('drops exactly the values that were rejected with a notice', () => {
    expect(withoutRejectedTourParams('?tour=abc&autoplay=99999&loop=yes&feature=x')).toBe('?feature=x');
    expect(withoutRejectedTourParams('?tour=2&autoplay=8&loop=1')).toBe('?tour=2&autoplay=8&loop=1');
    expect(withoutRejectedTourParams('?tour=2&autoplay=0')).toBe('?tour=2');
    expect(withoutRejectedTourParams('')).toBe('');
  });
});
