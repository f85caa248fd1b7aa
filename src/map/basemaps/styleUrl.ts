import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { TEXT_FONT } from '../style/index.ts';
import { htmlToText } from './attribution.ts';
import { fetchOrFail } from './net.ts';
import type { BasemapProvider } from './provider.ts';
import { BASEMAP_PREFIX, BasemapFailure } from './types.ts';

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

/** Any MapLibre style by URL: the style JSON, then the TileJSON of its first tiled source, prove its servers answer. */
export const styleProvider: BasemapProvider = {
  async prepare({ config: c, net }) {
    const timeoutMs = c.timeoutSeconds * 1000;
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
      id: 'style',
      sources: imported.sources,
      layers: imported.layers,
      hideEmbedded: true,
      providerText: imported.attribution,
    };
  },
};
