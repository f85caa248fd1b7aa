import { applyFilters, isFrameFeature, type FilterState } from '../../core/filters.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import { STATUSES, type Status } from '../../core/vocabulary.ts';

/**
 * Per status, how many plan features the other filters keep: the number on each status chip, so that
 * picking one status does not zero the others' counts. The frame (the district and sub-district
 * outlines) is not a plan item and is not counted; statuses no feature has are left out.
 */
export function statusCounts(store: FeatureStore, filter: FilterState): Map<Status, number> {
  const result = applyFilters(store, { ...filter, statuses: new Set() });
  const counts = new Map<Status, number>();
  for (const l of store.layers) {
    if (l.role !== 'plan') continue;
    for (const f of result.byLayer.get(l.id) ?? []) {
      if (isFrameFeature(f, l)) continue;
      counts.set(f.properties.status, (counts.get(f.properties.status) ?? 0) + 1);
    }
  }
  return new Map(STATUSES.filter((s) => counts.has(s)).map((s) => [s, counts.get(s) ?? 0]));
}
