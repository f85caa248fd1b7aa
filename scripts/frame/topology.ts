/**
 * Shared by the derive scripts (scripts/frame/derive-frame.ts, scripts/admin/derive-base-admin.ts):
 * reading DataV.GeoAtlas-kind areas (GCJ-02 → WGS-84 with gcoord) and simplifying them
 * *topologically*, each border shared by two areas once, so that neighbours keep one common line.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import gcoord from 'gcoord';

export type Pt = [number, number];
export type Ring = Pt[];
export type Poly = Ring[];
export interface Area {
  name: string;
  code: string;
  polys: Poly[];
  /** The source's label point (DataV `centroid`), converted. */
  at: Pt | null;
}


const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
export const toWgs = (p: number[]): Pt => {
  const [lng, lat] = gcoord.transform([p[0]!, p[1]!], gcoord.GCJ02, gcoord.WGS84) as number[];
  return [round(lng!, 5), round(lat!, 5)];
};

/** The areas of a DataV.GeoAtlas-kind file under `dir`, converted GCJ-02 → WGS-84 and rounded to 5 decimals. */
export function readAreas(dir: string, file: string): Area[] {
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
export function simplifyTopologically(areas: Area[], tol: number): { areas: Area[]; arcs: Arc[] } {
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
