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

/** Dataset sizes where `renderPathFor` changes path. */
export interface RenderPathLimits {
  geojsonMaxVertices: number;
  geojsonMaxFeatures: number;
  browserMaxVertices: number;
}

/**
 * Where the paths change over, from `npm run bench` on this project's machines (2 cores, software
 * WebGL through SwiftShader; bench/results/latest.json, README section Performance). Synthetic
 * parcels have ~9.5 vertices each.
 */
export const RENDER_PATH_LIMITS: Readonly<RenderPathLimits> = {
  /**
   * Up to here MapLibre's GeoJSON source is the better path: at 10k parcels (95k vertices) it reached
   * idle at 0.97 × bare MapLibre and panned at 1.05 × its frame time, while deck.gl, though faster to
   * idle (0.60 ×), stalled for seconds per frame while panning with software WebGL (run of 2026-11-25).
   * The GeoJSON path also keeps the style's labels, filters and feature-state.
   * @default 150_000
   */
  geojsonMaxVertices: 150_000,
  /** The same limit by features, for point-heavy data (each feature costs MapLibre's tiler). @default 50_000 */
  geojsonMaxFeatures: 50_000,
  /**
   * Above this, pre-tile (`npm run tiles`): at 100k parcels (950k vertices) bare MapLibre's GeoJSON
   * source took 21 s to idle (the app's 0.88 × that), deck.gl binary attributes 0.31 ×, static vector
   * tiles 0.08 × (and panned at 0.03 × bare MapLibre's frame time); at 1M points MapLibre's tab ran
   * out of memory and deck.gl took 8 s (run of 2026-11-25). Between the limits (e.g. a file a user imports,
   * which cannot be pre-tiled on the spot), deck.gl with binary attributes is the path.
   * @default 500_000
   */
  browserMaxVertices: 500_000,
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
