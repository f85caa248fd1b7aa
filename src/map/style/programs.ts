import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

/**
 * One WebGL program per layer type. MapLibre links a shader program for each layer type and each
 * combination of which paint properties are constants (uniforms) and which are per feature (vertex
 * attributes); expressions that read no feature data are folded into constants. When one fill layer
 * wrote its colour as a constant and another as the status match, or the clusters' radius was per
 * feature and the points' was not, the first map linked 14 programs where 9 do, and software WebGL
 * links each on the main thread (the 14 took 0.3–1.1 s in all here, across loads).
 *
 * So every layer that reaches the map writes these paint properties the same way: colours per
 * feature, a circle's ring width per feature, its radius per feature and zoom; everything else
 * (opacities, line widths, labels' paint) as a constant or zoom curve. A value that is the same for
 * every feature is written as a per-feature expression that returns it: the features' data (a few
 * thousand vertices here) then carries it, the picture does not change.
 */

type Way = 'feature' | 'feature-and-zoom';
/** MapLibre's default colour of fills, lines, circles and rings. */
const BLACK = '#000000';

/**
 * Per layer type, the paint properties written per feature, with MapLibre's default for a layer that
 * leaves one out (a default is a constant: it is written out per feature). A property not named stays
 * a uniform.
 */
const PER_FEATURE: Partial<Record<LayerSpecification['type'], Record<string, { way: Way; absent?: (paint: Record<string, unknown>) => unknown }>>> = {
  // An absent `fill-outline-color` follows `fill-color`, so it is per feature too; a present one is made so.
  fill: { 'fill-color': { way: 'feature', absent: () => BLACK }, 'fill-outline-color': { way: 'feature' } },
  line: { 'line-color': { way: 'feature', absent: () => BLACK } },
  circle: {
    'circle-color': { way: 'feature', absent: () => BLACK },
    // Without a ring width there is no ring: its colour is then written transparent, not a black never seen.
    'circle-stroke-color': { way: 'feature', absent: (paint) => (paint['circle-stroke-width'] === undefined ? 'rgba(0,0,0,0)' : BLACK) },
    'circle-stroke-width': { way: 'feature', absent: () => 0 },
    'circle-radius': { way: 'feature-and-zoom', absent: () => 5 },
  },
};

/** Expression operators that read the feature (not the zoom, not the style's global state). */
const FEATURE_OPERATORS = new Set(['get', 'has', 'properties', 'geometry-type', 'id', 'feature-state', 'within', 'distance', 'accumulated']);

function readsFeature(v: unknown): boolean {
  if (!Array.isArray(v) || v[0] === 'literal') return false;
  return (typeof v[0] === 'string' && FEATURE_OPERATORS.has(v[0])) || v.some(readsFeature);
}

/** A zoom curve as MapLibre requires one of a per-feature-and-zoom value: `interpolate` or `step` on the zoom, outermost. */
function isZoomCurve(v: unknown): v is unknown[] {
  if (!Array.isArray(v)) return false;
  const input = v[0] === 'interpolate' ? v[2] : v[0] === 'step' ? v[1] : undefined;
  return Array.isArray(input) && input[0] === 'zoom';
}

/**
 * `v` for every feature, written so that MapLibre evaluates it per feature: the condition reads the
 * feature, both outcomes are `v`.
 */
export function perFeature(v: unknown): ExpressionSpecification {
  return ['case', ['has', 'i'], v, v] as ExpressionSpecification;
}

/** A paint value written per feature, or per feature and zoom (a zoom curve's outputs per feature). */
function written(way: Way, v: unknown): unknown {
  // The same at every zoom, for a value that must be per feature and zoom: one stop.
  const oneStop = (x: unknown) => (way === 'feature-and-zoom' ? ['interpolate', ['linear'], ['zoom'], 0, x] : x);
  if (readsFeature(v)) return isZoomCurve(v) ? v : oneStop(v);
  // A zoom curve must stay outermost: its outputs are made per feature (per feature and zoom, then).
  if (isZoomCurve(v)) {
    // The outputs: after `step`'s input every other element from the first; after `interpolate`'s every other from the fifth.
    const first = v[0] === 'step' ? 2 : 4;
    return v.map((x, i) => (i >= first && (i - first) % 2 === 0 ? perFeature(x) : x));
  }
  return oneStop(perFeature(v));
}

/** A layer's paint property as every layer of its type writes it (a value set later, e.g. by the colour switch). */
export function sharedProgramPaint(type: LayerSpecification['type'], property: string, value: unknown): unknown {
  const rule = PER_FEATURE[type]?.[property];
  return rule && value !== undefined ? written(rule.way, value) : value;
}

/** A layer with its paint written as every layer of its type writes it (the properties it leaves out included). */
export function withSharedPrograms<T extends LayerSpecification>(layer: T): T {
  const rules = PER_FEATURE[layer.type];
  if (!rules) return layer;
  const own: Record<string, unknown> = { ...(layer as { paint?: Record<string, unknown> }).paint };
  const paint = { ...own };
  for (const [property, { way, absent }] of Object.entries(rules)) {
    const value = own[property] ?? absent?.(own);
    if (value !== undefined) paint[property] = written(way, value);
  }
  return { ...layer, paint };
}
