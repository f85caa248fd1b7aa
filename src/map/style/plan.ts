import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerEntry } from '../../core/layerRegistry.ts';
import type { Palette } from '../../core/palette.ts';
import { colourOf, geometryIs, NOT_SCHEMATIC, SCHEMATIC, sizeOf } from './expressions.ts';
import { planLabels, type Lang } from './labels.ts';
import { lineLayer, strokePaint } from './lineLayer.ts';
import { sourceId } from './sources.ts';

const POLYGON = geometryIs('polygon');
const LINE = geometryIs('line');

/** A plan layer's areas: the fill (which also catches clicks), the known edges and the schematic ones dashed. */
function areaLayers(l: LayerEntry, p: Palette, visibility: 'visible' | 'none'): LayerSpecification[] {
  const source = sourceId(l.id);
  const { fill, outline, schematicOutline } = l.look;
  const out: LayerSpecification[] = [];
  if (fill) {
    out.push({
      id: `${l.id}-fill`,
      type: 'fill',
      source,
      filter: POLYGON,
      layout: { visibility },
      paint: { 'fill-color': colourOf(fill.colour, p), 'fill-opacity': fill.opacity ?? 1 },
    });
  }
  const edge = { visibility, 'line-join': 'round' } as const;
  if (outline) {
    out.push(lineLayer(l, 'outline', { filter: ['all', POLYGON, NOT_SCHEMATIC], layout: edge, paint: strokePaint(outline, p) }));
  }
  if (schematicOutline) {
    const paint = { ...strokePaint(schematicOutline, p), 'line-dasharray': schematicOutline.dash };
    out.push(lineLayer(l, 'outline-dashed', { filter: ['all', POLYGON, SCHEMATIC], layout: edge, paint }));
  }
  return out;
}

function lineLayers(l: LayerEntry, p: Palette, visibility: 'visible' | 'none'): LayerSpecification[] {
  const { line } = l.look;
  if (!line) return [];
  const paint = strokePaint(line, p);
  const filter: FilterSpecification = line.schematicDash ? ['all', LINE, NOT_SCHEMATIC] : LINE;
  const out: LayerSpecification[] = [lineLayer(l, 'line', { filter, layout: { visibility, 'line-cap': 'round', 'line-join': 'round' }, paint })];
  if (line.schematicDash) {
    const dashed = { ...paint, 'line-dasharray': line.schematicDash };
    out.push(lineLayer(l, 'line-dashed', { filter: ['all', LINE, SCHEMATIC], layout: { visibility, 'line-join': 'round' }, paint: dashed }));
  }
  return out;
}

function pointLayers(l: LayerEntry, p: Palette, visibility: 'visible' | 'none'): LayerSpecification[] {
  const { point } = l.look;
  if (!point) return [];
  const colour = colourOf(point.colour, p);
  return [
    {
      id: `${l.id}-point`,
      type: 'circle',
      source: sourceId(l.id),
      filter: geometryIs('point'),
      layout: { visibility },
      paint: {
        'circle-radius': sizeOf(point.radius),
        // Schematic points are hollow: the site is not known, only the part of town.
        'circle-color': ['case', SCHEMATIC, colourOf(point.hollow, p), colour] as ExpressionSpecification,
        'circle-stroke-color': colour,
        'circle-stroke-width': ['case', SCHEMATIC, point.schematicStrokeWidth, point.strokeWidth],
      },
    },
  ];
}

/** A plan layer's map layers: each geometry type its draw mode holds, then its labels. */
export function planLayers(l: LayerEntry, p: Palette, lang: Lang): LayerSpecification[] {
  const visibility = l.visible ? 'visible' : 'none';
  const out: LayerSpecification[] = [];
  if (l.draw === 'fill' || l.draw === 'mixed') out.push(...areaLayers(l, p, visibility));
  if (l.draw === 'line' || l.draw === 'mixed') out.push(...lineLayers(l, p, visibility));
  if (l.draw === 'point' || l.draw === 'mixed') out.push(...pointLayers(l, p, visibility));
  if (l.look.label) out.push(...planLabels(l, l.look.label, p, lang));
  return out;
}
