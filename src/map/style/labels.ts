import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { LayerEntry, Look } from '../../core/layerRegistry.ts';
import type { Palette } from '../../core/palette.ts';
import { colourOf, geometryIs, SCHEMATIC } from './expressions.ts';
import { TEXT_FONT } from './glyphs.ts';
import { labelSourceId, sourceId } from './sources.ts';
import { clustersPoints, ofLayer, POINTS_SOURCE, UNCLUSTERED } from './clusters.ts';

// The one Lang (src/core/lang.ts), re-exported for the style's importers.
export type { Lang } from '../../core/lang.ts';
import type { Lang } from '../../core/lang.ts';

type LabelLook = NonNullable<Look['label']>;

/** The labels' text: the feature's name in the interface language. */
export function labelText(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'zh' ? 'nameZh' : 'nameEn'];
}

/** True for a `text-field` made by labelText (in either language), so a change of language can swap it. */
export function isNameLabel(textField: unknown): boolean {
  return Array.isArray(textField) && textField.length === 2 && textField[0] === 'get' && (textField[1] === 'nameZh' || textField[1] === 'nameEn');
}

function labelPaint(look: LabelLook, p: Palette) {
  return { 'text-color': colourOf(look.colour, p), 'text-halo-color': colourOf(look.halo, p), 'text-halo-width': look.haloWidth };
}

function labelLayout(look: LabelLook, lang: Lang, visibility: 'visible' | 'none') {
  return {
    visibility,
    'text-field': labelText(lang),
    'text-font': TEXT_FONT,
    'text-size': look.size,
    ...(look.letterSpacing !== undefined ? { 'text-letter-spacing': look.letterSpacing } : {}),
    ...(look.maxWidth !== undefined ? { 'text-max-width': look.maxWidth } : {}),
  };
}

/** A base layer's label: along its lines, or at its polygons' label points. */
export function baseLabel(l: LayerEntry, look: LabelLook, p: Palette, lang: Lang): LayerSpecification {
  const visibility = l.visible ? 'visible' : 'none';
  const layout = labelLayout(look, lang, visibility);
  return {
    id: `${l.id}-label`,
    type: 'symbol',
    source: look.alongLines ? sourceId(l.id) : labelSourceId(l.id),
    ...(look.minzoom !== undefined ? { minzoom: look.minzoom } : {}),
    layout: look.alongLines ? { ...layout, 'symbol-placement': 'line' } : layout,
    paint: labelPaint(look, p),
  };
}

/**
 * A plan layer's labels: one per feature at its label point, and lines' names along them. A
 * clustering layer's points are named from the clustered source, only where they are not in a cluster.
 */
export function planLabels(l: LayerEntry, look: LabelLook, p: Palette, lang: Lang): LayerSpecification[] {
  const visibility = l.visible ? 'visible' : 'none';
  const layout = labelLayout(look, lang, visibility);
  const paint = labelPaint(look, p);
  const minzoom = look.minzoom ?? 0;
  const atPoint: SymbolLayerSpecification['layout'] = {
    ...layout,
    // Point labels sit under their marker and may be dropped before the marker is.
    'text-offset': l.draw === 'fill' ? [0, 0] : [0, 1.1],
    'text-anchor': l.draw === 'fill' ? 'center' : 'top',
    'text-optional': true,
    // Where labels collide, the places whose site is known are named first, schematic ones after.
    'symbol-sort-key': ['case', SCHEMATIC, 1, 0],
  };
  const out: LayerSpecification[] = [{ id: `${l.id}-label`, type: 'symbol', source: labelSourceId(l.id), minzoom, layout: atPoint, paint }];
  if (clustersPoints(l)) {
    out.push({
      id: `${l.id}-label-point`,
      type: 'symbol',
      source: POINTS_SOURCE,
      metadata: { layer: l.id },
      filter: ['all', ofLayer(l.id), UNCLUSTERED],
      minzoom,
      layout: atPoint,
      paint,
    });
  }
  if (l.draw === 'line' || l.draw === 'mixed') {
    out.push({
      id: `${l.id}-label-line`,
      type: 'symbol',
      source: sourceId(l.id),
      filter: geometryIs('line'),
      minzoom,
      layout: { ...layout, 'symbol-placement': 'line' },
      paint,
    });
  }
  return out;
}
