import { fetchOrFail } from './net.ts';
import type { PrepareContext } from './provider.ts';
import type { BasemapDraft } from './types.ts';

/** `https://t{0-7}.host/…` → eight URLs; MapLibre spreads tiles over them by x + y. */
export function expandSubdomains(template: string): string[] {
  const m = /\{([a-z0-9])-([a-z0-9])\}/i.exec(template);
  if (!m || m[1] === undefined || m[2] === undefined) return [template];
  const from = m[1].charCodeAt(0);
  const to = m[2].charCodeAt(0);
  const out: string[] = [];
  for (let ch = from; ch <= to; ch++) out.push(template.replace(m[0], String.fromCharCode(ch)));
  return out;
}

/** The XYZ tile that holds a point. */
export function tileAt(lng: number, lat: number, z: number): { z: number; x: number; y: number } {
  const n = 2 ** z;
  const clampedLat = Math.max(-85.0511, Math.min(85.0511, lat));
  const x = Math.floor(((lng + 180) / 360) * n);
  const rad = (clampedLat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { z, x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

/** The URL MapLibre would request for the tile at the camera's centre (the probe of a tile basemap). */
export function probeTileUrl(tiles: readonly string[], camera: { center: [number, number]; zoom: number }, minzoom: number, maxzoom: number): string {
  const z = Math.max(minzoom, Math.min(maxzoom, Math.round(camera.zoom)));
  const t = tileAt(camera.center[0], camera.center[1], z);
  const template = tiles[(t.x + t.y) % tiles.length] ?? tiles[0] ?? '';
  return template.replace('{z}', String(t.z)).replace('{x}', String(t.x)).replace('{y}', String(t.y));
}

/** Proves a tile basemap's server answers now: the tile of its first source at the camera. */
export async function probeTiles(draft: BasemapDraft, ctx: PrepareContext): Promise<BasemapDraft> {
  const first = Object.values(draft.sources)[0];
  if (first && 'tiles' in first && first.tiles) {
    await fetchOrFail(probeTileUrl(first.tiles, ctx.camera, first.minzoom ?? 0, first.maxzoom ?? 18), ctx.net, ctx.config.timeoutSeconds * 1000);
  }
  return draft;
}
