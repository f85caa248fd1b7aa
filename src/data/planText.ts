import type { CoverageReport } from '../core/plan/coverage.ts';
import { indexPlan, type PlanData } from '../core/plan/indexPlan.ts';
import type { Plan } from '../core/plan/types.ts';

/**
 * The plan's words and the plan–map check's rows: the second data file (`plan-text-*.json`, written by
 * the same build step as the first, vite.config.ts). The first screen draws none of it, so it is
 * fetched only when something reads it: the plan reader, the coverage panels, a popup's plan excerpt,
 * search, the editor, an export and the presentation.
 */
export interface PlanTextData {
  version: 1;
  plan: PlanData;
  coverage: CoverageReport;
}

export interface PlanText {
  plan: Plan;
  coverage: CoverageReport;
}

let source: (() => Promise<PlanText>) | null = null;
let loaded: Promise<PlanText> | null = null;

/** Where the words come from (set by loadAppData from the first file). */
export function setPlanTextUrl(url: string): void {
  loaded = null;
  source = async () => {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    const data = (await res.json()) as PlanTextData;
    if (data.version !== 1) throw new Error(`${url}: unknown data version ${String(data.version)}`);
    return { plan: indexPlan(data.plan), coverage: data.coverage };
  };
}

/** The plan's words, fetched once on first call (a failed fetch is tried again on the next call). */
export function loadPlanText(): Promise<PlanText> {
  if (!source) return Promise.reject(new Error('the plan text file is not known yet'));
  if (!loaded) {
    const p = source();
    loaded = p;
    p.catch(() => {
      if (loaded === p) loaded = null;
    });
  }
  return loaded;
}
