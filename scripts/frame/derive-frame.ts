/**
 * Derives the presentation's geographic frame (public/frame/presentation-frame.json) from the
 * DataV.GeoAtlas-kind reference files, which are not committed (see /work/shared/reference/README.md):
 *
 * - China's provinces and the 南海诸岛 line (`100000_JD`): land, provincial borders and the national
 *   outline for the national step (the compliant, 标准地图-kind outline; never Natural Earth's);
 * - Liaoning's cities: land (the coast and Liaodong Bay read as where the land stops), city borders
 *   and city names for the regional steps;
 * - Panjin's counties: the county borders, except those of 兴隆台区 itself (the app draws the
 *   district's own outline; two independently simplified copies of one border criss-cross, which is
 *   what made the neighbours' outlines look spiky).
 *
 * Every file is converted GCJ-02 → WGS-84 with gcoord, then simplified *topologically*: each border
 * shared by two areas is simplified once (Douglas–Peucker between the points where three areas meet),
 * so neighbours keep one common line instead of two that cross each other.
 *
 * Usage: npx tsx scripts/frame/derive-frame.ts [reference-dir]   (default /work/shared/reference)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import gcoord from 'gcoord';

type Pt = [number, number];
type Ring = Pt[];
type Poly = Ring[];
interface Area {
  name: string;
  code: string;
  polys: Poly[];
  /** The source's label point (DataV `centroid`), converted. */
  at: Pt | null;
}

const dir = resolve(process.argv[2] ?? '/work/shared/reference');
const out = resolve(import.meta.dirname, '../../public/frame/presentation-frame.json');

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
const toWgs = (p: number[]): Pt => {
  const [lng, lat] = gcoord.transform([p[0]!, p[1]!], gcoord.GCJ02, gcoord.WGS84) as number[];
  return [round(lng!, 5), round(lat!, 5)];
};

function readAreas(file: string): Area[] {
  const text = readFileSync(resolve(dir, file), 'utf8').replace(/^\uFEFF/, '');
  const fc = JSON.parse(text) as { features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[] };
  return fc.features.map((f) => {
    const g = f.geometry;
    const raw = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];
    const c = f.properties.centroid as number[] | undefined;
    return {
      name: String(f.properties.name ?? ''),
      code: String(f.properties.adcode ?? ''),
      polys: raw.map((poly) => poly.map((ring) => ring.map(toWgs))),
      at: c ? toWgs(c) : null,
    };
  });
}

const key = (p: Pt) => `${p[0]},${p[1]}`;
const segKey = (a: Pt, b: Pt) => (key(a) < key(b) ? `${key(a)}|${key(b)}` : `${key(b)}|${key(a)}`);

/** Perpendicular distance in degrees (planar; fine for a tolerance of a few hundred metres). */
function dist(p: Pt, a: Pt, b: Pt): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

function douglasPeucker(pts: Pt[], tol: number): Pt[] {
  if (pts.length <= 2) return pts;
  let worst = 0;
  let at = 0;
  for (let i = 1; i < pts.length - 1; i++) {
    const d = dist(pts[i]!, pts[0]!, pts[pts.length - 1]!);
    if (d > worst) [worst, at] = [d, i];
  }
  if (worst <= tol) return [pts[0]!, pts[pts.length - 1]!];
  return [...douglasPeucker(pts.slice(0, at + 1), tol).slice(0, -1), ...douglasPeucker(pts.slice(at), tol)];
}

export interface Arc {
  /** Indices of the areas on either side (one index: an outer edge — coast or a border with an area not in the file). */
  owners: number[];
  path: Pt[];
}

/**
 * Simplifies areas that share borders: rings are cut into arcs where the set of areas on the other
 * side changes; each arc is simplified once (in a canonical direction), so both sides get the same line.
 */
function simplifyTopologically(areas: Area[], tol: number): { areas: Area[]; arcs: Arc[] } {
  const segOwners = new Map<string, Set<number>>();
  areas.forEach((a, i) =>
    a.polys.forEach((poly) =>
      poly.forEach((ring) => {
        for (let k = 0; k + 1 < ring.length; k++) {
          const s = segKey(ring[k]!, ring[k + 1]!);
          if (!segOwners.has(s)) segOwners.set(s, new Set());
          segOwners.get(s)!.add(i);
        }
      }),
    ),
  );
  const ownersOf = (a: Pt, b: Pt) => [...(segOwners.get(segKey(a, b)) ?? [])].sort((x, y) => x - y).join(',');
  const done = new Map<string, Pt[]>();
  const arcs: Arc[] = [];
  const simplifyArc = (path: Pt[], owners: string): Pt[] => {
    const forward = key(path[0]!) + '>' + key(path[path.length - 1]!) + '>' + key(path[1]!);
    const backward = key(path[path.length - 1]!) + '>' + key(path[0]!) + '>' + key(path[path.length - 2]!);
    const canonical = forward < backward ? forward : backward;
    let simple = done.get(canonical);
    if (!simple) {
      const dirPath = forward < backward ? path : [...path].reverse();
      simple = douglasPeucker(dirPath, tol);
      done.set(canonical, simple);
      arcs.push({ owners: owners.split(',').map(Number), path: simple });
    }
    return forward < backward ? simple : [...simple].reverse();
  };
  const simplified = areas.map((a) => ({
    ...a,
    polys: a.polys
      .map((poly) =>
        poly
          .map((closed) => {
            const ring = closed.slice(0, -1);
            const n = ring.length;
            const segOwn = (k: number) => ownersOf(ring[k]!, ring[(k + 1) % n]!);
            const nodes: number[] = [];
            for (let k = 0; k < n; k++) if (segOwn((k - 1 + n) % n) !== segOwn(k)) nodes.push(k);
            if (nodes.length === 0) {
              // A ring with one neighbour all round (an island, or an enclave): start at its smallest point.
              let min = 0;
              for (let k = 1; k < n; k++) if (key(ring[k]!) < key(ring[min]!)) min = k;
              nodes.push(min);
            }
            const outRing: Pt[] = [];
            for (let j = 0; j < nodes.length; j++) {
              const from = nodes[j]!;
              const to = nodes[(j + 1) % nodes.length]!;
              const path: Pt[] = [];
              for (let k = from; ; k = (k + 1) % n) {
                path.push(ring[k]!);
                if (path.length > 1 && k === to) break;
              }
              outRing.push(...simplifyArc(path, segOwn(from)).slice(0, -1));
            }
            outRing.push(outRing[0]!);
            return outRing;
          })
          .filter((r) => r.length >= 4),
      )
      .filter((poly) => poly.length > 0),
  }));
  return { areas: simplified, arcs };
}

type Feature = { type: 'Feature'; properties: Record<string, string | number>; geometry: { type: string; coordinates: unknown } };
const features: Feature[] = [];
const lines = (kind: string, arcs: Arc[], props: Record<string, string> = {}) => {
  if (arcs.length) features.push({ type: 'Feature', properties: { kind, ...props }, geometry: { type: 'MultiLineString', coordinates: arcs.map((a) => a.path) } });
};
const land = (kind: string, a: Area, props: Record<string, string> = {}) =>
  features.push({ type: 'Feature', properties: { kind, name: a.name, ...props }, geometry: { type: 'MultiPolygon', coordinates: a.polys } });
const label = (kind: string, zh: string, en: string, at: Pt) =>
  features.push({ type: 'Feature', properties: { kind, nameZh: zh, nameEn: en }, geometry: { type: 'Point', coordinates: at } });

// China: about 5 km at national scale. The 南海诸岛 line keeps its own detail (its dashes are small).
const china = readAreas('frame/china-100000-provinces.datav.json');
const dashes = china.filter((a) => a.code.endsWith('_JD'));
const provinces = simplifyTopologically(
  china.filter((a) => !a.code.endsWith('_JD')),
  0.05,
);
for (const a of provinces.areas) land('province', a);
lines('province-border', provinces.arcs.filter((a) => a.owners.length > 1));
lines('national-outline', provinces.arcs.filter((a) => a.owners.length === 1));
for (const a of simplifyTopologically(dashes, 0.005).areas) land('south-china-sea-line', a);

// Liaoning's cities: about 500 m.
const CITY_EN: Record<string, string> = {
  沈阳市: 'Shenyang', 大连市: 'Dalian', 鞍山市: 'Anshan', 抚顺市: 'Fushun', 本溪市: 'Benxi', 丹东市: 'Dandong', 锦州市: 'Jinzhou',
  营口市: 'Yingkou', 阜新市: 'Fuxin', 辽阳市: 'Liaoyang', 盘锦市: 'Panjin', 铁岭市: 'Tieling', 朝阳市: 'Chaoyang', 葫芦岛市: 'Huludao',
};
const cities = simplifyTopologically(readAreas('frame/liaoning-210000-cities.datav.json'), 0.005);
const panjin = cities.areas.findIndex((a) => a.name === '盘锦市');
for (const a of cities.areas) land('city', a);
// Panjin's own outline comes from its counties (same simplification as their borders) — not twice.
lines('city-border', cities.arcs.filter((a) => !a.owners.includes(panjin)));
for (const a of cities.areas) if (a.at) label(a.name === '盘锦市' ? 'city-label-panjin' : 'city-label', a.name, CITY_EN[a.name] ?? a.name, a.at);

// Panjin's counties: about 300 m, without the district's own border.
const counties = simplifyTopologically(readAreas('panjin-211100-districts.gcj02.geojson'), 0.003);
const district = counties.areas.findIndex((a) => a.name === '兴隆台区');
lines('county-border', counties.arcs.filter((a) => !a.owners.includes(district)));

// Names of the sea. Cartographic placements (a point in open water, checked below), not data.
const SEA: [string, string, Pt][] = [
  ['辽东湾', 'Liaodong Bay', [121.45, 40.5]],
  ['渤海', 'Bohai Sea', [120.0, 39.0]],
];
const inside = (p: Pt, ring: Ring) => {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [a, b] = [ring[i]!, ring[j]!];
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) c = !c;
  }
  return c;
};
for (const [zh, en, at] of SEA) {
  if (provinces.areas.some((a) => a.polys.some((poly) => inside(at, poly[0]!)))) throw new Error(`${zh}: label point ${at.join(',')} is on land`);
  label('sea-label', zh, en, at);
}

const json = JSON.stringify({
  type: 'FeatureCollection',
  $comment: 'Derived by scripts/frame/derive-frame.ts from DataV.GeoAtlas-kind boundaries (GCJ-02 → WGS-84, simplified). Orientation only, not a survey.',
  features,
});
writeFileSync(out, json + '\n');
console.log(`${out}: ${features.length} features, ${(json.length / 1024).toFixed(0)} KB`);
