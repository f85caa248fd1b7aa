import { bbox } from '@turf/turf';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundsOf } from './bbox.ts';

const cases: Geometry[] = [
  { type: 'Point', coordinates: [121.9, 41.1] },
  { type: 'MultiPoint', coordinates: [[121.9, 41.1], [122.1, 41.0]] },
  { type: 'LineString', coordinates: [[121.9, 41.1], [122.0, 41.3], [121.95, 41.2]] },
  { type: 'MultiLineString', coordinates: [[[121.9, 41.1], [122.0, 41.3]], [[121.5, 41.2], [121.6, 41.0]]] },
  { type: 'Polygon', coordinates: [[[121.9, 41.1], [122.0, 41.1], [122.0, 41.2], [121.9, 41.1]]] },
  {
    type: 'MultiPolygon',
    coordinates: [[[[121.9, 41.1], [122.0, 41.1], [122.0, 41.2], [121.9, 41.1]]], [[[122.3, 40.9], [122.4, 40.9], [122.4, 41.0], [122.3, 40.9]]]],
  },
  { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [120, 40] }, { type: 'LineString', coordinates: [[121, 41], [122, 42]] }] },
];

describe('boundsOf (no geometry library on the first screen)', () => {
  it.each(cases.map((g) => [g.type, g] as const))('%s: the same bounds as turf', (_, g) => {
    expect(boundsOf(g)).toEqual(bbox(g));
  });
});
