import { area, destination } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  analyseLifeCircles,
  CIRCLE_STEPS,
  LIFE_CIRCLE_METHOD,
  lifeCircleInputFromStore,
  unionOfCircles,
  type AnalysisFeature,
  type LifeCircleGroupReport,
} from './lifeCircle.ts';
import { runLifeCircleAnalysis } from './lifeCircleClient.ts';
import { loadTestProject, readRepoFile } from '../../../tests/support/project.ts';

const CENTRE: Position = [122.07, 41.12];

/** A square of `sideM` metres centred on `c` (corners by geodesic destination). */
function square(c: Position, sideM: number): Polygon {
  const h = sideM / 2000;
  const n = destination(c, h, 0).geometry.coordinates;
  const s = destination(c, h, 180).geometry.coordinates;
  const e = destination(c, h, 90).geometry.coordinates;
  const w = destination(c, h, -90).geometry.coordinates;
  const [west, east, south, north] = [w[0] ?? 0, e[0] ?? 0, s[1] ?? 0, n[1] ?? 0];
  return {
    type: 'Polygon',
    coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
  };
}

const pt = (id: string, at: Position, kind = 'school'): AnalysisFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: at },
  properties: { id, kind, accuracy: 'schematic' },
});
const poly = (id: string, g: Polygon): AnalysisFeature => ({ type: 'Feature', geometry: g, properties: { id } });

function shares(group: LifeCircleGroupReport | undefined, id: string): Record<number, number> {
  const a = group?.areas.find((x) => x.id === id);
  if (!a) throw new Error(`no area ${id}`);
  return Object.fromEntries(a.coverage.map((c) => [c.radiusM, c.sharePct]));
}

const allOf = (r: ReturnType<typeof analyseLifeCircles>) => r.groups.find((g) => g.id === 'all');

describe('life circles on known geometry', () => {
  const sq = square(CENTRE, 2000);

  it('a point at the centre of a 2 km × 2 km square: the circles cover πr²/4 km²', () => {
    const r = analyseLifeCircles({ facilities: [pt('a', CENTRE)], subdistricts: [poly('sq', sq)], zones: [], sites: [] });
    const s = shares(allOf(r), 'sq');
    for (const radius of [300, 500, 1000]) {
      const expected = ((Math.PI * radius * radius) / 4e6) * 100;
      // A 64-gon has (64/2π)·sin(2π/64) = 99.84% of the circle's area: well within 0.5%.
      expect(Math.abs((s[radius] ?? 0) - expected) / expected).toBeLessThan(0.005);
    }
    expect(s[1000]).toBeCloseTo(78.5, 0);
  });

  it('the 2 km square itself measures 4 km² (the reference of the shares)', () => {
    expect(area(sq)).toBeGreaterThan(3.99e6);
    expect(area(sq)).toBeLessThan(4.01e6);
  });

  it('two far points inside one region add their circles; overlapping points do not double count', () => {
    const big = square(CENTRE, 10_000);
    const a = destination(CENTRE, 3, -90).geometry.coordinates;
    const b = destination(CENTRE, 3, 90).geometry.coordinates;
    const far = analyseLifeCircles({ facilities: [pt('a', a), pt('b', b)], subdistricts: [poly('big', big)], zones: [], sites: [] });
    const one = analyseLifeCircles({ facilities: [pt('a', a)], subdistricts: [poly('big', big)], zones: [], sites: [] });
    const same = analyseLifeCircles({ facilities: [pt('a', a), pt('a2', a)], subdistricts: [poly('big', big)], zones: [], sites: [] });
    const farCov = allOf(far)?.areas[0]?.coverage[2]?.coveredM2 ?? 0;
    const oneCov = allOf(one)?.areas[0]?.coverage[2]?.coveredM2 ?? 0;
    const sameCov = allOf(same)?.areas[0]?.coverage[2]?.coveredM2 ?? 0;
    expect(farCov / oneCov).toBeCloseTo(2, 3);
    expect(sameCov / oneCov).toBeCloseTo(1, 3);
    expect(oneCov).toBeGreaterThan(Math.PI * 1e6 * 0.995);
    expect(oneCov).toBeLessThan(Math.PI * 1e6 * 1.005);
    // Drawn as one MultiPolygon per radius, two parts when the circles are apart.
    const c1000 = allOf(far)?.circles.features.find((f) => f.properties.radiusM === 1000);
    expect(c1000?.geometry.type).toBe('MultiPolygon');
    expect(c1000?.geometry.coordinates).toHaveLength(2);
  });

  it('a point outside the region covers nothing, or only the part its circle reaches', () => {
    const outside = destination(CENTRE, 5, 0).geometry.coordinates;
    const r = analyseLifeCircles({ facilities: [pt('x', outside)], subdistricts: [poly('sq', sq)], zones: [], sites: [] });
    expect(Object.values(shares(allOf(r), 'sq'))).toEqual([0, 0, 0]);
    // On the square's edge: half of each circle falls inside.
    const edge = destination(CENTRE, 1, 0).geometry.coordinates;
    const e = analyseLifeCircles({ facilities: [pt('e', edge)], subdistricts: [poly('sq', sq)], zones: [], sites: [] });
    const half300 = ((Math.PI * 300 * 300) / 2 / 4e6) * 100;
    expect(Math.abs((shares(allOf(e), 'sq')[300] ?? 0) - half300) / half300).toBeLessThan(0.01);
  });

  it('no facilities: zero shares and empty MultiPolygons', () => {
    const r = analyseLifeCircles({ facilities: [], subdistricts: [poly('sq', sq)], zones: [], sites: [] });
    expect(Object.values(shares(allOf(r), 'sq'))).toEqual([0, 0, 0]);
    expect(allOf(r)?.circles.features.map((f) => f.geometry.coordinates.length)).toEqual([0, 0, 0]);
  });

  it('point sites report the nearest facility and which circles reach them', () => {
    const site = destination(CENTRE, 0.4, 45).geometry.coordinates;
    const r = analyseLifeCircles({
      facilities: [pt('k', CENTRE, 'kindergarten')],
      subdistricts: [],
      zones: [],
      sites: [{ type: 'Feature', geometry: { type: 'Point', coordinates: site }, properties: { id: 'site' } }],
    });
    const p = allOf(r)?.points[0];
    expect(p?.nearestFacilityId).toBe('k');
    expect(p?.nearestDistanceM).toBeCloseTo(400, 0);
    expect(p?.reached.map((x) => x.reached)).toEqual([false, true, true]);
    const school = r.groups.find((g) => g.id === 'school');
    expect(school?.facilityCount).toBe(0);
    expect(school?.points[0]?.nearestDistanceM).toBeNull();
  });

  it('groups by facility kind with the radii of DOMAIN.md', () => {
    const r = analyseLifeCircles({
      facilities: [pt('k', CENTRE, 'kindergarten'), pt('s', CENTRE, 'school'), pt('h', CENTRE, 'high-school')],
      subdistricts: [poly('sq', sq)],
      zones: [],
      sites: [],
    });
    expect(r.groups.map((g) => [g.id, g.radiiM, g.facilityCount])).toEqual([
      ['all', [300, 500, 1000], 3],
      ['kindergarten', [300, 500], 1],
      ['school', [500, 1000], 1],
    ]);
    expect(r.kindsOnlyInAll).toEqual(['high-school']);
    expect(r.facilityAccuracy).toEqual({ schematic: 3 });
    expect(r.method).toEqual(LIFE_CIRCLE_METHOD);
    expect(r.method.zh).toContain('直线距离');
    expect(r.method.en).toContain('approximation of walking distance');
    expect(r.steps).toBe(CIRCLE_STEPS);
    // Largest circle first so smaller ones draw on top.
    expect(allOf(r)?.circles.features.map((f) => f.properties.label)).toEqual([
      '15 分钟 · 1000 m',
      '10 分钟 · 500 m',
      '5 分钟 · 300 m',
    ]);
  });

  it('a circle is a closed 64-gon', () => {
    const c = unionOfCircles([CENTRE], 300);
    const ring = c?.geometry.type === 'Polygon' ? c.geometry.coordinates[0] : undefined;
    expect(ring).toHaveLength(CIRCLE_STEPS + 1);
    expect(ring?.[0]).toEqual(ring?.[CIRCLE_STEPS]);
  });

  it('the client runs inline where there is no Worker (node) and honours an aborted signal', async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    const r = await runLifeCircleAnalysis({ facilities: [pt('a', CENTRE)], subdistricts: [poly('sq', sq)], zones: [], sites: [] });
    expect(shares(allOf(r), 'sq')[1000]).toBeCloseTo(78.5, 0);
    const ac = new AbortController();
    ac.abort();
    await expect(runLifeCircleAnalysis({ facilities: [], subdistricts: [], zones: [], sites: [] }, { signal: ac.signal })).rejects.toThrow(
      /aborted/,
    );
  });
});

describe('life circles on the project data', () => {
  // The real project: the layers are found by their registry purpose, as in the app.
  const input = lifeCircleInputFromStore(loadTestProject().store);
  const report = analyseLifeCircles(input);

  it('takes the facilities, sub-districts, the zone, renewal sites and the district from their layers', () => {
    expect(input.facilities.length).toBeGreaterThan(0);
    expect(input.subdistricts.length).toBeGreaterThan(0);
    expect(input.zones.map((z) => z.properties.id)).toContain('residential-zone-9km2');
  });

  it('every share lies between 0 and 100 and grows with the radius', () => {
    for (const g of report.groups) {
      for (const a of g.areas) {
        const s = a.coverage.map((c) => c.sharePct);
        s.forEach((x) => {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(100);
        });
        for (let i = 1; i < s.length; i++) expect(s[i] ?? 0).toBeGreaterThanOrEqual((s[i - 1] ?? 0) - 1e-9);
      }
    }
  });

  it('the 9 km² zone has an area near 9 km² and shares that do not fall as the radius grows', () => {
    const zone = allOf(report)?.areas.find((a) => a.id === 'residential-zone-9km2');
    expect(zone?.role).toBe('zone');
    expect(zone?.areaM2).toBeGreaterThan(9e6 * 0.85);
    expect(zone?.areaM2).toBeLessThan(9e6 * 1.15);
    const s = zone?.coverage.map((c) => c.sharePct) ?? [];
    expect(s).toHaveLength(3);
    // The zone is mostly unbuilt: no school stands in it yet, so the small circles may cover none of it.
    expect(s[0]).toBeGreaterThanOrEqual(0);
    expect(s[0]).toBeLessThanOrEqual(s[1] ?? -1);
    expect(s[1]).toBeLessThanOrEqual(s[2] ?? -1);
    expect(s[2]).toBeLessThanOrEqual(100);
  });

  it('reports every renewal site', () => {
    const all = allOf(report);
    const ids = [...(all?.areas ?? []), ...(all?.points ?? [])].map((a) => a.id);
    for (const f of input.sites) expect(ids).toContain(f.properties.id);
    expect(report.skipped).toEqual([]);
  });

  it('says no sub-district boundaries are loaded: the sub-districts are seat points, and none is analysed', () => {
    expect(input.subdistricts.length).toBeGreaterThan(0);
    expect(input.subdistricts.every((f) => f.geometry.type === 'Point')).toBe(true);
    expect(report.subdistrictBoundaries).toBe(0);
    // The school sites are schematic: the report says so, so that its figures are shown rounded.
    expect(allOf(report)?.facilityAccuracies).toContain('schematic');
    const all = allOf(report);
    expect([...(all?.areas ?? []), ...(all?.points ?? [])].filter((a) => a.role === 'subdistrict')).toEqual([]);
  });

  it('analyses a loaded sub-district boundary as before', () => {
    const sub = JSON.parse(readRepoFile('geo/subdistricts.geojson')) as { features: { geometry: unknown }[] };
    sub.features[0]!.geometry = square(CENTRE, 2000);
    const { store } = loadTestProject({ layers: { subdistricts: JSON.stringify(sub) } });
    const r = analyseLifeCircles(lifeCircleInputFromStore(store));
    expect(r.subdistrictBoundaries).toBe(1);
    const rows = allOf(r)?.areas.filter((a) => a.role === 'subdistrict') ?? [];
    expect(rows.map((a) => a.id)).toEqual(['subdistrict-zhenxing']);
    expect(rows[0]?.areaM2).toBeCloseTo(4e6, -4);
  });
});
