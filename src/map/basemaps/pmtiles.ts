import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { BasemapConfig } from '../basemapConfig.ts';
import { geometryIs, TEXT_FONT } from '../style/index.ts';
import { htmlToText } from './attribution.ts';
import { rasterLayer } from './layers.ts';
import { corsOrNetwork, kindOfStatus, statusInMessage, withTimeout } from './net.ts';
import type { BasemapProvider, PrepareContext } from './provider.ts';
import { BASEMAP_PREFIX, BasemapFailure, type BasemapDraft } from './types.ts';

export interface PmtilesInfo {
  /** PMTiles tile type: 1 MVT, 2 PNG, 3 JPEG, 4 WebP, 5 AVIF, 6 MLT. */
  tileType: number;
  minZoom: number;
  maxZoom: number;
  bounds: [number, number, number, number];
  vectorLayers: string[];
  attribution: string | null;
}

const WATER = /water|ocean|sea|river|lake|水/i;
const ROAD = /road|street|highway|transport|transportation|路/i;
const BUILDING = /building|建筑/i;
const GREEN = /landuse|landcover|natural|park|wood|forest|green|绿/i;
const BOUNDARY = /boundar|admin|境界|行政/i;
const PLACE = /place|label|poi|name|地名/i;

const POLY = geometryIs('polygon');
const LINE = geometryIs('line');
const POINT = geometryIs('point');
const ROUNDED = { 'line-cap': 'round', 'line-join': 'round' } as const;

/** A road's width from zoom 8 to zoom 15. */
function roadWidth(at8: number, at15: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 8, at8, 15, at15];
}

/**
 * A quiet drawing of any vector archive, by source-layer name (the protomaps basemap layers —
 * earth, water, landuse, roads, buildings, boundaries, places — and anything else generically), in
 * the colours of the offline base so the plan stays the loudest thing on the map.
 */
export function vectorBasemapLayers(source: string, vectorLayers: readonly string[]): LayerSpecification[] {
  const layers: LayerSpecification[] = [{ id: `${source}-background`, type: 'background', paint: { 'background-color': '#efece4' } }];
  const labels: LayerSpecification[] = [];
  for (const name of vectorLayers) {
    /** A layer drawing the features of this source layer of one geometry kind. */
    const layer = (suffix: string, type: 'symbol' | 'fill' | 'line', filter: ExpressionSpecification, style: { layout?: object; paint: object }) =>
      ({ id: `${source}-${name}-${suffix}`, type, source, 'source-layer': name, filter, ...style }) as LayerSpecification;
    if (PLACE.test(name)) {
      labels.push(
        layer('label', 'symbol', POINT, {
          layout: { 'text-field': ['coalesce', ['get', 'name:zh'], ['get', 'name_zh'], ['get', 'name']], 'text-font': TEXT_FONT, 'text-size': 12 },
          paint: { 'text-color': '#6b6255', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
        }),
      );
      continue;
    }
    const fill = WATER.test(name) ? '#b9d3ea' : BUILDING.test(name) ? '#ded7ca' : GREEN.test(name) ? '#dfe6cf' : '#e6e2d8';
    const line = WATER.test(name) ? '#8fb6dc' : ROAD.test(name) ? '#ffffff' : BOUNDARY.test(name) ? '#a39b8b' : '#c9c1b1';
    layers.push(layer('fill', 'fill', POLY, { paint: { 'fill-color': fill } }));
    if (ROAD.test(name)) layers.push(layer('casing', 'line', LINE, { layout: ROUNDED, paint: { 'line-color': '#cfc7b8', 'line-width': roadWidth(1.5, 9) } }));
    layers.push(
      layer('line', 'line', LINE, {
        layout: ROUNDED,
        paint: {
          'line-color': line,
          'line-width': ROAD.test(name) ? roadWidth(0.8, 6) : 1,
          ...(BOUNDARY.test(name) ? { 'line-dasharray': [3, 2] } : {}),
        },
      }),
    );
  }
  return [...layers, ...labels];
}

export function pmtilesBasemap(c: BasemapConfig, sourceUrl: string, info: PmtilesInfo): BasemapDraft {
  const source = `${BASEMAP_PREFIX}pmtiles`;
  const isVector = info.tileType === 1 || info.tileType === 6;
  if (!isVector && ![2, 3, 4, 5].includes(info.tileType)) throw new BasemapFailure('invalid', null, `PMTiles 瓦片类型 ${info.tileType} 无法显示`);
  const spec: SourceSpecification = isVector
    ? { type: 'vector', url: sourceUrl }
    : { type: 'raster', url: sourceUrl, tileSize: c.pmtiles.tileSize };
  return {
    id: 'pmtiles',
    sources: { [source]: spec },
    layers: isVector ? vectorBasemapLayers(source, info.vectorLayers) : [rasterLayer(source, source)],
    hideEmbedded: true,
    providerText: info.attribution,
  };
}

/** Reads a PMTiles archive's header and metadata (the `pmtiles` package, loaded on demand). */
async function readPmtiles(url: string, ctx: PrepareContext): Promise<PmtilesInfo> {
  const { PMTiles } = await import('pmtiles');
  const timeoutMs = ctx.config.timeoutSeconds * 1000;
  if (!ctx.net.online()) throw new BasemapFailure('offline');
  const archive = new PMTiles(url);
  try {
    const header = await withTimeout(archive.getHeader(), ctx.net, timeoutMs, url);
    const meta = (await withTimeout(archive.getMetadata(), ctx.net, timeoutMs, url)) as {
      vector_layers?: { id?: unknown }[];
      attribution?: unknown;
    } | null;
    return {
      tileType: header.tileType,
      minZoom: header.minZoom,
      maxZoom: header.maxZoom,
      bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
      vectorLayers: (meta?.vector_layers ?? []).flatMap((l) => (typeof l.id === 'string' ? [l.id] : [])),
      attribution: typeof meta?.attribution === 'string' ? htmlToText(meta.attribution) : null,
    };
  } catch (e) {
    if (e instanceof BasemapFailure) throw e;
    const message = (e as Error).message ?? String(e);
    const status = statusInMessage(message);
    if (status !== null) throw new BasemapFailure(kindOfStatus(status), status, message);
    if (/content-length|byte serving/i.test(message)) throw new BasemapFailure('no-range', null, message);
    if (/magic number|spec version|varint|directory/i.test(message)) throw new BasemapFailure('invalid', null, message);
    throw new BasemapFailure(await corsOrNetwork(url, ctx.net, timeoutMs), null, message);
  }
}

/** A PMTiles archive (vector or raster); its header and metadata prove the host answers range requests. */
export const pmtilesProvider: BasemapProvider = {
  async prepare(ctx) {
    const c = ctx.config;
    if (!c.pmtiles.url) throw new BasemapFailure('invalid', null, '未配置 PMTiles 地址');
    const raw = c.pmtiles.url.replace(/^pmtiles:\/\//, '');
    const url = new URL(raw, ctx.net.baseUrl()).href;
    // The protocol registration of the registry's tile layers (src/map/tileProtocols.ts), reused.
    await (await import('../tileProtocols.ts')).registerPmtilesProtocol();
    const info = await readPmtiles(url, ctx);
    // A retry gets a fresh archive reader in the protocol (it keeps failed reads of an archive).
    const sourceUrl = `pmtiles://${url}${ctx.attempt > 1 ? `#attempt-${ctx.attempt}` : ''}`;
    return pmtilesBasemap(c, sourceUrl, info);
  },
};
