import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parsePlan, planNodeText } from '../plan/parsePlan.ts';
import type { PlanFeature, PlanFeatureCollection } from './featureSchema.ts';
import { validateLayers } from './validateGeo.ts';

/**
 * The real geo/ files against the data contract, the plan and a few geometric sanity checks:
 * declared areas and lengths, the zone and the park lying on their road lines, everything near the
 * district, the district's size.
 */

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

const plan = parsePlan(read('seeds/000_4eb92d59acbfb362.txt'));
const planIndex = { has: (id: string) => plan.byId.has(id), text: (id: string) => planNodeText(plan, id) };
const registry = JSON.parse(read('geo/layers.json')) as { layers: { id: string }[] };
const files = registry.layers.map((l) => ({
  file: `geo/${l.id}.geojson`,
  json: JSON.parse(read(`geo/${l.id}.geojson`)) as unknown,
}));

const TOLERANCE_PCT = 15;
const M2_PER_MU = 2000 / 3;

function layer(id: string): PlanFeatureCollection {
  const f = files.find((x) => x.file === `geo/${id}.geojson`);
  if (!f) throw new Error(`layer ${id} not in geo/layers.json`);
  return f.json as PlanFeatureCollection;
}

function byId(id: string): PlanFeature {
  for (const { json } of files) {
    const hit = (json as PlanFeatureCollection).features.find((f) => f.properties.id === id);
    if (hit) return hit;
  }
  throw new Error(`no feature ${id}`);
}

const asFeature = (f: PlanFeature) => f as unknown as Feature;
const pctOff = (computed: number, declared: number) => (Math.abs(computed - declared) / declared) * 100;

/** Every position of a geometry. */
function positions(g: GeoJSON.Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positions);
  }
}

const district = byId('xinglongtai-district');
const districtGeom = district.geometry as MultiPolygon;

describe('geo/ layer files', () => {
  it('all listed layers meet the data contract and cite the plan correctly', () => {
    expect(() => validateLayers(files, planIndex)).not.toThrow();
  });

  it('rounds coordinates to at most 5 decimals', () => {
    for (const { file, json } of files) {
      for (const f of (json as PlanFeatureCollection).features) {
        for (const p of positions(f.geometry)) {
          for (const n of p) {
            expect(Math.abs(n * 1e5 - Math.round(n * 1e5)), `${file} ${f.properties.id}`).toBeLessThan(1e-6);
          }
        }
      }
    }
  });

  it('has a district of plausible size (reference: about 260 km²)', () => {
    const km2 = turf.area(asFeature(district)) / 1e6;
    expect(km2).toBeGreaterThan(200);
    expect(km2).toBeLessThan(320);
  });

  it('puts every feature except the neighbouring counties within 2 km of the district bbox', () => {
    const [w, s, e, n] = turf.bbox(asFeature(district));
    const midLat = ((s + n) / 2) * (Math.PI / 180);
    const dLat = 2 / 111.32;
    const dLon = 2 / (111.32 * Math.cos(midLat));
    for (const { file, json } of files) {
      if (file === 'geo/base-admin.geojson') continue;
      for (const f of (json as PlanFeatureCollection).features) {
        const [fw, fs, fe, fn] = turf.bbox(asFeature(f));
        const where = `${file} ${f.properties.id}`;
        expect(fw, where).toBeGreaterThanOrEqual(w - dLon);
        expect(fe, where).toBeLessThanOrEqual(e + dLon);
        expect(fs, where).toBeGreaterThanOrEqual(s - dLat);
        expect(fn, where).toBeLessThanOrEqual(n + dLat);
      }
    }
  });
});

describe('declared measures', () => {
  it('gives the residential zone about 9 km²', () => {
    const zone = byId('residential-zone-9km2');
    expect(pctOff(turf.area(asFeature(zone)), 9_000_000)).toBeLessThanOrEqual(TOLERANCE_PCT);
  });

  it('gives the green-island park about 1084.5 亩', () => {
    const park = byId('green-island-park');
    expect(park.properties.declaredAreaM2).toBeCloseTo(1084.5 * M2_PER_MU, -2);
    expect(pctOff(turf.area(asFeature(park)), 1084.5 * M2_PER_MU)).toBeLessThanOrEqual(TOLERANCE_PCT);
  });

  it('keeps every approximate or surveyed feature within tolerance of its declared area or length', () => {
    let checked = 0;
    for (const { file, json } of files) {
      for (const f of (json as PlanFeatureCollection).features) {
        const p = f.properties;
        if (p.accuracy === 'schematic') continue;
        const tolerance = p.measureTolerancePct ?? TOLERANCE_PCT;
        const where = `${file} ${p.id}`;
        const g = f.geometry.type;
        if (p.declaredAreaM2 !== undefined && (g === 'Polygon' || g === 'MultiPolygon')) {
          expect(pctOff(turf.area(asFeature(f)), p.declaredAreaM2), where).toBeLessThanOrEqual(tolerance);
          checked++;
        }
        if (p.declaredLengthKm !== undefined && (g === 'LineString' || g === 'MultiLineString')) {
          expect(pctOff(turf.length(asFeature(f)), p.declaredLengthKm), where).toBeLessThanOrEqual(tolerance);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });
});

describe('placement', () => {
  const road = (id: string) => byId(id).geometry as LineString;
  const onRoad = (pt: Position, id: string) => turf.booleanPointOnLine(turf.point(pt), road(id), { epsilon: 1e-9 });

  it('bounds the residential zone by 向海大道 (west), 环城南街 (south) and 芳草路 (east)', () => {
    const ring = (byId('residential-zone-9km2').geometry as Polygon).coordinates[0] ?? [];
    const [w, s, e, n] = turf.bbox(byId('residential-zone-9km2') as unknown as Feature);
    for (const pt of ring) {
      if (pt[0] === w) expect(onRoad(pt, 'road-xianghai-dadao')).toBe(true);
      if (pt[0] === e) expect(onRoad(pt, 'road-fangcao-lu')).toBe(true);
      if (pt[1] === s) expect(onRoad(pt, 'road-huancheng-nanjie')).toBe(true);
    }
    expect(n).toBeGreaterThan(s);
  });

  it('bounds the park by 林丰路, 环城南街, 盛世街 and 青年路', () => {
    const ring = (byId('green-island-park').geometry as Polygon).coordinates[0] ?? [];
    const [w, s, e, n] = turf.bbox(byId('green-island-park') as unknown as Feature);
    for (const pt of ring) {
      if (pt[0] === w) expect(onRoad(pt, 'road-linfeng-lu')).toBe(true);
      if (pt[0] === e) expect(onRoad(pt, 'road-qingnian-lu')).toBe(true);
      if (pt[1] === s) expect(onRoad(pt, 'road-huancheng-nanjie')).toBe(true);
      if (pt[1] === n) expect(onRoad(pt, 'road-shengshi-jie')).toBe(true);
    }
  });

  it('puts schools, sub-districts, the zone and the park inside the district outline', () => {
    for (const id of ['schools', 'subdistricts', 'residential', 'parks']) {
      for (const f of layer(id).features) {
        const inside = positions(f.geometry).every((pt) => turf.booleanPointInPolygon(turf.point(pt), districtGeom));
        expect(inside, f.properties.id).toBe(true);
      }
    }
  });

  it('keeps the sub-districts apart and the school points distinct', () => {
    const subs = layer('subdistricts').features;
    for (let i = 0; i < subs.length; i++) {
      for (let j = i + 1; j < subs.length; j++) {
        const a = subs[i] as PlanFeature;
        const b = subs[j] as PlanFeature;
        expect(turf.booleanIntersects(asFeature(a), asFeature(b)), `${a.properties.id} × ${b.properties.id}`).toBe(false);
      }
    }
    const pts = layer('schools').features.map((f) => (f.geometry as Point).coordinates);
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        expect(turf.distance(pts[i] as Position, pts[j] as Position), `schools ${i} and ${j}`).toBeGreaterThan(0.3);
      }
    }
  });
});
