import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { Lang } from '../../i18n/lang.ts';
import { darkPalette, type Palette } from '../../core/palette.ts';
import { buildStyle, geometryIs, labelSourceId, POINTS_SOURCE, SELECTION_SOURCE, sourceId, TEXT_FONT } from '../../map/style/index.ts';

/**
 * The map style of the presentation mode: the explorer's style built from the dark palette, with
 * lines, circles and type scaled for a screen seen from several metres, and a label for every
 * highlighted feature (the explorer shows names in popups; a room needs them on the map). The plan
 * layers' own labels give way to those (they would repeat them, smaller); the ones whose look marks
 * them as orientation labels (the district's, the sub-districts') and the base map's stay.
 */

/** Paint and layout properties that are sizes in pixels. */
const SIZE_PROPERTIES = ['text-size', 'text-halo-width', 'line-width', 'line-gap-width', 'circle-radius', 'circle-stroke-width'] as const;

/** Multiplies a size: a number, or the outputs of a zoom `interpolate` or a `case`; anything else is kept. */
export function scaleSize(value: unknown, k: number): unknown {
  if (typeof value === 'number') return Math.round(value * k * 100) / 100;
  if (!Array.isArray(value)) return value;
  const [op] = value as unknown[];
  if (op === 'interpolate') return value.map((v, i) => (i >= 4 && i % 2 === 0 ? scaleSize(v, k) : v));
  if (op === 'case') return value.map((v, i) => (i > 0 && (i % 2 === 0 || i === value.length - 1) ? scaleSize(v, k) : v));
  return value;
}

function scaleLayer(l: LayerSpecification, k: number): LayerSpecification {
  const out = { ...l } as LayerSpecification & { paint?: Record<string, unknown>; layout?: Record<string, unknown> };
  for (const group of ['paint', 'layout'] as const) {
    const props = out[group];
    if (!props) continue;
    const next: Record<string, unknown> = { ...props };
    for (const key of SIZE_PROPERTIES) if (key in next) next[key] = scaleSize(next[key], k);
    out[group] = next;
  }
  return out;
}

const LINE = geometryIs('line');

function highlightLabels(p: Palette, k: number, lang: Lang): LayerSpecification[] {
  const name: ExpressionSpecification = ['get', lang === 'en' ? 'nameEn' : 'nameZh'];
  const paint = { 'text-color': p.label, 'text-halo-color': p.background, 'text-halo-width': 2.2 * k, 'text-halo-blur': 0.5 };
  return [
    {
      id: 'present-highlight-label',
      type: 'symbol',
      source: SELECTION_SOURCE,
      filter: ['!', LINE],
      layout: {
        'text-field': name,
        'text-font': TEXT_FONT,
        'text-size': 17 * k,
        'text-max-width': 9,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
        'text-padding': 3,
      },
      paint,
    },
    {
      id: 'present-highlight-label-line',
      type: 'symbol',
      source: SELECTION_SOURCE,
      filter: LINE,
      layout: {
        'symbol-placement': 'line',
        'text-field': name,
        'text-font': TEXT_FONT,
        'text-size': 16 * k,
        'text-max-angle': 35,
      },
      paint,
    },
  ];
}

/** The base map's areas (the neighbouring counties): ground fills with names. */
function neighbourLayers(store: FeatureStore) {
  return store.layers.filter((l) => l.role === 'base' && l.draw === 'fill');
}

/** The label layers of the base map's areas, which the frame dedupes against the step's own labels. */
export function neighbourLabelIds(store: FeatureStore): string[] {
  return neighbourLayers(store).map((l) => `${l.id}-label`);
}

export interface PresentStyleOptions {
  /** Size multiplier for lines, circles and type. @default 1 */
  sizeScale: number;
  glyphsUrl: string;
  /** Language of the map's labels. @default "zh" */
  lang?: Lang;
  /** The district source's attribution line in the same language (an English screen shows no Chinese line). */
  districtSource: string;
}

export function presentationStyle(store: FeatureStore, o: PresentStyleOptions): StyleSpecification {
  const p: Palette = darkPalette;
  const lang = o.lang ?? 'zh';
  // A tour highlights places itself: its points are drawn each on its own, never in a cluster.
  const base = buildStyle(store, { palette: p, lang, glyphsUrl: o.glyphsUrl, districtSource: o.districtSource, clusters: false });
  const quietSources = new Set([
    ...store.layers.filter((l) => l.role === 'plan' && !l.look.label?.orientation).flatMap((l) => [sourceId(l.id), labelSourceId(l.id)]),
    POINTS_SOURCE,
  ]);
  // The neighbours' outlines give way to the frame's county borders (src/map/presentFrame.ts): simplified
  // apart from the district's, they criss-crossed its border in slivers.
  const neighbourLines = new Set(neighbourLayers(store).map((l) => `${l.id}-line`));
  const layers = base.layers
    .filter((l) => !(l.type === 'symbol' && quietSources.has(l.source)) && !neighbourLines.has(l.id))
    .map((l) => scaleLayer(l, o.sizeScale));
  // The orientation names (the district's, the sub-districts') are placed before the base map's: on a
  // wall the zoom is one higher, where the rivers' names would take the district's place (兴隆台区
  // went unnamed at 4K, and 双台子区 was written over the district instead). Only the step's own
  // labels come before them.
  const orienting = new Set(store.layers.filter((l) => l.look.label?.orientation).map((l) => labelSourceId(l.id)));
  const first = (l: LayerSpecification) => l.type === 'symbol' && orienting.has(l.source);
  const ordered = [...layers.filter((l) => !first(l)), ...layers.filter(first)];
  return { ...base, name: 'xinglongtai-plan-presentation', layers: [...ordered, ...highlightLabels(p, o.sizeScale, lang)] };
}
