import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { BasemapConfig } from '../basemapConfig.ts';
import { rasterLayer } from './layers.ts';
import type { BasemapProvider } from './provider.ts';
import { expandSubdomains, probeTiles } from './tiles.ts';
import { BASEMAP_PREFIX, BasemapFailure, type BasemapDraft } from './types.ts';

export type TiandituLayer = 'vec' | 'cva' | 'img' | 'cia';
export type TiandituPreset = 'tianditu-vec' | 'tianditu-img';

/**
 * Tianditu's Web Mercator (`_w`) WMTS tiles in KVP form, which MapLibre reads as XYZ: TILEMATRIX is
 * the zoom, TILEROW the y and TILECOL the x of an XYZ tile. CGCS2000 ≈ WGS-84, so the plan's
 * geometry needs no shift on it.
 */
export function tiandituTemplate(layer: TiandituLayer, key: string): string {
  return (
    `https://t{0-7}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
    `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`
  );
}

/** Tianditu vector (vec + cva) or imagery (img + cia); needs the key. */
export function tiandituBasemap(id: TiandituPreset, c: BasemapConfig): BasemapDraft {
  const key = c.tianditu.key;
  if (!key) throw new BasemapFailure('missing-key');
  const [base, notes]: [TiandituLayer, TiandituLayer] = id === 'tianditu-vec' ? ['vec', 'cva'] : ['img', 'cia'];
  const sources: Record<string, SourceSpecification> = {};
  const layers: LayerSpecification[] = [];
  for (const l of [base, notes]) {
    const sid = `${BASEMAP_PREFIX}tianditu-${l}`;
    sources[sid] = { type: 'raster', tiles: expandSubdomains(tiandituTemplate(l, key)), tileSize: 256, minzoom: 1, maxzoom: 18 };
    layers.push(rasterLayer(sid, sid));
  }
  return { id, sources, layers, hideEmbedded: true };
}

export function tiandituProvider(id: TiandituPreset): BasemapProvider {
  return {
    // Built inside the promise: a missing key is a rejected preparation, not a throw at the call.
    prepare: async (ctx) => probeTiles(tiandituBasemap(id, ctx.config), ctx),
  };
}
