/**
 * Synthetic plan-like data for the scale benchmarks and the tile tests: parcels (polygons of 5–12
 * vertices, clustered like a city's blocks around a few centres) and points of interest, spread over
 * the district's bounding box, with the same flat properties the app draws with (status, accuracy,
 * period, kind, names). Deterministic: the same seed gives the same bytes.
 *
 *     tsx scripts/bench/synthetic.ts polygons 10000 out.geojson [seed]
 *     tsx scripts/bench/synthetic.ts points 1000000 out.geojson [seed]
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';

/** west, south, east, north (WGS-84). */
export type Bbox = [number, number, number, number];

/** The district's bounding box (geo/district.geojson), so synthetic data lands where the app looks. */
export const DISTRICT_BBOX: Bbox = [121.642, 40.999, 122.299, 41.341];

const STATUSES = ['existing', 'planned', 'under-construction', 'completed', 'exceeded', 'basically-completed', 'not-completed'];
const STATUS_WEIGHTS = [0.3, 0.35, 0.12, 0.12, 0.03, 0.05, 0.03];
const KINDS = ['parcel', 'residential', 'school', 'park', 'industry', 'commerce'];

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, items: T[], weights?: number[]): T {
  if (!weights) return items[Math.floor(r() * items.length)] as T;
  let x = r();
  for (let i = 0; i < items.length; i++) {
    x -= weights[i] ?? 0;
    if (x <= 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

/** A standard normal sample (Box–Muller). */
function gauss(r: () => number): number {
  return Math.sqrt(-2 * Math.log(r() || 1e-12)) * Math.cos(2 * Math.PI * r());
}

/** Positions clustered around a few town centres, clamped to the box. */
function placer(r: () => number, [w, s, e, n]: Bbox): () => [number, number] {
  const centres = Array.from({ length: 7 }, () => ({
    x: w + (0.15 + 0.7 * r()) * (e - w),
    y: s + (0.15 + 0.7 * r()) * (n - s),
    sx: (0.04 + 0.1 * r()) * (e - w),
    sy: (0.04 + 0.1 * r()) * (n - s),
  }));
  return () => {
    // A fifth of everything is spread evenly (villages, farmland); the rest sits in towns.
    if (r() < 0.2) return [w + r() * (e - w), s + r() * (n - s)];
    const c = pick(r, centres);
    const x = Math.min(e, Math.max(w, c.x + gauss(r) * c.sx));
    const y = Math.min(n, Math.max(s, c.y + gauss(r) * c.sy));
    return [x, y];
  };
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

function properties(r: () => number, i: number, prefix: string) {
  const kind = pick(r, KINDS);
  return {
    id: `${prefix}-${i}`,
    layer: 'synthetic',
    kind,
    status: pick(r, STATUSES, STATUS_WEIGHTS),
    accuracy: r() < 0.7 ? 'schematic' : 'approximate',
    period: r() < 0.8 ? '14th-plan' : '13th-plan',
    nameZh: `示例${kind === 'school' ? '学校' : kind === 'park' ? '公园' : '地块'}${i}`,
    nameEn: `Sample ${kind} ${i}`,
    fromYear: 2016 + Math.floor(r() * 10),
  };
}

/** One parcel: a convex-ish ring of 5–12 vertices, 40–250 m across, closed. */
function parcel(r: () => number, [cx, cy]: [number, number]): number[][] {
  const k = 5 + Math.floor(r() * 8);
  const radiusM = 20 + r() * 105;
  const dLng = radiusM / (111_320 * Math.cos((cy * Math.PI) / 180));
  const dLat = radiusM / 110_540;
  const rot = r() * Math.PI;
  const ring: number[][] = [];
  for (let j = 0; j < k; j++) {
    const a = rot + (2 * Math.PI * j) / k;
    const f = 0.75 + 0.25 * r();
    ring.push([round6(cx + Math.cos(a) * dLng * f), round6(cy + Math.sin(a) * dLat * f)]);
  }
  // RFC 7946: exterior rings counter-clockwise (they are, by construction), first = last.
  ring.push([...(ring[0] as number[])]);
  return ring;
}

/** Yields the features of `count` synthetic parcels, one JSON string each. */
export function* polygonFeatures(count: number, seed = 1, bbox: Bbox = DISTRICT_BBOX): Generator<string> {
  const r = rng(seed);
  const at = placer(r, bbox);
  for (let i = 0; i < count; i++) {
    const geometry = { type: 'Polygon', coordinates: [parcel(r, at())] };
    yield JSON.stringify({ type: 'Feature', properties: properties(r, i, 'parcel'), geometry });
  }
}

/** Yields `count` points of interest, with only the properties a point layer draws with. */
export function* pointFeatures(count: number, seed = 2, bbox: Bbox = DISTRICT_BBOX): Generator<string> {
  const r = rng(seed);
  const at = placer(r, bbox);
  for (let i = 0; i < count; i++) {
    const [x, y] = at();
    yield `{"type":"Feature","properties":{"id":${i},"status":"${pick(r, STATUSES, STATUS_WEIGHTS)}"},"geometry":{"type":"Point","coordinates":[${round6(x)},${round6(y)}]}}`;
  }
}

/** Writes features as one GeoJSON FeatureCollection without holding the whole text in memory. */
export async function writeFeatureCollection(path: string, features: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write('{"type":"FeatureCollection","features":[\n');
  let first = true;
  for (const f of features) {
    await write(first ? f : `,\n${f}`);
    first = false;
  }
  await write('\n]}\n');
  out.end();
  await once(out, 'finish');
}

/** The text of a small collection, for tests. */
export function featureCollectionText(features: Iterable<string>): string {
  return `{"type":"FeatureCollection","features":[${[...features].join(',')}]}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [kind, countText, out, seedText] = process.argv.slice(2);
  const count = Number(countText);
  if ((kind !== 'polygons' && kind !== 'points') || !Number.isInteger(count) || count <= 0 || !out) {
    console.error('usage: tsx scripts/bench/synthetic.ts polygons|points <count> <out.geojson> [seed]');
    process.exit(2);
  }
  const seed = seedText ? Number(seedText) : undefined;
  await writeFeatureCollection(out, kind === 'polygons' ? polygonFeatures(count, seed) : pointFeatures(count, seed));
  console.log(`${out}: ${count} ${kind}`);
}
