import { useMemo } from 'react';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { Plan } from '../../core/plan/types.ts';
import { checkTour } from './checkTour.ts';
import tourJson from './tour.json';
import { parseTour, type Tour } from './tourSchema.ts';

/** The tour file, parsed and checked against the plan and the data; or why it could not be read. */
export type TourData = { tour: Tour; issues: string[] } | { error: string };

export function useTourData(plan: Plan, store: FeatureStore): TourData {
  return useMemo(() => {
    try {
      const tour = parseTour(tourJson);
      return { tour, issues: checkTour(tour, plan, store) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [plan, store]);
}
