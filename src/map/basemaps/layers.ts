import type { LayerSpecification } from 'maplibre-gl';
import { withSharedPrograms } from '../style/programs.ts';
import { BASEMAP_PREFIX } from './types.ts';

/**
 * A light halo under the district's outline (its layer reads the plan's district source), so the
 * outline stays legible on dark imagery and busy maps. The map puts it on top of every online
 * basemap (BasemapSlot), since only the map knows which source is the district's.
 */
export function districtHalo(districtSourceId: string): LayerSpecification {
  // Its colour written per feature, as the plan's lines write theirs (style/programs.ts).
  return withSharedPrograms({
    id: `${BASEMAP_PREFIX}district-halo`,
    type: 'line',
    source: districtSourceId,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': '#ffffff', 'line-width': 6, 'line-opacity': 0.8, 'line-blur': 1 },
  });
}

export function rasterLayer(id: string, source: string): LayerSpecification {
  return { id, type: 'raster', source, paint: { 'raster-fade-duration': 150 } };
}
