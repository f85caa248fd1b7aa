import type { Map as MlMap, StyleSpecification } from 'maplibre-gl';
import { SHIPPED_IDEOGRAPHS } from './style/glyphs.ts';

/** Font stack → the characters asked for (MapLibre's `GlyphRequests` shape without its variants). */
export type LabelGlyphs = Record<string, string[]>;

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
export function labelGlyphsAt(style: StyleSpecification, zoom: number): LabelGlyphs {
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
 * Fetches the glyphs of the labels the map's first view draws as soon as its style is loaded.
 *
 * MapLibre's worker asks the page for a tile's glyphs only once it has cut the tile, and the page
 * then downloads their ranges: the answer waits for the download and for the page's next free moment
 * after it, which on a loading map is after the frame it is drawing (here 150–400 ms, the last tiles
 * of the first screen arriving that much later). Asked for ahead, while the page waits for the data,
 * the glyphs are in MapLibre's cache when the worker asks, and the answer goes at the first free moment.
 * Through the style's glyph manager (not public API); should it be renamed, nothing is fetched ahead.
 */
export function prefetchLabelGlyphs(map: MlMap, style: StyleSpecification): void {
  map.once('style.load', () => {
    const manager = (map as unknown as { style?: { glyphManager?: GlyphManagerLike } }).style?.glyphManager;
    if (typeof manager?.getGlyphs !== 'function') return;
    const wanted = labelGlyphsAt(style, map.getZoom());
    const requests = Object.fromEntries(Object.entries(wanted).map(([stack, chars]) => [stack, { default: chars }]));
    // A range that fails to load is drawn locally when the worker asks again; nothing to report here.
    manager.getGlyphs(requests).catch(() => undefined);
  });
}
