import type { PresetId } from '../../core/basemapTypes.ts';
import { embeddedProvider } from './embedded.ts';
import { osmProvider } from './osm.ts';
import { pmtilesProvider } from './pmtiles.ts';
import type { BasemapProvider, PrepareContext } from './provider.ts';
import { styleProvider } from './styleUrl.ts';
import { tiandituProvider } from './tianditu.ts';
import type { BasemapDraft } from './types.ts';

/** Every preset's provider: adding a basemap is one file and one line here. */
export const PROVIDERS: Record<PresetId, BasemapProvider> = {
  embedded: embeddedProvider,
  osm: osmProvider,
  'tianditu-vec': tiandituProvider('tianditu-vec'),
  'tianditu-img': tiandituProvider('tianditu-img'),
  style: styleProvider,
  pmtiles: pmtilesProvider,
};

/**
 * Builds a preset's layers and makes one request that proves its server answers now (a tile at the
 * camera, the style JSON and its TileJSON, the PMTiles header). Throws a `BasemapFailure`.
 */
export async function prepareBasemap(id: PresetId, ctx: PrepareContext): Promise<BasemapDraft> {
  return PROVIDERS[id].prepare(ctx);
}
