import { applyFilters, isFrameFeature, type FilterState } from '../../core/filters.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import { statusSlugInYear } from '../../core/statusHistory.ts';
import { STATUSES, type Status } from '../../core/vocabulary.ts';

/**
 * Per status, how many plan features the other filters keep: the number on each status chip, so that
 * picking one status does not zero the others' counts. The frame (the district and sub-district
 * outlines) is not a plan item and is not counted; statuses no feature has are left out. The status
 * is the one as of the end of `year` (the current one without a year); `none` counts the places with
 * no record by then.
 */
export function statusCounts(store: FeatureStore, filter: FilterState, year: number | null = null): { byStatus: Map<Status, number>; none: number } {
  const result = applyFilters(store, { ...filter, statuses: new Set() });
  const counts = new Map<Status, number>();
  let none = 0;
  for (const l of store.layers) {
    if (l.role !== 'plan') continue;
    for (const f of result.byLayer.get(l.id) ?? []) {
      if (isFrameFeature(f, l)) continue;
      const s = statusSlugInYear(f, year);
      if (s === null) none++;
      else counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  return { byStatus: new Map(STATUSES.filter((s) => counts.has(s)).map((s) => [s, counts.get(s) ?? 0])), none };
}
