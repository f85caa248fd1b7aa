import { describe, expect, it } from 'vitest';
import { readPlanText } from '../../../tests/support/project.ts';
import { indexPlan, planData } from './indexPlan.ts';
import { parsePlan } from './parsePlan.ts';
import { planNodeText } from './planNodeText.ts';

describe('the plan as the build ships it', () => {
  const parsed = parsePlan(readPlanText());

  it('survives JSON: the browser index has every node of the parser, with the same text', () => {
    const shipped = indexPlan(JSON.parse(JSON.stringify(planData(parsed))));
    expect([...shipped.byId.keys()]).toEqual([...parsed.byId.keys()]);
    for (const id of parsed.byId.keys()) expect(planNodeText(shipped, id)).toBe(planNodeText(parsed, id));
    expect(shipped.documentNumber).toBe(parsed.documentNumber);
    expect(shipped.issuedOn).toBe(parsed.issuedOn);
  });

  it('refuses data with an id twice', () => {
    const data = planData(parsed);
    const twice = { ...data, sections: [...data.sections, data.sections[0]!] };
    expect(() => indexPlan(twice)).toThrow(/s1 occurs twice/);
  });
});
