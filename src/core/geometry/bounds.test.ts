import { expect, it } from 'vitest';
import type { FeatureStore } from '../featureStore.ts';
import { loadTestProject } from '../../../tests/support/project.ts';
import { builtUpBounds, districtBounds, FALLBACK_BOUNDS } from './bounds.ts';

it('is the district outline’s bounds, inside the fallback’s neighbourhood, or the fallback without one', () => {
  const { store } = loadTestProject();
  const [w, s, e, n] = districtBounds(store);
  expect(w).toBeLessThan(e);
  expect(s).toBeLessThan(n);
  expect(Math.abs(w - FALLBACK_BOUNDS[0])).toBeLessThan(1);
  const empty = { ...store, byLayer: new Map() } as FeatureStore;
  expect(districtBounds(empty)).toEqual(FALLBACK_BOUNDS);
  expect(districtBounds(empty)).not.toBe(FALLBACK_BOUNDS);
});

it('opens phones on the built-up area: the sub-district seats near their median, inside the district, the far seat left out', () => {
  const { store } = loadTestProject();
  const [w, s, e, n] = builtUpBounds(store);
  const [dw, ds, de, dn] = districtBounds(store);
  expect(w).toBeGreaterThanOrEqual(dw);
  expect(s).toBeGreaterThanOrEqual(ds);
  expect(e).toBeLessThanOrEqual(de);
  expect(n).toBeLessThanOrEqual(dn);
  // Much smaller than the district: a few km across, not tens.
  expect((e - w) * (n - s)).toBeLessThan(((de - dw) * (dn - ds)) / 10);
  // The central seats are in it; 曙光街道's seat (~16 km west) is not.
  const seat = (id: string) => store.byId.get(id)?.geometry as GeoJSON.Point;
  const inside = ([x, y]: number[]) => x! >= w && x! <= e && y! >= s && y! <= n;
  expect(inside(seat('subdistrict-xinglong').coordinates)).toBe(true);
  expect(inside(seat('subdistrict-shuguang').coordinates)).toBe(false);
  // Widened beyond the seats (centres, not edges): the green-island park, south of every seat, is in it.
  const park = store.byId.get('green-island-park')?.geometry as GeoJSON.Polygon;
  expect(park.coordinates[0]!.every((p) => inside(p))).toBe(true);
  const empty = { ...store, byLayer: new Map() } as FeatureStore;
  expect(builtUpBounds(empty)).toEqual(FALLBACK_BOUNDS);
});
