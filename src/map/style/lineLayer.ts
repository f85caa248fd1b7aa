import type { FilterSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { LayerEntry, LookColour, LookSize } from '../../core/layerRegistry.ts';
import type { Palette } from '../../core/palette.ts';
import { colourOf, sizeOf } from './expressions.ts';
import { sourceId } from './sources.ts';

/** A look's stroke (outline, casing, line) as line paint: its colour in the palette and its width. */
export function strokePaint(s: { colour: LookColour; width: LookSize }, p: Palette): NonNullable<LineLayerSpecification['paint']> {
  return { 'line-color': colourOf(s.colour, p), 'line-width': sizeOf(s.width) };
}

/** A line layer `<layer id>-<suffix>` drawn from the registry layer's own source. */
export function lineLayer(
  l: LayerEntry,
  suffix: string,
  spec: { filter?: FilterSpecification; layout: LineLayerSpecification['layout']; paint: LineLayerSpecification['paint'] },
): LineLayerSpecification {
  return { id: `${l.id}-${suffix}`, type: 'line', source: sourceId(l.id), ...spec };
}
