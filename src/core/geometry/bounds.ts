import type { FeatureStore } from '../featureStore.ts';
import { featuresWithPurpose } from '../layerPurpose.ts';
import { boundsOf, type Bounds, type LngLat } from './bbox.ts';

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

/** How far (km) a sub-district's seat may lie from the seats' median point and still count as the town. */
export const BUILT_UP_RADIUS_KM = 10;

/**
 * Where a phone opens: the built-up area, derived from the registry's `subdistricts` layer (街道 are
 * the urban units; their areas are not known, their features are seat points). The seats within
 * {@link BUILT_UP_RADIUS_KM} of the seats' median point count (this leaves out a seat far from the
 * others: 曙光街道's, ~16 km west, in the oilfield town); their bounds are widened on every side by the
 * largest distance from one of them to its nearest neighbour, since a seat is its sub-district's
 * centre, not its edge. Falls back to the district's bounds with fewer than two such seats.
 */
export function builtUpBounds(store: Pick<FeatureStore, 'byLayer' | 'layers'>): Bounds {
  const seats: LngLat[] = [];
  for (const f of featuresWithPurpose(store, 'subdistricts')) {
    if (f.geometry?.type === 'Point') seats.push(f.geometry.coordinates as LngLat);
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  };
  const my = median(seats.map((p) => p[1]));
  // Equirectangular km per degree: good to well under 1% over a few tens of km.
  const kx = 111.32 * Math.cos((my * Math.PI) / 180);
  const ky = 110.57;
  const km = (a: LngLat, b: LngLat) => Math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * ky);
  const centre: LngLat = [median(seats.map((p) => p[0])), my];
  const near = seats.filter((p) => km(p, centre) <= BUILT_UP_RADIUS_KM);
  if (near.length < 2) return districtBounds(store);
  const reach = Math.max(...near.map((a) => Math.min(...near.filter((b) => b !== a).map((b) => km(a, b)))));
  const xs = near.map((p) => p[0]);
  const ys = near.map((p) => p[1]);
  return [Math.min(...xs) - reach / kx, Math.min(...ys) - reach / ky, Math.max(...xs) + reach / kx, Math.max(...ys) + reach / ky];
}
