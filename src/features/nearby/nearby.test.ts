import { destination, pointOnFeature } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { LngLat } from '../../core/geometry/anchor.ts';
import type { PlanFeature, PlanFeatureCollection } from '../../core/featureSchema.ts';
import { distanceToGeometryM, formatDistance, nearbyFeatures, NEARBY_RADIUS_M, radiusCircle, subdistrictAt } from './nearby.ts';
import { readRepoFile } from '../../../tests/support/project.ts';

const AT: LngLat = [122.0, 41.1];
/** The position `m` metres from AT towards `bearing` (degrees), geodesic. */
const off = (m: number, bearing: number, from: LngLat = AT): Position =>
  destination(from, m / 1000, bearing, { units: 'kilometers' }).geometry.coordinates;

function feature(id: string, geometry: Geometry, kind = 'park'): PlanFeature {
  // Only what the distance logic reads; the rest of the contract is not under test here.
  return { type: 'Feature', geometry, properties: { id, kind } } as unknown as PlanFeature;
}

/** A square of side 2·half metres centred on `c`, axis-aligned. */
function square(c: LngLat, half: number): Geometry {
  const n = off(half, 0, c)[1]!;
  const s = off(half, 180, c)[1]!;
  const e = off(half, 90, c)[0]!;
  const w = off(half, 270, c)[0]!;
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}

describe('distance from a point to a plan geometry', () => {
  it('is the geodesic distance to a point', () => {
    expect(distanceToGeometryM(AT, { type: 'Point', coordinates: off(300, 45) })).toBeCloseTo(300, 0);
  });

  it('is 0 inside a polygon and the distance to the nearest edge outside it', () => {
    const sq = square(AT, 200);
    expect(distanceToGeometryM(AT, sq)).toBe(0);
    // 500 m east of the centre is 300 m east of the east edge.
    expect(distanceToGeometryM(off(500, 90) as LngLat, sq)).toBeCloseTo(300, -1);
    // Due north, 1 km from the centre: 800 m from the north edge.
    expect(distanceToGeometryM(off(1000, 0) as LngLat, sq)).toBeCloseTo(800, -1);
  });

  it('treats a hole as outside', () => {
    const outer = square(AT, 400) as GeoJSON.Polygon;
    const hole = (square(AT, 100) as GeoJSON.Polygon).coordinates[0]!.slice().reverse();
    const withHole: Geometry = { type: 'Polygon', coordinates: [outer.coordinates[0]!, hole] };
    expect(distanceToGeometryM(AT, withHole)).toBeCloseTo(100, -1);
  });

  it('takes the nearest part of a multi-polygon, a line and a multi-line', () => {
    const multi: Geometry = {
      type: 'MultiPolygon',
      coordinates: [(square(off(2000, 90) as LngLat, 100) as GeoJSON.Polygon).coordinates, (square(off(700, 270) as LngLat, 100) as GeoJSON.Polygon).coordinates],
    };
    expect(distanceToGeometryM(AT, multi)).toBeCloseTo(600, -1);
    // A north–south line 400 m east: the perpendicular, not the distance to a vertex.
    const line: Geometry = { type: 'LineString', coordinates: [off(400, 90, off(1500, 180) as LngLat), off(400, 90, off(1500, 0) as LngLat)] };
    expect(distanceToGeometryM(AT, line)).toBeCloseTo(400, -1);
    const multiLine: Geometry = { type: 'MultiLineString', coordinates: [[off(900, 0), off(900, 10)], [off(250, 200), off(250, 220)]] };
    expect(distanceToGeometryM(AT, multiLine)).toBeLessThan(251);
    expect(distanceToGeometryM(AT, multiLine)).toBeGreaterThan(230);
  });
});

describe('what is planned near a point', () => {
  const features = [
    feature('far-point', { type: 'Point', coordinates: off(1200, 10) }),
    feature('edge-point', { type: 'Point', coordinates: off(990, 100) }),
    feature('inside-area', square(AT, 300)),
    feature('near-point', { type: 'Point', coordinates: off(150, 300) }),
    feature('the-district', square(AT, 20_000), 'district'),
    feature('a-subdistrict', square(AT, 5_000), 'subdistrict'),
  ];

  it('lists the places within 1 km, nearest first, without the district and sub-districts', () => {
    const { within, nearest } = nearbyFeatures(AT, features);
    expect(within.map((i) => i.feature.properties.id)).toEqual(['inside-area', 'near-point', 'edge-point']);
    expect(within.map((i) => Math.round(i.distanceM))).toEqual([0, 150, 990]);
    expect(within.every((i) => i.distanceM <= NEARBY_RADIUS_M)).toBe(true);
    expect(nearest?.feature.properties.id).toBe('inside-area');
  });

  it('keeps the nearest place when nothing is within the radius', () => {
    const { within, nearest } = nearbyFeatures(off(5000, 0) as LngLat, features.slice(0, 2));
    expect(within).toEqual([]);
    expect(nearest?.feature.properties.id).toBe('far-point');
    expect(nearest!.distanceM).toBeGreaterThan(3700);
  });

  it('is ordered stably when distances tie', () => {
    const twins = [feature('b', { type: 'Point', coordinates: off(200, 0) }), feature('a', { type: 'Point', coordinates: off(200, 0) })];
    expect(nearbyFeatures(AT, twins).within.map((i) => i.feature.properties.id)).toEqual(['a', 'b']);
  });

  it('finds the green-island park at 0 m from a point inside it (real data)', () => {
    const parks = JSON.parse(readRepoFile('geo/parks.geojson')) as PlanFeatureCollection;
    const park = parks.features.find((f) => f.properties.id === 'green-island-park');
    expect(park).toBeDefined();
    const inside = pointOnFeature(park!).geometry.coordinates as LngLat;
    const { within } = nearbyFeatures(inside, parks.features);
    expect(within[0]?.feature.properties.id).toBe('green-island-park');
    expect(within[0]?.distanceM).toBe(0);
    expect(within.slice(1).every((i) => i.distanceM > 0 && i.distanceM <= 1000)).toBe(true);
  });
});

describe('the sub-district of a point', () => {
  it('says none are loaded when the sub-districts are only seat points', () => {
    const seats = [feature('s1', { type: 'Point', coordinates: AT }, 'subdistrict')];
    expect(subdistrictAt(AT, seats)).toEqual({ state: 'none-loaded' });
    expect(subdistrictAt(AT, [])).toEqual({ state: 'none-loaded' });
  });

  it('says none are loaded on the real data (seven seat points, no boundary)', () => {
    const subs = (JSON.parse(readRepoFile('geo/subdistricts.geojson')) as PlanFeatureCollection).features.filter((f) => f.geometry !== null);
    expect(subs).toHaveLength(7);
    expect(subdistrictAt(subs[0]!.geometry.type === 'Point' ? (subs[0]!.geometry.coordinates as LngLat) : AT, subs).state).toBe('none-loaded');
  });

  it('finds the loaded boundary a point lies in, or none', () => {
    const subs = [feature('in', square(AT, 500), 'subdistrict'), feature('seat', { type: 'Point', coordinates: off(3000, 0) }, 'subdistrict')];
    expect(subdistrictAt(AT, subs)).toEqual({ state: 'in', feature: subs[0] });
    expect(subdistrictAt(off(2000, 90) as LngLat, subs)).toEqual({ state: 'outside' });
  });
});

describe('the circle and the words', () => {
  it('draws a 1 km circle whose vertices lie 1 km from the centre', () => {
    const ring = radiusCircle(AT).geometry.coordinates[0]!;
    expect(ring.length).toBe(65);
    for (const p of ring.slice(0, 8)) expect(distanceToGeometryM(AT, { type: 'Point', coordinates: p })).toBeCloseTo(1000, -1);
  });

  it('formats metres below 1 km and kilometres above', () => {
    expect(formatDistance(0, 'zh-CN')).toBe('0 m');
    expect(formatDistance(349.6, 'en')).toBe('350 m');
    expect(formatDistance(1234, 'en')).toBe('1.2 km');
  });
});
