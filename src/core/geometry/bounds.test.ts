import { expect, it } from 'vitest';
import type { FeatureStore } from '../featureStore.ts';
import { loadTestProject } from '../../../tests/support/project.ts';
import { districtBounds, FALLBACK_BOUNDS } from './bounds.ts';

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
