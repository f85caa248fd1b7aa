import type { FeatureStore } from '../featureStore.ts';
import { boundsOf, type Bounds } from './anchor.ts';

/**
 * The district's extent, roughly, `[west, south, east, north]` in degrees: where the map opens when
 * the data has no district outline (a trimmed data set, a test fixture).
 */
export const FALLBACK_BOUNDS: Bounds = [121.8, 41.05, 122.2, 41.25];

/** The district outline's bounds, or the fallback. */
export function districtBounds(store: FeatureStore): Bounds {
  const district = store.byLayer.get('district')?.features[0];
  return district ? boundsOf(district.geometry) : [...FALLBACK_BOUNDS];
}
