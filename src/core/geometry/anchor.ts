import { along, length, pointOnFeature } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import type { LngLat } from './bbox.ts';

export { boundsOf, type Bounds, type LngLat } from './bbox.ts';

/**
 * Where a popup points for a feature: the point itself, the middle of a line along its length, or a
 * point guaranteed to lie inside a polygon (a centroid can fall outside a concave shape). Computed
 * by the build for every feature (FeatureStore `anchors`); the browser calls it only for shapes it
 * did not ship (the presentation's, an export's).
 */
export function anchorOf(geometry: Geometry): LngLat {
  const f: Feature = { type: 'Feature', geometry, properties: {} };
  if (geometry.type === 'Point') return [geometry.coordinates[0] ?? 0, geometry.coordinates[1] ?? 0];
  if (geometry.type === 'LineString') {
    const mid = along(f as Feature<GeoJSON.LineString>, length(f) / 2);
    return mid.geometry.coordinates as LngLat;
  }
  if (geometry.type === 'MultiLineString') {
    // The longest part carries the popup, so that it does not land on a stub.
    const parts = geometry.coordinates.map((c) => ({ type: 'LineString' as const, coordinates: c }));
    const longest = parts.reduce((a, b) =>
      length({ type: 'Feature', geometry: b, properties: {} }) > length({ type: 'Feature', geometry: a, properties: {} }) ? b : a,
    );
    return anchorOf(longest);
  }
  return pointOnFeature(f).geometry.coordinates as LngLat;
}
