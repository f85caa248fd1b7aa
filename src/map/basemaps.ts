import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { BasemapConfig, PresetId } from './basemapConfig.ts';
import { sourceId, TEXT_FONT } from './style/index.ts';
import { basemap as BASEMAP_ZH } from '../i18n/zh/basemap.ts';

/** The basemaps' words in one language (src/i18n/zh/basemap.ts; the English come with the English catalogue). */
export type BasemapWords = typeof BASEMAP_ZH;
export { BASEMAP_ZH };

/**
 * Basemaps under the plan: the project's own offline base (the default), OpenStreetMap raster tiles,
 * Tianditu (vector or imagery, each with its annotation layer), any MapLibre style, a PMTiles
 * archive. An online basemap is added to the existing style beneath the plan layers, replacing the
 * schematic `base-*` layers while it is shown; when it fails the map falls back to the offline base
 * with one message and tries the online one again in the background.
 *
 * Loaded with `import()` after the first screen. The map itself is reached only through
 * `BasemapHost` (the MapController).
 */

/** Every source and layer id of a basemap starts with this (the MapController relies on it). */
export const BASEMAP_PREFIX = 'basemap-';
export const EMBEDDED_ATTRIBUTION = BASEMAP_ZH.prefix + BASEMAP_ZH.embedded;

/** What a basemap adds to the map. */
export interface BasemapLayers {
  id: PresetId;
  sources: Record<string, SourceSpecification>;
  /** Bottom to top; inserted together beneath the plan layers. */
  layers: LayerSpecification[];
  /** Hide the project's schematic `base-*` layers (neighbours, rivers, roads) while shown. */
  hideEmbedded: boolean;
  /** HTML for the attribution control, replacing its `底图：…` part (text from configuration is escaped). */
  attribution: string;
  /** The provider's own attribution text (a style's or an archive's), to reword the attribution in another language. */
  providerText?: string | null;
}

/** A failed tile or TileJSON request of a source, as the MapController reports it. */
export interface SourceFailure {
  sourceId: string;
  /** HTTP status; null when the request never got one (offline, CORS, DNS). */
  status: number | null;
  url: string | null;
  message: string;
}

/** What the basemaps need from the map (MapController implements it). */
export interface BasemapHost {
  setBasemap(spec: BasemapLayers | null): Promise<void>;
  /** Rewords the attribution's basemap part (a change of language) without touching the layers; null: as at the start. */
  setBasemapAttribution(html: string | null): void;
  /** Tile and TileJSON failures of tile sources; returns the unsubscribe. */
  onSourceFailure(listener: (f: SourceFailure) => void): () => void;
  /** A tile of a source arrived; returns the unsubscribe. */
  onSourceTile(listener: (sourceId: string) => void): () => void;
  /** True while any of the sources still waits for tiles. */
  sourcesBusy(sourceIds: readonly string[]): boolean;
  /** Requests a source's tiles again (errored ones included). */
  refreshSource(sourceId: string): void;
  getCamera(): { center: [number, number]; zoom: number };
}

export type FailureKind =
  | 'missing-key'
  | 'offline'
  | 'timeout'
  | 'refused'
  | 'not-found'
  | 'cors'
  | 'network'
  | 'server'
  | 'no-range'
  | 'invalid';

export class BasemapFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly status: number | null = null,
    detail = '',
  ) {
    super(detail || kind);
  }
}

/* ---------------------------------------------------------------------------------------------- */
/* Presets */

export interface PresetInfo {
  id: PresetId;
  label: string;
  /** False when the configuration lacks what the preset needs (a key, a URL). */
  available: boolean;
  /** Why it is not available, for the picker. */
  reason: string | null;
}

export const MISSING_TIANDITU_KEY = BASEMAP_ZH.missingKey;

export function presetLabel(id: PresetId, c: BasemapConfig, words: BasemapWords = BASEMAP_ZH): string {
  if (id === 'style') return c.style.name ?? words.presets.style;
  if (id === 'pmtiles') return c.pmtiles.name ?? words.presets.pmtiles;
  return words.presets[id];
}

/** The picker's list: the configured presets, those that cannot work marked with the reason. */
export function presetsOf(c: BasemapConfig, words: BasemapWords = BASEMAP_ZH): PresetInfo[] {
  return c.presets.map((id) => {
    const label = presetLabel(id, c, words);
    if ((id === 'tianditu-vec' || id === 'tianditu-img') && !c.tianditu.key) return { id, label, available: false, reason: words.missingKey };
    if (id === 'style' && !c.style.url) return { id, label, available: false, reason: words.noStyleUrl };
    if (id === 'pmtiles' && !c.pmtiles.url) return { id, label, available: false, reason: words.noPmtilesUrl };
    return { id, label, available: true, reason: null };
  });
}

/* ---------------------------------------------------------------------------------------------- */
/* Attribution */

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Attribution HTML of foreign origin reduced to its text (MapLibre writes attribution as HTML). */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&copy;/gi, '©')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const link = (href: string, text: string) => `<a href="${href}" target="_blank" rel="noopener">${text}</a>`;

function reviewOf(id: PresetId, c: BasemapConfig): string | null {
  const own =
    id === 'osm'
      ? c.osm.reviewNumber
      : id === 'tianditu-vec' || id === 'tianditu-img'
        ? c.tianditu.reviewNumber
        : id === 'style'
          ? c.style.reviewNumber
          : id === 'pmtiles'
            ? c.pmtiles.reviewNumber
            : null;
  return own ?? c.reviewNumber;
}

/** `底图：<provider> · 审图号：…` for the attribution control. */
export function attributionOf(id: PresetId, c: BasemapConfig, providerText: string | null = null, words: BasemapWords = BASEMAP_ZH): string {
  const review = reviewOf(id, c);
  let provider: string;
  switch (id) {
    case 'embedded':
      provider = escapeHtml(words.embedded);
      break;
    case 'osm':
      provider = link('https://www.openstreetmap.org/copyright', escapeHtml(words.osm));
      break;
    case 'tianditu-vec':
    case 'tianditu-img':
      provider = link('https://www.tianditu.gov.cn/', escapeHtml(words.tianditu));
      break;
    case 'style':
      provider = escapeHtml(c.style.attribution ?? providerText ?? presetLabel(id, c, words));
      break;
    case 'pmtiles':
      provider = escapeHtml(c.pmtiles.attribution ?? providerText ?? presetLabel(id, c, words));
      break;
  }
  return `${words.prefix}${provider}${review ? ` · ${words.review}${escapeHtml(review)}` : ''}`;
}

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
function withHalo(layers: LayerSpecification[]): LayerSpecification[] {
  return [...layers, districtHalo()];
}

export function embeddedBasemap(c: BasemapConfig, words: BasemapWords = BASEMAP_ZH): BasemapLayers {
  return { id: 'embedded', sources: {}, layers: [], hideEmbedded: false, attribution: attributionOf('embedded', c, null, words) };
}

/* ---------------------------------------------------------------------------------------------- */
/* Tiles */

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

export type TiandituLayer = 'vec' | 'cva' | 'img' | 'cia';

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

function rasterLayer(id: string, source: string): LayerSpecification {
  return { id, type: 'raster', source, paint: { 'raster-fade-duration': 150 } };
}

/** OpenStreetMap raster tiles (or a mirror given in the configuration). */
export function osmBasemap(c: BasemapConfig): BasemapLayers {
  const source = `${BASEMAP_PREFIX}osm`;
  return {
    id: 'osm',
    sources: { [source]: { type: 'raster', tiles: expandSubdomains(c.osm.url), tileSize: 256, minzoom: 0, maxzoom: 19 } },
    layers: withHalo([rasterLayer(`${BASEMAP_PREFIX}osm`, source)]),
    hideEmbedded: true,
    attribution: attributionOf('osm', c),
  };
}

/** Tianditu vector (vec + cva) or imagery (img + cia); needs the key. */
export function tiandituBasemap(id: 'tianditu-vec' | 'tianditu-img', c: BasemapConfig): BasemapLayers {
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
  return { id, sources, layers: withHalo(layers), hideEmbedded: true, attribution: attributionOf(id, c) };
}

/* ---------------------------------------------------------------------------------------------- */
/* A foreign MapLibre style */

interface ForeignStyle {
  version: number;
  sources: Record<string, Record<string, unknown>>;
  layers: Record<string, unknown>[];
}

function isForeignStyle(s: unknown): s is ForeignStyle {
  if (typeof s !== 'object' || s === null) return false;
  const o = s as Record<string, unknown>;
  return o.version === 8 && typeof o.sources === 'object' && o.sources !== null && Array.isArray(o.layers);
}

const KEPT_SOURCE_TYPES = new Set(['vector', 'raster', 'raster-dem', 'geojson']);
const PATTERN_PAINT = ['fill-pattern', 'line-pattern', 'background-pattern', 'fill-extrusion-pattern'];

export interface ImportedStyle {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  /** Attribution text of its sources (tags removed). */
  attribution: string | null;
  /** What could not be brought over, for the console. */
  dropped: string[];
}

/**
 * A foreign style's sources and layers, ready to go beneath the plan: ids prefixed (no collision
 * with the plan's), relative URLs resolved against the style's URL. Limits, by design: the map has
 * one glyph set (the project's), so the foreign labels are drawn with it (Latin and digits) and the
 * system's CJK font, not in the style's own fonts; the style's sprite is not loaded, so its icons
 * and fill patterns are left out; terrain, sky and light are ignored; `mapbox://` URLs are not read.
 */
export function importStyle(style: unknown, styleUrl: string, prefix = `${BASEMAP_PREFIX}style-`): ImportedStyle {
  if (!isForeignStyle(style)) throw new BasemapFailure('invalid', null, '不是 MapLibre 样式（version 8、sources、layers）');
  const abs = (u: unknown) => (typeof u === 'string' && !/^mapbox:/i.test(u) ? new URL(u, styleUrl).href.replace(/%7B/g, '{').replace(/%7D/g, '}') : u);
  const sources: Record<string, SourceSpecification> = {};
  const dropped: string[] = [];
  const attributions: string[] = [];
  for (const [id, src] of Object.entries(style.sources)) {
    const type = typeof src.type === 'string' ? src.type : '';
    if (!KEPT_SOURCE_TYPES.has(type) || (typeof src.url === 'string' && /^mapbox:/i.test(src.url))) {
      dropped.push(`source ${id} (${type || 'no type'})`);
      continue;
    }
    const copy: Record<string, unknown> = { ...src };
    if (typeof copy.attribution === 'string') attributions.push(htmlToText(copy.attribution));
    delete copy.attribution;
    if ('url' in copy) copy.url = abs(copy.url);
    if (Array.isArray(copy.tiles)) copy.tiles = copy.tiles.map(abs);
    if (type === 'geojson' && typeof copy.data === 'string') copy.data = abs(copy.data);
    sources[prefix + id] = copy as unknown as SourceSpecification;
  }
  const layers: LayerSpecification[] = [];
  for (const raw of style.layers) {
    const id = typeof raw.id === 'string' ? raw.id : null;
    const type = typeof raw.type === 'string' ? raw.type : null;
    if (!id || !type) continue;
    const l: Record<string, unknown> = { ...raw, id: prefix + id };
    delete l.metadata;
    if (type !== 'background') {
      if (typeof raw.source !== 'string' || !sources[prefix + raw.source]) {
        dropped.push(`layer ${id}`);
        continue;
      }
      l.source = prefix + raw.source;
    }
    const layout = { ...((raw.layout as Record<string, unknown> | undefined) ?? {}) };
    const paint = { ...((raw.paint as Record<string, unknown> | undefined) ?? {}) };
    for (const p of PATTERN_PAINT) delete paint[p];
    if (type === 'symbol') {
      delete layout['icon-image'];
      if (layout['text-field'] === undefined) {
        dropped.push(`layer ${id} (icons only)`);
        continue;
      }
      layout['text-font'] = TEXT_FONT;
    }
    l.layout = layout;
    l.paint = paint;
    layers.push(l as unknown as LayerSpecification);
  }
  const attribution = [...new Set(attributions.filter(Boolean))].join(' · ') || null;
  return { sources, layers, attribution, dropped };
}

/* ---------------------------------------------------------------------------------------------- */
/* A PMTiles archive */

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

const POLY: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const LINE: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const POINT: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];

/**
 * A quiet drawing of any vector archive, by source-layer name (the protomaps basemap layers —
 * earth, water, landuse, roads, buildings, boundaries, places — and anything else generically), in
 * the colours of the offline base so the plan stays the loudest thing on the map.
 */
export function vectorBasemapLayers(source: string, vectorLayers: readonly string[]): LayerSpecification[] {
  const layers: LayerSpecification[] = [{ id: `${source}-background`, type: 'background', paint: { 'background-color': '#efece4' } }];
  const labels: LayerSpecification[] = [];
  for (const name of vectorLayers) {
    const base = `${source}-${name}`;
    const common = { source, 'source-layer': name };
    if (PLACE.test(name)) {
      labels.push({
        id: `${base}-label`,
        type: 'symbol',
        ...common,
        filter: POINT,
        layout: { 'text-field': ['coalesce', ['get', 'name:zh'], ['get', 'name_zh'], ['get', 'name']], 'text-font': TEXT_FONT, 'text-size': 12 },
        paint: { 'text-color': '#6b6255', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
      } as LayerSpecification);
      continue;
    }
    const fill = WATER.test(name) ? '#b9d3ea' : BUILDING.test(name) ? '#ded7ca' : GREEN.test(name) ? '#dfe6cf' : '#e6e2d8';
    const line = WATER.test(name) ? '#8fb6dc' : ROAD.test(name) ? '#ffffff' : BOUNDARY.test(name) ? '#a39b8b' : '#c9c1b1';
    layers.push({ id: `${base}-fill`, type: 'fill', ...common, filter: POLY, paint: { 'fill-color': fill } } as LayerSpecification);
    if (ROAD.test(name)) {
      layers.push({
        id: `${base}-casing`,
        type: 'line',
        ...common,
        filter: LINE,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': '#cfc7b8', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 15, 9] },
      } as LayerSpecification);
    }
    layers.push({
      id: `${base}-line`,
      type: 'line',
      ...common,
      filter: LINE,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': line,
        'line-width': ROAD.test(name) ? ['interpolate', ['linear'], ['zoom'], 8, 0.8, 15, 6] : 1,
        ...(BOUNDARY.test(name) ? { 'line-dasharray': [3, 2] } : {}),
      },
    } as LayerSpecification);
  }
  return [...layers, ...labels];
}

export function pmtilesBasemap(c: BasemapConfig, sourceUrl: string, info: PmtilesInfo): BasemapLayers {
  const source = `${BASEMAP_PREFIX}pmtiles`;
  const isVector = info.tileType === 1 || info.tileType === 6;
  if (!isVector && ![2, 3, 4, 5].includes(info.tileType)) throw new BasemapFailure('invalid', null, `PMTiles 瓦片类型 ${info.tileType} 无法显示`);
  const spec: SourceSpecification = isVector
    ? { type: 'vector', url: sourceUrl }
    : { type: 'raster', url: sourceUrl, tileSize: c.pmtiles.tileSize };
  return {
    id: 'pmtiles',
    sources: { [source]: spec },
    layers: withHalo(isVector ? vectorBasemapLayers(source, info.vectorLayers) : [rasterLayer(source, source)]),
    hideEmbedded: true,
    attribution: attributionOf('pmtiles', c, info.attribution),
    providerText: info.attribution,
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Network */

/** The browser, injectable for the unit tests. */
export interface Net {
  fetch: typeof fetch;
  online(): boolean;
  on(type: 'online' | 'offline', listener: () => void): () => void;
  setTimeout(f: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
  /** What relative URLs are resolved against. */
  baseUrl(): string;
}

export function browserNet(): Net {
  return {
    fetch: (...a) => fetch(...a),
    online: () => navigator.onLine !== false,
    on(type, listener) {
      window.addEventListener(type, listener);
      return () => window.removeEventListener(type, listener);
    },
    setTimeout: (f, ms) => window.setTimeout(f, ms),
    clearTimeout: (h) => window.clearTimeout(h as number),
    now: () => Date.now(),
    baseUrl: () => document.baseURI,
  };
}

export function kindOfStatus(status: number): FailureKind {
  if (status === 401 || status === 403 || status === 418 || status === 429) return 'refused';
  if (status === 404 || status === 410) return 'not-found';
  return 'server';
}

/** The status in an error that carries none as a field (the pmtiles package's "Bad response code: 404"). */
export function statusInMessage(message: string): number | null {
  const m = /\b(?:response code|status)\D{0,3}(\d{3})\b/i.exec(message);
  return m?.[1] ? Number(m[1]) : null;
}

/**
 * A request failed without a status while the browser is online: the server answered without CORS
 * permission (an opaque `no-cors` request then succeeds — Tianditu answers a refused key that way,
 * as HTTP 418 without CORS headers), or it could not be reached at all.
 */
export async function corsOrNetwork(url: string, net: Net, timeoutMs: number): Promise<FailureKind> {
  if (!net.online()) return 'offline';
  const ctl = new AbortController();
  const timer = net.setTimeout(() => ctl.abort(), timeoutMs);
  try {
    await net.fetch(url, { mode: 'no-cors', cache: 'no-store', signal: ctl.signal });
    return 'cors';
  } catch {
    return ctl.signal.aborted ? 'timeout' : net.online() ? 'network' : 'offline';
  } finally {
    net.clearTimeout(timer);
  }
}

/** `fetch` that throws a classified `BasemapFailure` for anything but a 2xx answer in time. */
export async function fetchOrFail(url: string, net: Net, timeoutMs: number, init: RequestInit = {}): Promise<Response> {
  if (!net.online()) throw new BasemapFailure('offline');
  const ctl = new AbortController();
  const timer = net.setTimeout(() => ctl.abort(), timeoutMs);
  let res: Response;
  try {
    res = await net.fetch(url, { cache: 'no-store', ...init, signal: ctl.signal });
  } catch (e) {
    if (ctl.signal.aborted) throw new BasemapFailure('timeout', null, `${url}: no answer in ${timeoutMs} ms`);
    throw new BasemapFailure(await corsOrNetwork(url, net, timeoutMs), null, `${url}: ${(e as Error).message}`);
  } finally {
    net.clearTimeout(timer);
  }
  if (!res.ok) throw new BasemapFailure(kindOfStatus(res.status), res.status, `${url}: HTTP ${res.status}`);
  return res;
}

function withTimeout<T>(p: Promise<T>, net: Net, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = net.setTimeout(() => reject(new BasemapFailure('timeout', null, `${what}: no answer in ${ms} ms`)), ms);
    p.then(
      (v) => {
        net.clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        net.clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/* ---------------------------------------------------------------------------------------------- */
/* Preparing a basemap: everything it needs, with one request that proves the server answers */

export interface PrepareContext {
  config: BasemapConfig;
  net: Net;
  camera: { center: [number, number]; zoom: number };
  /** 1 for the first try of a choice, then 2, 3 … for the retries. */
  attempt: number;
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

/**
 * Builds a preset's layers and makes one request that proves its server answers now (a tile at the
 * camera, the style JSON and its TileJSON, the PMTiles header). Throws a `BasemapFailure`.
 */
export async function prepareBasemap(id: PresetId, ctx: PrepareContext): Promise<BasemapLayers> {
  const { config: c, net } = ctx;
  const timeoutMs = c.timeoutSeconds * 1000;
  switch (id) {
    case 'embedded':
      return embeddedBasemap(c);
    case 'osm':
    case 'tianditu-vec':
    case 'tianditu-img': {
      const spec = id === 'osm' ? osmBasemap(c) : tiandituBasemap(id, c);
      const first = Object.values(spec.sources)[0];
      if (first && 'tiles' in first && first.tiles) {
        await fetchOrFail(probeTileUrl(first.tiles, ctx.camera, first.minzoom ?? 0, first.maxzoom ?? 18), net, timeoutMs);
      }
      return spec;
    }
    case 'style': {
      if (!c.style.url) throw new BasemapFailure('invalid', null, '未配置样式地址');
      const styleUrl = new URL(c.style.url, net.baseUrl()).href;
      const res = await fetchOrFail(styleUrl, net, timeoutMs, { headers: { Accept: 'application/json' } });
      let json: unknown;
      try {
        json = await res.json();
      } catch {
        throw new BasemapFailure('invalid', null, '样式不是 JSON');
      }
      const imported = importStyle(json, styleUrl);
      if (imported.dropped.length) console.warn(`basemap style ${styleUrl}: left out ${imported.dropped.join(', ')}`);
      // The TileJSON of its first tiled source: the style's tile server answers.
      const tileJson = Object.values(imported.sources).find((s) => 'url' in s && typeof s.url === 'string' && /^https?:/i.test(s.url));
      if (tileJson && 'url' in tileJson && tileJson.url) await fetchOrFail(tileJson.url, net, timeoutMs);
      return {
        id,
        sources: imported.sources,
        layers: withHalo(imported.layers),
        hideEmbedded: true,
        attribution: attributionOf('style', c, imported.attribution),
        providerText: imported.attribution,
      };
    }
    case 'pmtiles': {
      if (!c.pmtiles.url) throw new BasemapFailure('invalid', null, '未配置 PMTiles 地址');
      const raw = c.pmtiles.url.replace(/^pmtiles:\/\//, '');
      const url = new URL(raw, net.baseUrl()).href;
      // The protocol registration of the registry's tile layers (src/map/tileProtocols.ts), reused.
      await (await import('./tileProtocols.ts')).registerPmtilesProtocol();
      const info = await readPmtiles(url, ctx);
      // A retry gets a fresh archive reader in the protocol (it keeps failed reads of an archive).
      const sourceUrl = `pmtiles://${url}${ctx.attempt > 1 ? `#attempt-${ctx.attempt}` : ''}`;
      return pmtilesBasemap(c, sourceUrl, info);
    }
  }
}

/* ---------------------------------------------------------------------------------------------- */
/* Messages */

export function failureMessage(
  id: PresetId,
  c: BasemapConfig,
  f: { kind: FailureKind; status: number | null },
  words: BasemapWords = BASEMAP_ZH,
): string {
  return words.failure(presetLabel(id, c, words), f.kind, f.status, id === 'tianditu-vec' || id === 'tianditu-img');
}

/** URLs in logs without the Tianditu key. */
export function redactKey(text: string): string {
  return text.replace(/([?&]tk=)[^&\s]+/gi, '$1…');
}

export const LAYER_TILES_MESSAGE = BASEMAP_ZH.layerTiles;

/* ---------------------------------------------------------------------------------------------- */
/* The state machine */

export type BasemapPhase = 'embedded' | 'loading' | 'active' | 'fallback';

export interface BasemapStatus {
  presets: PresetInfo[];
  /** What the user (or the configuration) chose. */
  chosen: PresetId;
  /** What the map draws now. */
  shown: PresetId;
  phase: BasemapPhase;
  /** The one message about the network, or null. */
  message: string | null;
  /** Changes with each new failure (a dismissed message stays dismissed until the next). */
  messageId: number;
  failure: { kind: FailureKind; status: number | null } | null;
}

/** Errors that count as a failed basemap within this window, when some tiles have already loaded. */
const ERROR_WINDOW_MS = 10_000;
const ERRORS_TO_FAIL = 3;
const MAX_RETRY_MS = 300_000;
const WATCH_MS = 1000;

/**
 * Chooses, shows, watches and restores the basemap. One choice at a time; a failure (offline, an
 * HTTP error, a CORS refusal, a timeout) puts the offline base back with one message and keeps
 * trying in the background — at `retrySeconds`, doubling, and at once when the browser says it is
 * online again — until a request succeeds, then shows the chosen basemap again and clears the
 * message. Tile failures of other tile sources (the registry's tile layers) get one message too,
 * and those sources are reloaded when the network returns.
 */
export class BasemapManager {
  private readonly listeners = new Set<(s: BasemapStatus) => void>();
  private s: BasemapStatus;
  private token = 0;
  private attempt = 0;
  private spec: BasemapLayers | null = null;
  private activeAt = 0;
  private lastTileAt = 0;
  private tilesSinceActive = 0;
  private busySince: number | null = null;
  private errorTimes: number[] = [];
  private failing = false;
  private retryTimer: unknown = null;
  private retryMs: number;
  private watchTimer: unknown = null;
  private layerTrouble = new Set<string>();
  private layerRetryTimer: unknown = null;
  private readonly off: (() => void)[] = [];
  private destroyed = false;

  constructor(
    private readonly host: BasemapHost,
    private readonly config: BasemapConfig,
    private readonly net: Net = browserNet(),
    /** The interface language's words (setWords() changes them). */
    private words: BasemapWords = BASEMAP_ZH,
  ) {
    this.retryMs = config.retrySeconds * 1000;
    this.s = {
      presets: presetsOf(config, words),
      chosen: 'embedded',
      shown: 'embedded',
      phase: 'embedded',
      message: null,
      messageId: 0,
      failure: null,
    };
    this.off.push(host.onSourceFailure((f) => this.onSourceFailure(f)));
    this.off.push(host.onSourceTile((id) => this.onSourceTile(id)));
    this.off.push(net.on('online', () => this.onOnline()));
    this.off.push(net.on('offline', () => this.onOffline()));
  }

  get status(): BasemapStatus {
    return this.s;
  }

  subscribe(listener: (s: BasemapStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.s);
    return () => this.listeners.delete(listener);
  }

  private update(patch: Partial<BasemapStatus>): void {
    this.s = { ...this.s, ...patch };
    for (const l of this.listeners) l(this.s);
  }

  /**
   * Rewords the picker's list, the message and the attribution in another language. A reworded
   * message keeps its id: it is the same message, and a dismissed one stays dismissed.
   */
  setWords(words: BasemapWords): void {
    if (words === this.words || this.destroyed) return;
    const old = this.words;
    this.words = words;
    const m = this.s.message;
    const message = m === null ? null : m === old.layerTiles ? words.layerTiles : this.s.failure ? failureMessage(this.s.chosen, this.config, this.s.failure, words) : m;
    this.update({ presets: presetsOf(this.config, words), message });
    this.host.setBasemapAttribution(this.attributionOf(this.s.shown === 'embedded' ? null : this.spec));
  }

  /** The attribution of a spec (null: the embedded base) in the current words. */
  private attributionOf(spec: BasemapLayers | null): string {
    return spec ? attributionOf(spec.id, this.config, spec.providerText ?? null, this.words) : attributionOf('embedded', this.config, null, this.words);
  }

  /** Shows a preset (the offline base at once; an online one after its server answered). */
  async choose(id: PresetId): Promise<void> {
    if (this.destroyed) return;
    const token = ++this.token;
    this.attempt = 0;
    this.retryMs = this.config.retrySeconds * 1000;
    this.stopRetry();
    this.stopWatch();
    this.failing = false;
    if (id === 'embedded') {
      this.spec = null;
      this.update({ chosen: id, shown: 'embedded', phase: 'embedded', message: this.layerTrouble.size ? this.words.layerTiles : null, failure: null });
      await this.host.setBasemap(embeddedBasemap(this.config, this.words));
      return;
    }
    // A new choice is a new episode: the previous one's message goes.
    this.update({ chosen: id, phase: 'loading', message: null, failure: null });
    await this.tryShow(token);
  }

  /** Tries the chosen basemap now (the picker's 重试). */
  async retryNow(): Promise<void> {
    if (this.s.phase !== 'fallback') return;
    this.stopRetry();
    await this.tryShow(this.token);
  }

  private async tryShow(token: number): Promise<void> {
    const id = this.s.chosen;
    this.attempt++;
    let spec: BasemapLayers;
    try {
      spec = await prepareBasemap(id, { config: this.config, net: this.net, camera: this.host.getCamera(), attempt: this.attempt });
    } catch (e) {
      if (token !== this.token || this.destroyed) return;
      const f = e instanceof BasemapFailure ? e : new BasemapFailure('invalid', null, String(e));
      await this.fallBack(f.kind, f.status, f.message);
      return;
    }
    if (token !== this.token || this.destroyed) return;
    spec = { ...spec, attribution: this.attributionOf(spec) };
    this.spec = spec;
    this.activeAt = this.net.now();
    this.lastTileAt = 0;
    this.tilesSinceActive = 0;
    this.busySince = null;
    this.errorTimes = [];
    this.failing = false;
    this.retryMs = this.config.retrySeconds * 1000;
    await this.host.setBasemap(spec);
    if (token !== this.token || this.destroyed) return;
    this.update({ shown: id, phase: 'active', message: this.layerTrouble.size ? this.words.layerTiles : null, failure: null });
    this.startWatch();
  }

  private async fallBack(kind: FailureKind, status: number | null, detail: string): Promise<void> {
    const token = this.token;
    const wasFailing = this.s.phase === 'fallback';
    this.stopWatch();
    this.spec = null;
    const message = failureMessage(this.s.chosen, this.config, { kind, status }, this.words);
    // Still the same failure (a retry failed again): the message keeps its id, so it is not shown anew.
    this.update({
      shown: 'embedded',
      phase: 'fallback',
      message,
      messageId: wasFailing ? this.s.messageId : this.s.messageId + 1,
      failure: { kind, status },
    });
    if (!wasFailing) console.warn(`basemap ${this.s.chosen} failed (${kind}${status ? ` ${status}` : ''}): ${redactKey(detail)}`);
    await this.host.setBasemap(embeddedBasemap(this.config, this.words));
    if (token === this.token && kind !== 'missing-key') this.scheduleRetry();
  }

  private scheduleRetry(): void {
    this.stopRetry();
    const ms = this.retryMs;
    this.retryMs = Math.min(MAX_RETRY_MS, this.retryMs * 2);
    this.retryTimer = this.net.setTimeout(() => {
      this.retryTimer = null;
      if (this.s.phase !== 'fallback' || this.destroyed) return;
      if (!this.net.online()) {
        this.scheduleRetry();
        return;
      }
      void this.tryShow(this.token);
    }, ms);
  }

  private stopRetry(): void {
    if (this.retryTimer !== null) this.net.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** While an online basemap is shown: requests that hang count as a failure after `timeoutSeconds`. */
  private startWatch(): void {
    this.stopWatch();
    const tick = () => {
      this.watchTimer = null;
      if (this.s.phase !== 'active' || !this.spec || this.destroyed) return;
      const now = this.net.now();
      const busy = this.host.sourcesBusy(Object.keys(this.spec.sources));
      if (!busy) this.busySince = null;
      else this.busySince ??= now;
      const limit = this.config.timeoutSeconds * 1000;
      if (this.busySince !== null && now - this.busySince >= limit && now - Math.max(this.lastTileAt, this.activeAt) >= limit) {
        void this.fallBack('timeout', null, `no tile within ${limit} ms`);
        return;
      }
      this.watchTimer = this.net.setTimeout(tick, WATCH_MS);
    };
    this.watchTimer = this.net.setTimeout(tick, WATCH_MS);
  }

  private stopWatch(): void {
    if (this.watchTimer !== null) this.net.clearTimeout(this.watchTimer);
    this.watchTimer = null;
  }

  private isBasemapSource(sourceId: string): boolean {
    return sourceId.startsWith(BASEMAP_PREFIX);
  }

  private onSourceFailure(f: SourceFailure): void {
    if (this.destroyed) return;
    if (!this.isBasemapSource(f.sourceId)) {
      this.onLayerFailure(f);
      return;
    }
    if (this.s.phase !== 'active' || !this.spec || !(f.sourceId in this.spec.sources) || this.failing) return;
    const now = this.net.now();
    this.errorTimes = [...this.errorTimes.filter((t) => now - t < ERROR_WINDOW_MS), now];
    const kind: FailureKind | null = !this.net.online() ? 'offline' : f.status ? kindOfStatus(f.status) : null;
    // One failed tile among loaded ones may be a hiccup; a refused key, no network, nothing loaded
    // yet or several failures in a row are not.
    const decisive = kind === 'offline' || kind === 'refused' || this.tilesSinceActive === 0 || this.errorTimes.length >= ERRORS_TO_FAIL;
    if (!decisive) return;
    this.failing = true;
    const token = this.token;
    const classify = kind ? Promise.resolve(kind) : f.url ? corsOrNetwork(f.url, this.net, this.config.timeoutSeconds * 1000) : Promise.resolve<FailureKind>('network');
    void classify.then((k) => {
      if (token !== this.token || this.s.phase !== 'active') return;
      void this.fallBack(k, f.status, `${f.url ?? f.sourceId}: ${f.message}`);
    });
  }

  private onSourceTile(sourceId: string): void {
    if (this.spec && sourceId in this.spec.sources) {
      this.tilesSinceActive++;
      this.lastTileAt = this.net.now();
    }
    if (this.layerTrouble.delete(sourceId) && this.layerTrouble.size === 0) {
      if (this.layerRetryTimer !== null) this.net.clearTimeout(this.layerRetryTimer);
      this.layerRetryTimer = null;
      if (this.s.message === this.words.layerTiles) this.update({ message: null });
    }
  }

  /** A tile layer of the plan (not a basemap) failed: one message, a reload when the network returns. */
  private onLayerFailure(f: SourceFailure): void {
    const first = this.layerTrouble.size === 0;
    this.layerTrouble.add(f.sourceId);
    if (first) {
      console.warn(`tiles of ${f.sourceId} failed (${f.status ?? 'no status'}): ${f.url ?? ''} ${f.message}`);
      // The basemap's own message, when there is one, says more; it stays.
      if (this.s.message === null) this.update({ message: this.words.layerTiles, messageId: this.s.messageId + 1 });
      this.scheduleLayerRetry(this.config.retrySeconds * 1000);
    }
  }

  private scheduleLayerRetry(ms: number): void {
    if (this.layerRetryTimer !== null) this.net.clearTimeout(this.layerRetryTimer);
    this.layerRetryTimer = this.net.setTimeout(() => {
      this.layerRetryTimer = null;
      if (this.destroyed || this.layerTrouble.size === 0) return;
      if (this.net.online()) this.reloadTroubledLayers();
      this.scheduleLayerRetry(Math.min(MAX_RETRY_MS, ms * 2));
    }, ms);
  }

  private reloadTroubledLayers(): void {
    for (const id of this.layerTrouble) this.host.refreshSource(id);
  }

  private onOnline(): void {
    if (this.destroyed) return;
    if (this.layerTrouble.size) this.reloadTroubledLayers();
    if (this.s.phase === 'fallback' && this.s.failure?.kind !== 'missing-key') {
      this.stopRetry();
      this.retryMs = this.config.retrySeconds * 1000;
      void this.tryShow(this.token);
    }
  }

  private onOffline(): void {
    if (this.destroyed) return;
    if (this.s.phase === 'active' || this.s.phase === 'loading') {
      // A choice still loading ends in its own failure; an active one falls back now.
      if (this.s.phase === 'active') void this.fallBack('offline', null, 'the browser went offline');
    }
  }

  destroy(): void {
    this.destroyed = true;
    this.stopRetry();
    this.stopWatch();
    if (this.layerRetryTimer !== null) this.net.clearTimeout(this.layerRetryTimer);
    for (const f of this.off) f();
    this.listeners.clear();
  }
}
