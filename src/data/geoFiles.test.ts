import { readdirSync, readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { M2_PER_MU } from '../core/geometry/measure.ts';
import { inventorySchema, type InventoryItem } from '../core/plan/inventorySchema.ts';
import { parsePlan } from '../core/plan/parsePlan.ts';
import { planNodeText } from '../core/plan/planNodeText.ts';
import type { PlanFeature, PlanFeatureCollection } from '../core/featureSchema.ts';
import { layerRegistrySchema } from '../core/layerRegistry.ts';
import { validateLayers } from '../core/validateGeo.ts';

/**
 * The real geo/ files against the data contract, the plan and a few geometric sanity checks:
 * declared areas and lengths, the zone and the park lying on their road lines, everything near the
 * district (cooperation partners outside it), the district's size; and geo/inventory.json against
 * its contract, the plan and the layers (every table row of 表2–5 and 表8 listed, coverage ≥ 95%).
 */

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

const plan = parsePlan(read('seeds/000_4eb92d59acbfb362.txt'));
const planIndex = { has: (id: string) => plan.byId.has(id), text: (id: string) => planNodeText(plan, id) };
const registry = layerRegistrySchema.parse(JSON.parse(read('geo/layers.json')));
const files = registry.layers.map((l) => ({
  file: `geo/${l.id}.geojson`,
  json: JSON.parse(read(`geo/${l.id}.geojson`)) as unknown,
}));

const TOLERANCE_PCT = 15;

/** A file's features that have a geometry (an unlocated one, geometry null, is checked in subdistricts.test.ts). */
const located = (json: unknown): PlanFeature[] => (json as PlanFeatureCollection).features.filter((f) => f.geometry !== null);

function layer(id: string): PlanFeatureCollection {
  const f = files.find((x) => x.file === `geo/${id}.geojson`);
  if (!f) throw new Error(`layer ${id} not in geo/layers.json`);
  return { type: 'FeatureCollection', features: located(f.json) };
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
      for (const f of located(json)) {
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

  it('puts every feature except the neighbouring counties and the cooperation partners within 2 km of the district bbox', () => {
    const [w, s, e, n] = turf.bbox(asFeature(district));
    const midLat = ((s + n) / 2) * (Math.PI / 180);
    const dLat = 2 / 111.32;
    const dLon = 2 / (111.32 * Math.cos(midLat));
    for (const { file, json } of files) {
      if (file === 'geo/base-admin.geojson' || file === 'geo/cooperation.geojson') continue;
      for (const f of located(json)) {
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

/** Geometry types each registry draw mode can show (see src/map/style/plan.ts). */
const DRAWABLE: Record<string, readonly string[]> = {
  fill: ['Polygon', 'MultiPolygon'],
  line: ['LineString', 'MultiLineString'],
  point: ['Point'],
  mixed: ['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'],
};

describe('layer registry and files', () => {
  it('has a file for every registered layer and registers every layer file', () => {
    const onDisk = readdirSync(new URL('geo/', root)).filter((f) => f.endsWith('.geojson'));
    expect(onDisk.sort()).toEqual(registry.layers.map((l) => `${l.id}.geojson`).sort());
  });

  it('only holds geometry types the layer’s draw mode can show', () => {
    for (const l of registry.layers) {
      for (const f of layer(l.id).features) {
        expect(DRAWABLE[l.draw], `${l.id} ${f.properties.id}`).toContain(f.geometry.type);
      }
    }
  });

  it('draws the road works of 表3 第2行 once, in roads-works, and nowhere in base-roads', () => {
    const works = layer('roads-works').features.map((f) => f.properties.id);
    expect(works.sort()).toEqual(['road-gongye-jie-west', 'road-xingyou-jie-west', 'road-youhai-lu']);
    const base = new Set(layer('base-roads').features.map((f) => f.properties.id));
    for (const id of works) expect(base.has(id), id).toBe(false);
    for (const f of layer('roads-works').features) {
      expect(f.properties.statusHistory.at(-1)?.status).toBe('under-construction');
      expect(f.properties.planRefs).toContain('t3-r2');
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
      for (const f of located(json)) {
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

  /** Zones whose bounding-box sides (west, south, east, north) lie on the roads that bound them. */
  const bounded: { title: string; id: string; roads: Partial<Record<'w' | 's' | 'e' | 'n', string>> }[] = [
    {
      title: 'bounds the residential zone by 向海大道 (west), 环城南街 (south) and 芳草路 (east)',
      id: 'residential-zone-9km2',
      roads: { w: 'road-xianghai-dadao', s: 'road-huancheng-nanjie', e: 'road-fangcao-lu' },
    },
    {
      title: 'bounds the park by 林丰路, 环城南街, 盛世街 and 青年路',
      id: 'green-island-park',
      roads: { w: 'road-linfeng-lu', s: 'road-huancheng-nanjie', e: 'road-qingnian-lu', n: 'road-shengshi-jie' },
    },
  ];

  it.each(bounded)('$title', ({ id, roads }) => {
    const ring = (byId(id).geometry as Polygon).coordinates[0] ?? [];
    const [w, s, e, n] = turf.bbox(byId(id) as unknown as Feature);
    expect(n).toBeGreaterThan(s);
    for (const pt of ring) {
      const onSide = { w: pt[0] === w, s: pt[1] === s, e: pt[0] === e, n: pt[1] === n };
      for (const [side, road] of Object.entries(roads)) {
        if (onSide[side as keyof typeof onSide]) expect(onRoad(pt, road), `${id} ${side} on ${road}`).toBe(true);
      }
    }
  });

  it('puts schools, sub-districts, the zone, parks and the point-like plan places inside the district outline', () => {
    for (const id of ['schools', 'subdistricts', 'residential', 'parks', 'renewal', 'health', 'culture-commerce', 'headquarters-industry']) {
      for (const f of layer(id).features) {
        const inside = positions(f.geometry).every((pt) => turf.booleanPointInPolygon(turf.point(pt), districtGeom));
        expect(inside, f.properties.id).toBe(true);
      }
    }
  });

  it('keeps the sub-district seats and the school points distinct', () => {
    for (const id of ['subdistricts', 'schools']) {
      const pts = layer(id).features.map((f) => (f.geometry as Point).coordinates);
      for (let i = 0; i < pts.length; i++) {
        for (let j = i + 1; j < pts.length; j++) {
          expect(turf.distance(pts[i] as Position, pts[j] as Position), `${id} ${i} and ${j}`).toBeGreaterThan(0.3);
        }
      }
    }
  });
});

describe('placement of the further plan layers', () => {
  it('puts the cooperation partners outside the district outline', () => {
    const partners = layer('cooperation').features;
    expect(partners.length).toBeGreaterThanOrEqual(6);
    for (const f of partners) {
      expect(f.geometry.type, f.properties.id).toBe('Point');
      const pt = (f.geometry as Point).coordinates;
      expect(turf.booleanPointInPolygon(turf.point(pt), districtGeom), f.properties.id).toBe(false);
      expect(f.properties.kind).toBe('partner');
    }
  });

  it('names only sub-districts the subdistricts layer knows, and lies inside any that has a boundary', () => {
    const units = (files.find((x) => x.file === 'geo/subdistricts.geojson')?.json as PlanFeatureCollection).features;
    const known = new Map(units.map((f) => [f.properties.id, f.geometry as GeoJSON.Geometry | null]));
    let checked = 0;
    for (const { file, json } of files) {
      for (const f of located(json)) {
        const sub = f.properties.subdistrict;
        if (sub === undefined) continue;
        expect(known.has(sub), `${file} ${f.properties.id}: unknown sub-district ${sub}`).toBe(true);
        const g = known.get(sub);
        if (g && (g.type === 'Polygon' || g.type === 'MultiPolygon')) {
          for (const pt of positions(f.geometry)) expect(turf.booleanPointInPolygon(turf.point(pt), g), `${file} ${f.properties.id}`).toBe(true);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  it('draws the 辽河左岸 belt on the left (south-east) bank of the 辽河, inside the district', () => {
    const belt = byId('eco-liao-left-bank-belt');
    const river = byId('river-liao-he').geometry as LineString;
    for (const pt of positions(belt.geometry)) {
      expect(turf.booleanPointInPolygon(turf.point(pt), districtGeom)).toBe(true);
      // Left bank of a river flowing north-east → south-west: the point lies east of the river line.
      const near = turf.nearestPointOnLine(turf.lineString(river.coordinates), turf.point(pt));
      expect(pt[0]).toBeGreaterThan(near.geometry.coordinates[0] ?? Infinity);
    }
  });
});

// =================================================================================================
// Inventory
// =================================================================================================
const inventoryJson = JSON.parse(read('geo/inventory.json')) as unknown;
const inventoryParse = inventorySchema.safeParse(inventoryJson);
const items: InventoryItem[] = inventoryParse.success ? inventoryParse.data.items : [];
const allFeatures = new Map<string, { layer: string; feature: PlanFeature }>();
for (const l of registry.layers) {
  for (const f of layer(l.id).features) allFeatures.set(f.properties.id, { layer: l.id, feature: f });
}

describe('geo/inventory.json', () => {
  it('meets the inventory contract', () => {
    expect(inventoryParse.error?.issues ?? []).toEqual([]);
    expect(items.length).toBeGreaterThan(100);
  });

  it('has unique item ids', () => {
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cites plan ids that exist, and gives each item either features or a reason', () => {
    for (const it of items) {
      expect(plan.byId.has(it.planRef), `${it.id}: ${it.planRef}`).toBe(true);
      expect(it.features.length > 0 || it.notMappable !== undefined, it.id).toBe(true);
    }
  });

  it('lists only features that exist, and each cites the item’s plan id', () => {
    for (const it of items) {
      for (const id of it.features) {
        const hit = allFeatures.get(id);
        expect(hit, `${it.id}: no feature ${id}`).toBeDefined();
        if (hit) expect(hit.feature.properties.planRefs, `${it.id} → ${id}`).toContain(it.planRef);
      }
    }
  });

  it('has an item for every row of 表2, 表3, 表4, 表5 and 表8', () => {
    const refs = new Set(items.map((i) => i.planRef));
    let rows = 0;
    for (const t of plan.tables.filter((x) => ['t2', 't3', 't4', 't5', 't8'].includes(x.id))) {
      for (const row of t.rows) {
        expect(refs.has(row.id), `no inventory item for ${row.id} (${row.label})`).toBe(true);
        rows++;
      }
    }
    expect(rows).toBe(8 + 9 + 13 + 13 + 4);
  });

  // 93%: 创新 and 惠宾街道 have no known place (no public boundary or seat) since their invented areas went.
  it('maps at least 93% of the placeable items (mapped / (mapped + unplaceable))', () => {
    const mapped = items.filter((i) => i.features.length > 0).length;
    const unplaceable = items.filter((i) => i.notMappable?.kind === 'unplaceable').length;
    expect(mapped / (mapped + unplaceable)).toBeGreaterThanOrEqual(0.93);
  });

  it('references every feature of a plan layer (except the district and sub-districts) from some item', () => {
    const referenced = new Set(items.flatMap((i) => i.features));
    for (const l of registry.layers) {
      if (l.role !== 'plan' || l.id === 'district' || l.id === 'subdistricts') continue;
      for (const f of layer(l.id).features) {
        expect(referenced.has(f.properties.id), `${l.id} ${f.properties.id} is in no inventory item`).toBe(true);
      }
    }
  });

  it('covers the named places of sections （九）–（二十六） and （三十五） the map should show', () => {
    const features = new Set(items.flatMap((i) => i.features));
    for (const id of [
      'eco-liao-he-national-park',
      'eco-liao-left-bank-belt',
      'street-guangsha-art-street',
      'commerce-pedestrian-street-area',
      'commerce-south-featured-quarter',
      'commerce-juzi-square',
      'residential-zone-9km2',
      'green-island-park',
      'hq-hr-services-park',
      'hq-logistics-park-panjin-exit',
      'health-huibin-centre',
      'partner-dawa',
      'partner-liaodongwan',
      'partner-wuxi',
      'partner-jinzhou',
      'partner-yingkou',
      'partner-hoboksar',
      'xinglongtai-district',
      'subdistrict-shuguang',
      'subdistrict-xinglong',
      'subdistrict-xinghai',
    ]) {
      expect(features.has(id), id).toBe(true);
    }
  });

  it('gives years only as the plan does (the district library and cultural centre: 2019)', () => {
    for (const it of items) {
      if (it.startYear === undefined && it.endYear === undefined) continue;
      expect(it.planRef, it.id).toBe('t4-r9');
      expect(it.endYear).toBe(2019);
    }
  });
});
