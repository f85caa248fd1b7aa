import type { LayerSpecification, Map as MlMap } from 'maplibre-gl';
import type { FeatureStore } from '../core/featureStore.ts';
import type { ColourBy, Palette } from '../core/palette.ts';
import { planLayers } from './style/plan.ts';
import { sharedProgramPaint } from './style/programs.ts';

/** The paint properties the colouring decides (everything else of a layer's look stays). */
const COLOUR_PROPERTIES = ['fill-color', 'line-color', 'circle-color', 'circle-stroke-color', 'circle-stroke-width'] as const;

export type ColourPaint = [mapLayerId: string, property: (typeof COLOUR_PROPERTIES)[number], value: unknown];

/**
 * The paint values that colour the plan layers by `colourBy`, as the style builder draws them
 * (src/map/style/plan.ts): one source of truth for the first style and for the switch.
 */
export function colourPaints(store: FeatureStore, palette: Palette, colourBy: ColourBy): ColourPaint[] {
  const out: ColourPaint[] = [];
  for (const l of store.layers) {
    if (l.role !== 'plan') continue;
    for (const spec of planLayers(l, palette, 'zh', colourBy) as LayerSpecification[]) {
      const paint = ('paint' in spec ? spec.paint : undefined) as Record<string, unknown> | undefined;
      for (const property of COLOUR_PROPERTIES) {
        if (paint && property in paint) out.push([spec.id, property, paint[property]]);
      }
    }
  }
  return out;
}

/**
 * Recolours the plan layers on the map (layers not on it, e.g. while a style reloads, are skipped),
 * each value written as the style writes it (style/programs.ts): the same shader programs, and a
 * value that does not change is no change to MapLibre.
 */
export function applyColourBy(map: MlMap, store: FeatureStore, palette: Palette, colourBy: ColourBy): void {
  for (const [id, property, value] of colourPaints(store, palette, colourBy)) {
    const layer = map.getLayer(id);
    if (layer) (map.setPaintProperty as (layer: string, name: string, v: unknown) => void).call(map, id, property, sharedProgramPaint(layer.type as LayerSpecification['type'], property, value));
  }
}
