import type { Geometry, Position } from 'geojson';

export type LngLat = [number, number];
export type Bounds = [number, number, number, number];

/**
 * `[west, south, east, north]` of a geometry's positions: a loop, so that the first screen (which
 * fits the district) and the popup need no geometry library.
 */
export function boundsOf(geometry: Geometry): Bounds {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (p: Position) => {
    const x = p[0] ?? 0;
    const y = p[1] ?? 0;
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  };
  const walk = (g: Geometry): void => {
    switch (g.type) {
      case 'Point':
        return add(g.coordinates);
      case 'MultiPoint':
      case 'LineString':
        return g.coordinates.forEach(add);
      case 'MultiLineString':
      case 'Polygon':
        return g.coordinates.forEach((r) => r.forEach(add));
      case 'MultiPolygon':
        return g.coordinates.forEach((p) => p.forEach((r) => r.forEach(add)));
      case 'GeometryCollection':
        return g.geometries.forEach(walk);
    }
  };
  walk(geometry);
  return b;
}
