import earcut from 'earcut';
import type { GeoJSON, Geometry, GeoJsonProperties, Position } from 'geojson';
import { measureGeoJson, type DataSize } from './renderPath.ts';

export type Rgba = [number, number, number, number];

/**
 * Filled polygons for deck.gl's SolidPolygonLayer with `_normalize: false`: every polygon's rings
 * one after the other in `positions`, its triangles (from earcut, already offset) in `indices`.
 */
export interface BinaryPolygons {
  length: number;
  /** Index of each polygon's first vertex, and the vertex count at the end (length + 1 entries). */
  startIndices: Uint32Array;
  /** x, y per vertex. */
  positions: Float64Array;
  indices: Uint32Array;
  /** r, g, b, a per vertex (deck.gl's polygon attributes are per vertex). */
  colors: Uint8Array;
  /** The source feature of each polygon. */
  featureIndex: Uint32Array;
}

/** Polygon outlines and lines for deck.gl's PathLayer (`_pathType: 'open'`: rings are already closed). */
export interface BinaryPaths {
  length: number;
  startIndices: Uint32Array;
  positions: Float64Array;
  colors: Uint8Array;
  featureIndex: Uint32Array;
}

/** Points for deck.gl's ScatterplotLayer. */
export interface BinaryPoints {
  length: number;
  positions: Float64Array;
  /** r, g, b, a per point. */
  colors: Uint8Array;
  featureIndex: Uint32Array;
}

export interface BinaryData {
  size: DataSize;
  /** west, south, east, north; null when there is no position. */
  bbox: [number, number, number, number] | null;
  polygons: BinaryPolygons;
  /** Outlines of the polygons and every line. */
  paths: BinaryPaths;
  points: BinaryPoints;
}

/** A Uint32Array that grows, for indices whose count is known only after triangulation. */
class U32 {
  a: Uint32Array;
  n = 0;
  constructor(capacity: number) {
    this.a = new Uint32Array(Math.max(16, capacity));
  }
  push(v: number) {
    if (this.n === this.a.length) {
      const b = new Uint32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
  done(): Uint32Array {
    return this.a.slice(0, this.n);
  }
}

function eachGeometry(g: Geometry | null | undefined, fn: (g: Exclude<Geometry, { type: 'GeometryCollection' }>) => void): void {
  if (!g) return;
  if (g.type === 'GeometryCollection') g.geometries.forEach((x) => eachGeometry(x, fn));
  else fn(g);
}

function featuresOf(g: GeoJSON): { geometry: Geometry | null; properties: GeoJsonProperties }[] {
  if (g.type === 'FeatureCollection') return g.features;
  if (g.type === 'Feature') return [g];
  return [{ geometry: g, properties: null }];
}

/**
 * Turns GeoJSON into the typed arrays deck.gl draws without touching each feature again: counts
 * first, then fills preallocated arrays, triangulating each polygon with earcut. Runs in a worker
 * (bench/renderPath/bigData.worker.ts) so the page stays responsive.
 */
export function toBinary(g: GeoJSON, colorOf: (p: GeoJsonProperties) => Rgba): BinaryData {
  const features = featuresOf(g);
  let nPoly = 0;
  let polyVerts = 0;
  let nPaths = 0;
  let pathVerts = 0;
  let nPoints = 0;
  const polygon = (rings: Position[][]) => {
    nPoly++;
    for (const r of rings) {
      polyVerts += r.length;
      nPaths++;
      pathVerts += r.length;
    }
  };
  for (const f of features) {
    eachGeometry(f.geometry, (x) => {
      switch (x.type) {
        case 'Point':
          nPoints++;
          break;
        case 'MultiPoint':
          nPoints += x.coordinates.length;
          break;
        case 'LineString':
          nPaths++;
          pathVerts += x.coordinates.length;
          break;
        case 'MultiLineString':
          for (const l of x.coordinates) {
            nPaths++;
            pathVerts += l.length;
          }
          break;
        case 'Polygon':
          polygon(x.coordinates);
          break;
        case 'MultiPolygon':
          x.coordinates.forEach(polygon);
          break;
      }
    });
  }

  const poly: BinaryPolygons = {
    length: nPoly,
    startIndices: new Uint32Array(nPoly + 1),
    positions: new Float64Array(polyVerts * 2),
    indices: new Uint32Array(0),
    colors: new Uint8Array(polyVerts * 4),
    featureIndex: new Uint32Array(nPoly),
  };
  const paths: BinaryPaths = {
    length: nPaths,
    startIndices: new Uint32Array(nPaths + 1),
    positions: new Float64Array(pathVerts * 2),
    colors: new Uint8Array(pathVerts * 4),
    featureIndex: new Uint32Array(nPaths),
  };
  const points: BinaryPoints = {
    length: nPoints,
    positions: new Float64Array(nPoints * 2),
    colors: new Uint8Array(nPoints * 4),
    featureIndex: new Uint32Array(nPoints),
  };
  const indices = new U32(polyVerts * 3);
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  let pi = 0;
  let pv = 0;
  let li = 0;
  let lv = 0;
  let qi = 0;

  const path = (coords: Position[], fi: number, c: Rgba) => {
    paths.startIndices[li] = lv;
    paths.featureIndex[li] = fi;
    li++;
    for (const p of coords) {
      const x = p[0] ?? 0;
      const y = p[1] ?? 0;
      paths.positions[lv * 2] = x;
      paths.positions[lv * 2 + 1] = y;
      paths.colors.set(c, lv * 4);
      lv++;
    }
  };
  const fill = (rings: Position[][], fi: number, c: Rgba, outline: Rgba) => {
    const start = pv;
    poly.startIndices[pi] = start;
    poly.featureIndex[pi] = fi;
    pi++;
    const holes: number[] = [];
    const flat: number[] = [];
    rings.forEach((r, k) => {
      if (k > 0) holes.push(pv - start);
      for (const p of r) {
        const x = p[0] ?? 0;
        const y = p[1] ?? 0;
        if (x < w) w = x;
        if (x > e) e = x;
        if (y < s) s = y;
        if (y > n) n = y;
        poly.positions[pv * 2] = x;
        poly.positions[pv * 2 + 1] = y;
        poly.colors.set(c, pv * 4);
        // Triangulated relative to the first vertex: small numbers keep earcut's arithmetic exact.
        flat.push(x - (poly.positions[start * 2] ?? 0), y - (poly.positions[start * 2 + 1] ?? 0));
        pv++;
      }
      path(r, fi, outline);
    });
    for (const t of earcut(flat, holes.length ? holes : null, 2)) indices.push(t + start);
  };

  features.forEach((f, fi) => {
    const c = colorOf(f.properties);
    const fillColor: Rgba = [c[0], c[1], c[2], Math.round(c[3] * 0.45)];
    eachGeometry(f.geometry, (x) => {
      switch (x.type) {
        case 'Point':
        case 'MultiPoint':
          for (const p of x.type === 'Point' ? [x.coordinates] : x.coordinates) {
            const px = p[0] ?? 0;
            const py = p[1] ?? 0;
            if (px < w) w = px;
            if (px > e) e = px;
            if (py < s) s = py;
            if (py > n) n = py;
            points.positions[qi * 2] = px;
            points.positions[qi * 2 + 1] = py;
            points.colors.set(c, qi * 4);
            points.featureIndex[qi] = fi;
            qi++;
          }
          break;
        case 'LineString':
        case 'MultiLineString':
          for (const l of x.type === 'LineString' ? [x.coordinates] : x.coordinates) {
            for (const p of l) {
              const px = p[0] ?? 0;
              const py = p[1] ?? 0;
              if (px < w) w = px;
              if (px > e) e = px;
              if (py < s) s = py;
              if (py > n) n = py;
            }
            path(l, fi, c);
          }
          break;
        case 'Polygon':
          fill(x.coordinates, fi, fillColor, c);
          break;
        case 'MultiPolygon':
          for (const p of x.coordinates) fill(p, fi, fillColor, c);
          break;
      }
    });
  });
  poly.startIndices[pi] = pv;
  paths.startIndices[li] = lv;
  poly.indices = indices.done();
  return {
    size: measureGeoJson(g),
    bbox: Number.isFinite(w) ? [w, s, e, n] : null,
    polygons: poly,
    paths,
    points,
  };
}

/** The buffers to transfer (not copy) when the result crosses from the worker to the page. */
export function transferablesOf(b: BinaryData): ArrayBuffer[] {
  const arrays = [
    b.polygons.startIndices,
    b.polygons.positions,
    b.polygons.indices,
    b.polygons.colors,
    b.polygons.featureIndex,
    b.paths.startIndices,
    b.paths.positions,
    b.paths.colors,
    b.paths.featureIndex,
    b.points.positions,
    b.points.colors,
    b.points.featureIndex,
  ];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/** `#1d5fd1` → [29, 95, 209, 255]. */
export function hexToRgba(hex: string, alpha = 255): Rgba {
  const h = hex.replace('#', '');
  const v = h.length === 3 ? h.replace(/./g, (c) => c + c) : h;
  return [parseInt(v.slice(0, 2), 16), parseInt(v.slice(2, 4), 16), parseInt(v.slice(4, 6), 16), alpha];
}
