import type { FeatureStore } from '../core/featureStore.ts';
import type { CoverageReport } from '../core/plan/coverage.ts';
import type { Plan } from '../core/plan/types.ts';

/** What the app loads before its first render: the plan's text, the map's features, and the check of one against the other. */
export interface PlanData {
  plan: Plan;
  store: FeatureStore;
  coverage: CoverageReport;
}
