import { deviation } from 'earcut';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { hexToRgba, toBinary, transferablesOf, type Rgba } from './binary.ts';

const RED: Rgba = [255, 0, 0, 255];
const BLUE: Rgba = [0, 0, 255, 255];
const colorOf = (p: Record<string, unknown> | null): Rgba => (p?.status === 'planned' ? BLUE : RED);

const outer = [
  [122.0, 41.1],
  [122.1, 41.1],
  [122.1, 41.2],
  [122.0, 41.2],
  [122.0, 41.1],
];
const hole = [
  [122.04, 41.14],
  [122.04, 41.16],
  [122.06, 41.16],
  [122.06, 41.14],
  [122.04, 41.14],
];

const fc: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { status: 'planned' }, geometry: { type: 'Polygon', coordinates: [outer, hole] } },
    {
      type: 'Feature',
      properties: { status: 'existing' },
      geometry: { type: 'MultiPolygon', coordinates: [[outer], [outer.map(([x, y]) => [(x ?? 0) + 0.2, y ?? 0])]] },
    },
    { type: 'Feature', properties: null, geometry: { type: 'LineString', coordinates: [[121.9, 41.0], [122.3, 41.3]] } },
    { type: 'Feature', properties: { status: 'planned' }, geometry: { type: 'MultiPoint', coordinates: [[122.5, 41.0], [121.8, 41.4]] } },
  ],
};

describe('toBinary (GeoJSON → typed arrays for deck.gl)', () => {
  const b = toBinary(fc, colorOf);

  it('lays out polygons with vertex starts, per-vertex colours and their source features', () => {
    expect(b.size).toEqual({ features: 4, vertices: 10 + 10 + 2 + 2 });
    expect(b.polygons.length).toBe(3);
    expect([...b.polygons.startIndices]).toEqual([0, 10, 15, 20]);
    expect([...b.polygons.featureIndex]).toEqual([0, 1, 1]);
    expect(b.polygons.positions.length).toBe(40);
    expect([...b.polygons.positions.slice(20, 22)]).toEqual([122.0, 41.1]);
    // Fill colours are the status colour at 45 % alpha.
    expect([...b.polygons.colors.slice(0, 4)]).toEqual([0, 0, 255, 115]);
    expect([...b.polygons.colors.slice(40, 44)]).toEqual([255, 0, 0, 115]);
  });

  it('triangulates each polygon (holes respected) with indices into the shared vertex array', () => {
    const idx = [...b.polygons.indices];
    expect(idx.length % 3).toBe(0);
    expect(Math.max(...idx)).toBeLessThan(20);
    // The first polygon's triangles cover its area minus the hole exactly.
    const first = idx.filter((i) => i < 10);
    expect(idx.slice(0, first.length)).toEqual(first);
    const flat = [...b.polygons.positions.slice(0, 20)];
    expect(deviation(flat, [5], 2, first)).toBeLessThan(1e-9);
  });

  it('draws every ring and line as a path, and points as points', () => {
    expect(b.paths.length).toBe(2 + 2 + 1);
    expect([...b.paths.startIndices]).toEqual([0, 5, 10, 15, 20, 22]);
    expect([...b.paths.featureIndex]).toEqual([0, 0, 1, 1, 2]);
    expect([...b.paths.colors.slice(0, 4)]).toEqual(BLUE);
    expect(b.points.length).toBe(2);
    expect([...b.points.positions]).toEqual([122.5, 41.0, 121.8, 41.4]);
    expect([...b.points.featureIndex]).toEqual([3, 3]);
  });

  it('knows the bounds and hands over its buffers without copying', () => {
    expect(b.bbox).toEqual([121.8, 41.0, 122.5, 41.4]);
    const buffers = transferablesOf(b);
    expect(buffers.length).toBeGreaterThanOrEqual(10);
    expect(new Set(buffers).size).toBe(buffers.length);
  });

  it('handles empty input', () => {
    const e = toBinary({ type: 'FeatureCollection', features: [] }, colorOf);
    expect(e.bbox).toBeNull();
    expect([e.polygons.length, e.paths.length, e.points.length]).toEqual([0, 0, 0]);
  });
});

describe('hexToRgba', () => {
  it('reads #rrggbb and #rgb', () => {
    expect(hexToRgba('#1d5fd1')).toEqual([29, 95, 209, 255]);
    expect(hexToRgba('#fff', 10)).toEqual([255, 255, 255, 10]);
  });
});
