import type { CoverageReport } from './coverage.ts';
import type { PlanData } from './indexPlan.ts';

/**
 * The first file's plan without its words: the ids, numbers and titles of its chapters, sections,
 * tables and rows (links are checked against them), the document's title, number and date, and the
 * check's counts without its rows.
 */
export function planOutline(plan: PlanData, coverage: CoverageReport): { plan: PlanData; coverage: CoverageReport } {
  return {
    plan: {
      ...plan,
      preamble: [],
      chapters: plan.chapters.map((c) => ({ ...c, paragraphs: [] })),
      sections: plan.sections.map((s) => ({ ...s, paragraphs: [] })),
      tables: plan.tables.map((t) => ({ ...t, notes: [], rows: t.rows.map((r) => ({ ...r, cells: [] })) })),
    },
    coverage: { ...coverage, rows: [], failures: [] },
  };
}
