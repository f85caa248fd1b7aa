import { describe, expect, it } from 'vitest';
import { planPlaceOf } from '../core/plan/planRefPlace.ts';
import { feature as en } from './en/feature.ts';
import { feature as zh } from './zh/feature.ts';
import { loadTestProject } from '../../tests/support/project.ts';

const { plan } = loadTestProject();

describe('a status source from the plan in the popup', () => {
  it('leads the Chinese quote with where it is in English, and with nothing in Chinese', () => {
    const place = planPlaceOf(plan, 't5-r7');
    if (!place) throw new Error('t5-r7 missing');
    expect(en.sourcePlace(place)).toBe('the plan, table 5, row 7 (quoted in Chinese): ');
    expect(en.sourcePlace({ kind: 'row', table: null, row: 3 })).toContain('appendix table, row 3');
    expect(en.sourcePlace({ kind: 'section', n: 14 })).toContain('section 14');
    expect(zh.sourcePlace(place)).toBe('');
  });
});
