import type { BasemapConfig } from '../basemapConfig.ts';
import { rasterLayer } from './layers.ts';
import type { BasemapProvider } from './provider.ts';
import { expandSubdomains, probeTiles } from './tiles.ts';
import { BASEMAP_PREFIX, type BasemapDraft } from './types.ts';

/** OpenStreetMap raster tiles (or a mirror given in the configuration). */
export function osmBasemap(c: BasemapConfig): BasemapDraft {
  const source = `${BASEMAP_PREFIX}osm`;
  return {
    id: 'osm',
    sources: { [source]: { type: 'raster', tiles: expandSubdomains(c.osm.url), tileSize: 256, minzoom: 0, maxzoom: 19 } },
    layers: [rasterLayer(`${BASEMAP_PREFIX}osm`, source)],
    hideEmbedded: true,
  };
}

export const osmProvider: BasemapProvider = {
  prepare: (ctx) => probeTiles(osmBasemap(ctx.config), ctx),
};
