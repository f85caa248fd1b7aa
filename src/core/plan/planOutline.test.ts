import { describe, expect, it } from 'vitest';
import { loadTestProject, readRepoJson } from '../../../tests/support/project.ts';
import { shareContextOf } from '../link/shareContext.ts';
import { checkCoverage } from './coverage.ts';
import { indexPlan, planData } from './indexPlan.ts';
import { planOutline } from './planOutline.ts';

// Given the real plan and check, when the first data file's outline is made, then it keeps what the
// first screen reads (every id, the titles, the document's identity, the counts) and none of the words.
const { plan, store } = loadTestProject();
const coverage = checkCoverage(readRepoJson('geo/inventory.json'), plan, store);
const outline = planOutline(planData(plan), coverage);

describe('planOutline', () => {
  it('keeps every id, title and the document identity, so links are checked as with the whole plan', () => {
    const indexed = indexPlan(outline.plan);
    expect([...indexed.byId.keys()]).toEqual([...plan.byId.keys()]);
    expect(outline.plan.sections.map((s) => s.title)).toEqual(plan.sections.map((s) => s.title));
    expect([outline.plan.title, outline.plan.documentNumber, outline.plan.issuedOn]).toEqual([plan.title, plan.documentNumber, plan.issuedOn]);
    const ctx = shareContextOf(indexed, store);
    for (const id of plan.byId.keys()) expect(ctx.plan(id), id).toBe(true);
    expect(ctx.plan('s999')).toBe(false);
  });

  it('leaves out the words and the rows, and keeps the counts', () => {
    const text = JSON.stringify(outline);
    // A sentence of section 1's body and a cell of 附表 are in the whole plan, not in the outline.
    const body = plan.sections[0]!.paragraphs.join('').slice(20, 40);
    const cell = plan.tables.find((t) => t.id === 'appendix')!.rows[0]!.cells.join('|');
    expect(JSON.stringify(planData(plan))).toContain(body);
    expect(text).not.toContain(body);
    expect(text).not.toContain(cell);
    expect(outline.coverage.rows).toEqual([]);
    expect(outline.coverage.counts).toEqual(coverage.counts);
    expect(JSON.stringify(outline.plan).length).toBeLessThan(JSON.stringify(planData(plan)).length / 2);
  });
});
