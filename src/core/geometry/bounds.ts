import type { FeatureStore } from '../featureStore.ts';
import { featuresWithPurpose } from '../layerPurpose.ts';
import { boundsOf, type Bounds } from './bbox.ts';

/**
 * The district's extent, roughly, `[west, south, east, north]` in degrees: where the map opens when
 * the data has no district outline (a trimmed data set, a test fixture).
 */
export const FALLBACK_BOUNDS: Bounds = [121.8, 41.05, 122.2, 41.25];

/** The bounds of the registry's district layer (all its features), or undefined when there is none. */
export function districtBoundsOf(store: Pick<FeatureStore, 'byLayer' | 'layers'>): Bounds | undefined {
  const features = featuresWithPurpose(store, 'district');
  if (features.length === 0) return undefined;
  return features.map((f) => boundsOf(f.geometry)).reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}

/** The district outline's bounds, or (a copy of) the fallback. */
export function districtBounds(store: Pick<FeatureStore, 'byLayer' | 'layers'>): Bounds {
  return districtBoundsOf(store) ?? [...FALLBACK_BOUNDS];
}
