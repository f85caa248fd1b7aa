import { describe, expect, it } from 'vitest';
import { planPlaceOf } from './planRefPlace.ts';
import { feature as en } from '../../i18n/en/feature.ts';
import { feature as zh } from '../../i18n/zh/feature.ts';
import { loadTestProject } from '../../../tests/support/project.ts';

const { plan } = loadTestProject();

describe('where a status source is in the plan, for the English popup', () => {
  it('names the table and row, the section, or the appendix table in numbers', () => {
    expect(planPlaceOf(plan, 't5-r7')).toEqual({ kind: 'row', table: 5, row: 7 });
    expect(planPlaceOf(plan, 's14')).toEqual({ kind: 'section', n: 14 });
    expect(planPlaceOf(plan, 'appendix-r1')).toEqual({ kind: 'row', table: null, row: 1 });
    expect(planPlaceOf(plan, 'no-such-id')).toBeNull();
  });

  it('leads the Chinese quote with English in English and with nothing in Chinese', () => {
    const place = planPlaceOf(plan, 't5-r7');
    if (!place) throw new Error('t5-r7 missing');
    expect(en.sourcePlace(place)).toBe('the plan, table 5, row 7 (quoted in Chinese): ');
    expect(en.sourcePlace({ kind: 'row', table: null, row: 3 })).toContain('appendix table, row 3');
    expect(zh.sourcePlace(place)).toBe('');
  });
});
