import type { Map as MlMap, StyleSpecification } from 'maplibre-gl';
import { SHIPPED_IDEOGRAPHS } from './style/glyphs.ts';

/** Font stack → the characters asked for (MapLibre's `GlyphRequests` shape without its variants). */
export type LabelGlyphs = Record<string, string[]>;
/** The layers and the sources they read: a whole style, or a source set later with the style's layers. */
export type LabelledData = Pick<StyleSpecification, 'sources' | 'layers'>;

const DIGITS = '0123456789';
/**
 * Text along a line is also asked for in the vertical forms of its punctuation (（ as ︵: MapLibre's
 * `verticalizedCharacterMap`, which the glyph build reads but the package does not export): the
 * shipped ones (U+FE10–FE4F), which is where such a label's forms come from.
 */
const VERTICAL_FORMS = [...SHIPPED_IDEOGRAPHS].filter((cp) => cp >= 0xfe10 && cp <= 0xfe4f).map((cp) => String.fromCodePoint(cp));
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** The feature properties a `text-field` reads (`["get", key]` anywhere in it) and the literal text in it. */
function textParts(field: unknown, keys: Set<string>, literal: Set<string>): void {
  if (typeof field === 'string') {
    // A string field is a token template: `{name}` reads a property, the rest is drawn as it is.
    for (const m of field.matchAll(/\{([^}]+)\}/g)) keys.add(m[1] ?? '');
    for (const ch of field.replace(/\{[^}]+\}/g, '')) literal.add(ch);
    return;
  }
  if (!Array.isArray(field)) return;
  if (field[0] === 'get' && typeof field[1] === 'string' && field.length === 2) keys.add(field[1]);
  else if (field[0] !== 'get') for (const x of field.slice(1)) textParts(x, keys, literal);
}

/**
 * The characters the style's labels can draw at `zoom`: the text of every feature of the inline
 * GeoJSON sources read by a shown symbol layer whose zoom range holds `zoom` (the layer's filter is
 * not applied: a few characters too many cost a little, a missing one what this is for), and the
 * digits of a clustered source's counts. Sources given by URL or tiles are skipped.
 */
export function labelGlyphsAt(style: LabelledData, zoom: number): LabelGlyphs {
  const out = new Map<string, Set<string>>();
  for (const layer of style.layers) {
    if (layer.type !== 'symbol' || layer.layout?.visibility === 'none') continue;
    if ((layer.minzoom ?? 0) > zoom || (layer.maxzoom ?? 24) <= zoom) continue;
    const field = layer.layout?.['text-field'];
    const source = style.sources[layer.source];
    if (field === undefined || source?.type !== 'geojson' || typeof source.data !== 'object') continue;
    const stack = (Array.isArray(layer.layout?.['text-font']) ? (layer.layout['text-font'] as string[]) : ['Open Sans Regular', 'Arial Unicode MS Regular']).join(',');
    const chars = out.get(stack) ?? new Set<string>();
    out.set(stack, chars);
    const keys = new Set<string>();
    textParts(field, keys, chars);
    if (source.cluster) for (const d of DIGITS) chars.add(d);
    const alongLine = layer.layout?.['symbol-placement'] === 'line' || layer.layout?.['symbol-placement'] === 'line-center';
    const data = source.data;
    const features = data.type === 'FeatureCollection' ? data.features : data.type === 'Feature' ? [data] : [];
    for (const f of features) {
      for (const key of keys) {
        const v: unknown = f.properties?.[key];
        if (typeof v !== 'string' && typeof v !== 'number') continue;
        for (const ch of String(v)) chars.add(ch);
        if (alongLine && PUNCTUATION.test(String(v))) for (const ch of VERTICAL_FORMS) chars.add(ch);
      }
    }
  }
  return Object.fromEntries([...out].filter(([, c]) => c.size > 0).map(([stack, c]) => [stack, [...c].sort()]));
}

type GlyphManagerLike = { getGlyphs?: (requests: Record<string, Record<string, string[]>>) => Promise<unknown> };

/**
 * Fetches now, into MapLibre's glyph cache, the glyphs the labels of `data` can draw at the map's
 * zoom (its style must be loaded: the glyphs URL comes with it).
 *
 * MapLibre's worker asks the page for a tile's glyphs only once it has cut the tile, and the page
 * then downloads their ranges: the answer waits for the download and for the page's next free moment
 * after it, which on a loading map is after the frame it is drawing (here 150–400 ms, the labelled
 * tiles arriving that much later than the others). Asked for ahead, while the page waits for the data,
 * the glyphs are in the cache when the worker asks, and the answer goes at the first free moment.
 * Through the style's glyph manager (not public API); should it be renamed, nothing is fetched ahead.
 */
export function fetchLabelGlyphs(map: MlMap, data: LabelledData): void {
  const manager = (map as unknown as { style?: { glyphManager?: GlyphManagerLike } }).style?.glyphManager;
  if (typeof manager?.getGlyphs !== 'function') return;
  // A pitched view loads the tiles near the camera a zoom level deeper: their labels are drawn too.
  const wanted = labelGlyphsAt(data, map.getZoom() + (map.getPitch() > 0 ? 1 : 0));
  if (Object.keys(wanted).length === 0) return;
  const requests = Object.fromEntries(Object.entries(wanted).map(([stack, chars]) => [stack, { default: chars }]));
  // MapLibre draws the characters of a range that fails to load locally (and warns), as it would for the worker.
  manager.getGlyphs(requests).catch(() => undefined);
}

/** The first view's label glyphs (see fetchLabelGlyphs), fetched as soon as the map's style is loaded. */
export function prefetchLabelGlyphs(map: MlMap, style: StyleSpecification): void {
  map.once('style.load', () => fetchLabelGlyphs(map, style));
}
