import type { LayerSpecification } from 'maplibre-gl';
import type { Palette } from '../../core/palette.ts';
import { geometryIs } from './expressions.ts';
import { SELECTION_SOURCE } from './sources.ts';

/** The selected feature's highlight, drawn over all geometry and under the labels. */
export function selectionLayers(p: Palette): LayerSpecification[] {
  return [
    {
      id: 'selection-outline',
      type: 'line',
      source: SELECTION_SOURCE,
      filter: ['!', geometryIs('point')],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.selection, 'line-width': 4, 'line-opacity': 0.9 },
    },
    {
      id: 'selection-point',
      type: 'circle',
      source: SELECTION_SOURCE,
      filter: geometryIs('point'),
      paint: {
        'circle-radius': 13,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': p.selection,
        'circle-stroke-width': 3.5,
      },
    },
  ];
}
