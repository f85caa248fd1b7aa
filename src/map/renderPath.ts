import type { GeoJSON, Geometry } from 'geojson';

/**
 * How a dataset reaches the screen:
 * - `geojson`: a MapLibre GeoJSON source, drawn by the style like the plan's own layers;
 * - `deck-binary`: converted off the main thread into typed arrays (positions, triangles, colours)
 *   and drawn by deck.gl with binary attributes, which skips MapLibre's tiling of the whole file;
 * - `tiles`: too big for any in-browser path: cut into vector tiles offline (`npm run tiles`) and
 *   served as static files; the registry's `tiles` layers read them.
 */
export type RenderPath = 'geojson' | 'deck-binary' | 'tiles';

export interface DataSize {
  features: number;
  /** Positions of all geometries (a closed ring counts its first position twice). */
  vertices: number;
}

/**
 * Where the paths change over, from `npm run bench` on this project's machines (2 cores, software
 * WebGL; bench/results/latest.json). See README, section Performance.
 */
export interface RenderPathLimits {
  geojsonMaxVertices: number;
  geojsonMaxFeatures: number;
  browserMaxVertices: number;
}

export const RENDER_PATH_LIMITS: Readonly<RenderPathLimits> = {
  /**
   * Up to here MapLibre's GeoJSON source reaches idle about as fast as deck.gl with binary
   * attributes (10k parcels, 95k vertices: within 10%), and it keeps the style's labels, filters
   * and feature-state; above it, MapLibre's tiling of the whole file in its worker dominates.
   * @default 150_000
   */
  geojsonMaxVertices: 150_000,
  /** The same limit by features, for point-heavy data (each feature costs the tiler even when tiny). @default 50_000 */
  geojsonMaxFeatures: 50_000,
  /**
   * Above this the browser should not hold the dataset at all (the download, the parse and the
   * typed arrays each grow with it): pre-tile it. deck.gl still drew 1M points here, slowly.
   * @default 2_000_000
   */
  browserMaxVertices: 2_000_000,
};

/** The policy: the cheapest path that handles a dataset of this size. */
export function renderPathFor(size: DataSize, limits: Readonly<RenderPathLimits> = RENDER_PATH_LIMITS): RenderPath {
  if (size.vertices > limits.browserMaxVertices) return 'tiles';
  if (size.vertices > limits.geojsonMaxVertices || size.features > limits.geojsonMaxFeatures) return 'deck-binary';
  return 'geojson';
}

function countPositions(g: Geometry | null | undefined): number {
  if (!g) return 0;
  switch (g.type) {
    case 'Point':
      return 1;
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates.length;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.reduce((s, r) => s + r.length, 0);
    case 'MultiPolygon':
      return g.coordinates.reduce((s, p) => s + p.reduce((t, r) => t + r.length, 0), 0);
    case 'GeometryCollection':
      return g.geometries.reduce((s, x) => s + countPositions(x), 0);
  }
}

/** Counts the features and vertices of any GeoJSON object (cheap: no allocation). */
export function measureGeoJson(g: GeoJSON): DataSize {
  if (g.type === 'FeatureCollection') {
    let vertices = 0;
    for (const f of g.features) vertices += countPositions(f.geometry);
    return { features: g.features.length, vertices };
  }
  if (g.type === 'Feature') return { features: 1, vertices: countPositions(g.geometry) };
  return { features: 1, vertices: countPositions(g) };
}
