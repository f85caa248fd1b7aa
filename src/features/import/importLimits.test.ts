import { describe, expect, it } from 'vitest';
import { countPositions, MAX_FEATURES, MAX_POSITIONS, tooManyResult } from './importLimits.ts';

describe('import limits', () => {
  it('counts positions in every geometry type, GeometryCollections nested, without recursing', () => {
    expect(countPositions({ type: 'Point', coordinates: [1, 2] })).toBe(1);
    expect(countPositions({ type: 'MultiPoint', coordinates: [[1, 2], [3, 4], [5, 6]] })).toBe(3);
    expect(countPositions({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]], [[0, 0], [1, 0], [0, 0]]] })).toBe(7);
    expect(countPositions({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[0, 0], [1, 0], [1, 1], [0, 0]]]] })).toBe(8);
    const points = Array.from({ length: 1000 }, (_, i) => ({ type: 'Point', coordinates: [i, 0] }));
    expect(countPositions({ type: 'GeometryCollection', geometries: [...points, { type: 'GeometryCollection', geometries: points }] })).toBe(2000);
    let deep: object = { type: 'Point', coordinates: [0, 0] };
    for (let i = 0; i < 100_000; i++) deep = { type: 'GeometryCollection', geometries: [deep] };
    expect(countPositions(deep)).toBe(1);
    expect(countPositions(null)).toBe(0);
    expect(countPositions({ type: 'Point', coordinates: 'x' })).toBe(0);
  });

  it('refuses above either limit, naming both counts and both limits in both languages', () => {
    expect(tooManyResult(MAX_FEATURES, MAX_POSITIONS)).toBeNull();
    for (const [f, p] of [
      [MAX_FEATURES + 1, 10],
      [1, MAX_POSITIONS + 1],
    ] as const) {
      const r = tooManyResult(f, p);
      if (!r || r.ok) throw new Error('expected a refusal');
      const e = r.errors[0]!;
      expect(e.code).toBe('too-many');
      for (const n of [f, p, MAX_FEATURES, MAX_POSITIONS]) {
        expect(e.zh).toContain(n.toLocaleString('en-US'));
        expect(e.en).toContain(n.toLocaleString('en-US'));
      }
    }
  });
});
