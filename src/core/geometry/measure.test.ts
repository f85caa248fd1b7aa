import { describe, expect, it } from 'vitest';
import { computeMeasures, diffPct, formatArea, formatLength, M2_PER_MU } from './measure.ts';

describe('measures', () => {
  it('1 亩 is 666.67 m² and 15 亩 are 1 公顷', () => {
    expect(M2_PER_MU).toBeCloseTo(666.667, 2);
    expect(15 * M2_PER_MU).toBeCloseTo(10000, 6);
  });
  it('computes the geodesic area of a 0.01° square at 41° N', () => {
    // 0.01° of latitude ≈ 1111 m; of longitude at 41.1° ≈ 1111 × cos(41.1°) ≈ 838 m.
    const { areaM2, lengthKm } = computeMeasures({
      type: 'Polygon',
      coordinates: [[[122, 41.1], [122.01, 41.1], [122.01, 41.11], [122, 41.11], [122, 41.1]]],
    });
    expect(lengthKm).toBeUndefined();
    expect(areaM2).toBeGreaterThan(920_000);
    expect(areaM2).toBeLessThan(945_000);
  });
  it('computes the length of a line of one degree of latitude', () => {
    const { lengthKm } = computeMeasures({ type: 'LineString', coordinates: [[122, 41], [122, 42]] });
    expect(lengthKm).toBeCloseTo(111.2, 0);
  });
  it('formats an area in km², m² and 亩', () => {
    const f = formatArea(723_000);
    expect(f.mu).toBe('1,084.5 亩');
    expect(f.km2).toBe('0.723 km²');
    expect(f.m2).toBe('723,000 m²');
    expect(f.ha).toBe('72.3 公顷');
  });
  it('names 亩 and 公顷 "mu" and "ha" in English', () => {
    const f = formatArea(723_000, 'en');
    expect(f).toEqual({ m2: '723,000 m²', km2: '0.723 km²', mu: '1,084.5 mu', ha: '72.3 ha' });
    expect(formatLength(0.25, 'en')).toBe('250 m');
  });
  it('gives the signed difference in percent', () => {
    expect(diffPct(9.9, 9)).toBeCloseTo(10, 6);
    expect(diffPct(8.1, 9)).toBeCloseTo(-10, 6);
  });
});
