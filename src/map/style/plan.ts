import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerEntry } from '../../core/layerRegistry.ts';
import type { Palette } from '../../core/palette.ts';
import { colourOf, geometryIs, NOT_SCHEMATIC, SCHEMATIC, sizeOf } from './expressions.ts';
import { planLabels, type Lang } from './labels.ts';
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
  if (outline) {
    out.push({
      id: `${l.id}-outline`,
      type: 'line',
      source,
      filter: ['all', POLYGON, NOT_SCHEMATIC],
      layout: { visibility, 'line-join': 'round' },
      paint: { 'line-color': colourOf(outline.colour, p), 'line-width': sizeOf(outline.width) },
    });
  }
  if (schematicOutline) {
    out.push({
      id: `${l.id}-outline-dashed`,
      type: 'line',
      source,
      filter: ['all', POLYGON, SCHEMATIC],
      layout: { visibility, 'line-join': 'round' },
      paint: {
        'line-color': colourOf(schematicOutline.colour, p),
        'line-width': sizeOf(schematicOutline.width),
        'line-dasharray': schematicOutline.dash,
      },
    });
  }
  return out;
}

function lineLayers(l: LayerEntry, p: Palette, visibility: 'visible' | 'none'): LayerSpecification[] {
  const { line } = l.look;
  if (!line) return [];
  const source = sourceId(l.id);
  const paint = { 'line-color': colourOf(line.colour, p), 'line-width': sizeOf(line.width) };
  const out: LayerSpecification[] = [
    {
      id: `${l.id}-line`,
      type: 'line',
      source,
      filter: line.schematicDash ? ['all', LINE, NOT_SCHEMATIC] : LINE,
      layout: { visibility, 'line-cap': 'round', 'line-join': 'round' },
      paint,
    },
  ];
  if (line.schematicDash) {
    out.push({
      id: `${l.id}-line-dashed`,
      type: 'line',
      source,
      filter: ['all', LINE, SCHEMATIC],
      layout: { visibility, 'line-join': 'round' },
      paint: { ...paint, 'line-dasharray': line.schematicDash },
    });
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
