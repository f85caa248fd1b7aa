import type { LayerSpecification } from 'maplibre-gl';
import { sourceId } from '../style/index.ts';
import { BASEMAP_PREFIX } from './types.ts';

/**
 * A light halo under the district's outline (its layer reads the plan's district source), so the
 * outline stays legible on dark imagery and busy maps. The topmost layer of every online basemap.
 */
export function districtHalo(): LayerSpecification {
  return {
    id: `${BASEMAP_PREFIX}district-halo`,
    type: 'line',
    source: sourceId('district'),
    layout: { 'line-join': 'round' },
    paint: { 'line-color': '#ffffff', 'line-width': 6, 'line-opacity': 0.8, 'line-blur': 1 },
  };
}

/** An online basemap's layers with the district halo on top. */
export function withHalo(layers: LayerSpecification[]): LayerSpecification[] {
  return [...layers, districtHalo()];
}

export function rasterLayer(id: string, source: string): LayerSpecification {
  return { id, type: 'raster', source, paint: { 'raster-fade-duration': 150 } };
}
