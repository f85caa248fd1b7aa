import type { LayerSpecification } from 'maplibre-gl';
import type { LayerEntry } from '../../core/layerRegistry.ts';
import type { Palette } from '../../core/palette.ts';
import { colourOf } from './expressions.ts';
import { baseLabel, type Lang } from './labels.ts';
import { lineLayer, strokePaint } from './lineLayer.ts';
import { sourceId } from './sources.ts';

/**
 * The offline base map's layers (`role: "base"`), drawn as their look says, every geometry alike:
 * the base files hold one geometry type each.
 */
export function baseLayers(l: LayerEntry, p: Palette, lang: Lang): LayerSpecification[] {
  const source = sourceId(l.id);
  const visibility = l.visible ? 'visible' : 'none';
  const { fill, casing, line, outline, label } = l.look;
  const rounded = { visibility, 'line-cap': 'round', 'line-join': 'round' } as const;
  const out: LayerSpecification[] = [];
  if (fill) {
    const opacity = fill.opacity !== undefined ? { 'fill-opacity': fill.opacity } : {};
    out.push({ id: `${l.id}-fill`, type: 'fill', source, layout: { visibility }, paint: { 'fill-color': colourOf(fill.colour, p), ...opacity } });
  }
  if (outline) out.push(lineLayer(l, 'line', { layout: { visibility }, paint: strokePaint(outline, p) }));
  if (casing) out.push(lineLayer(l, 'casing', { layout: rounded, paint: strokePaint(casing, p) }));
  if (line && !outline) out.push(lineLayer(l, 'line', { layout: rounded, paint: strokePaint(line, p) }));
  if (label) out.push(baseLabel(l, label, p, lang));
  return out;
}
