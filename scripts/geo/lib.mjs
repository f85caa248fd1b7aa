/**
 * Shared helpers of the geo/ authoring scripts (derive-outlines.mjs, build-plan-layers.mjs).
 *
 * The reference boundaries (`../shared/reference/panjin-211100-districts.gcj02.geojson`, GCJ-02) are
 * read at authoring time only; nothing from them is written to the project except geometry the
 * scripts derive (converted to WGS-84, simplified, rounded) and say so in `geometrySource`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import gcoord from 'gcoord';
import * as turf from '@turf/turf';

/** The repository root (scripts/geo/ is two levels down). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The reference file, relative to the repository root. */
export const REFERENCE_REL = '../shared/reference/panjin-211100-districts.gcj02.geojson';

export const ADCODE = {
  shuangtaizi: 211102,
  xinglongtai: 211103,
  dawa: 211104,
  panshan: 211122,
};

/** Reads the reference (GCJ-02) and returns a deep copy converted to WGS-84. Exits with a clear message when absent. */
export function readReferenceWgs84() {
  const path = resolve(ROOT, REFERENCE_REL);
  if (!existsSync(path)) {
    console.error(
      `Reference boundaries not found at ${path}.\n` +
        `These scripts derive the project's own outlines from ${REFERENCE_REL} (relative to the repository root);\n` +
        'that file is kept outside the repository on purpose. Put it there and run again.',
    );
    process.exit(1);
  }
  const gcj = JSON.parse(readFileSync(path, 'utf8'));
  // gcoord.transform mutates its argument: convert a deep copy.
  return gcoord.transform(structuredClone(gcj), gcoord.GCJ02, gcoord.WGS84);
}

/** The reference feature with the given adcode. */
export function referenceFeature(fc, adcode) {
  const f = fc.features.find((x) => x.properties && x.properties.adcode === adcode);
  if (!f) throw new Error(`adcode ${adcode} not in the reference file`);
  return f;
}

export const round5 = (n) => Math.round(n * 1e5) / 1e5;

/** Rounds a position to 5 decimals (about 1 m). */
export const roundPos = (p) => [round5(p[0]), round5(p[1])];

/** Rounds a line and drops positions that became duplicates of their predecessor. */
export function roundLine(line) {
  const out = [];
  for (const p of line) {
    const r = roundPos(p);
    const last = out[out.length - 1];
    if (!last || last[0] !== r[0] || last[1] !== r[1]) out.push(r);
  }
  return out;
}

/** Rounds a ring, keeps it closed; returns null when fewer than 4 positions remain. */
export function roundRing(ring) {
  const out = roundLine(ring);
  const first = out[0];
  const last = out[out.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
  return out.length >= 4 ? out : null;
}

/** Rounds any Polygon / MultiPolygon / LineString / MultiLineString / Point / MultiPoint geometry. */
export function roundGeometry(g) {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPos(g.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: g.coordinates.map(roundPos) };
    case 'LineString':
      return { type: 'LineString', coordinates: roundLine(g.coordinates) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map(roundLine) };
    case 'Polygon': {
      const rings = g.coordinates.map(roundRing).filter(Boolean);
      return { type: 'Polygon', coordinates: rings };
    }
    case 'MultiPolygon': {
      const polys = g.coordinates
        .map((poly) => poly.map(roundRing))
        .filter((poly) => poly[0] !== null)
        .map((poly) => poly.filter(Boolean));
      return { type: 'MultiPolygon', coordinates: polys };
    }
    default:
      throw new Error(`unsupported geometry ${g.type}`);
  }
}

/** Simplifies a geometry (Douglas–Peucker, turf) at `tolerance` degrees, then rounds it. */
export function simplifyRound(geometry, tolerance) {
  const f = turf.simplify(turf.feature(structuredClone(geometry)), { tolerance, highQuality: true, mutate: true });
  return roundGeometry(f.geometry);
}

/** Index of the ring vertex nearest to `pt` (planar degrees; fine at this scale). */
export function nearestVertex(ring, pt) {
  let best = 0;
  let bestD = Infinity;
  ring.forEach((p, i) => {
    const d = (p[0] - pt[0]) ** 2 + (p[1] - pt[1]) ** 2;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}

/**
 * The stretch of a closed ring between the vertices nearest `from` and `to`, taking the way round
 * with fewer vertices, ordered from `from` to `to`.
 */
export function ringStretch(ring, from, to) {
  const open = ring.slice(0, -1);
  const n = open.length;
  const a = nearestVertex(open, from);
  const b = nearestVertex(open, to);
  const forward = [];
  for (let i = a; ; i = (i + 1) % n) {
    forward.push(open[i]);
    if (i === b) break;
  }
  const backward = [];
  for (let i = a; ; i = (i - 1 + n) % n) {
    backward.push(open[i]);
    if (i === b) break;
  }
  return forward.length <= backward.length ? forward : backward;
}

/**
 * Writes a FeatureCollection pretty-printed with 2 spaces, one position per line kept compact
 * (`[121.12345, 41.12345]`), with a trailing newline. Same input, same bytes.
 */
export function writeGeoJson(relPath, fc) {
  const text = JSON.stringify(fc, null, 2).replace(
    /\[\s+(-?\d+(?:\.\d+)?(?:e-?\d+)?),\s+(-?\d+(?:\.\d+)?(?:e-?\d+)?)\s+\]/g,
    '[$1, $2]',
  );
  writeFileSync(resolve(ROOT, relPath), `${text}\n`);
}

export { turf };
