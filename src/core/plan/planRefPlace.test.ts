import { describe, expect, it } from 'vitest';
import { planPlaceOf } from './planRefPlace.ts';
import { loadTestProject } from '../../../tests/support/project.ts';

const { plan } = loadTestProject();

describe('where a status source is in the plan, for the English popup', () => {
  it('names the table and row, the section, or the appendix table in numbers', () => {
    expect(planPlaceOf(plan, 't5-r7')).toEqual({ kind: 'row', table: 5, row: 7 });
    expect(planPlaceOf(plan, 's14')).toEqual({ kind: 'section', n: 14 });
    expect(planPlaceOf(plan, 'appendix-r1')).toEqual({ kind: 'row', table: null, row: 1 });
    expect(planPlaceOf(plan, 'no-such-id')).toBeNull();
  });
});
