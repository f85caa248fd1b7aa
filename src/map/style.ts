import type {
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
  VectorSourceSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { anchorOf } from '../core/geometry/anchor.ts';
import type { PlanFeature } from '../core/featureSchema.ts';
import type { FeatureStore } from '../core/featureStore.ts';
import type { LayerEntry, TileSource } from '../core/layerRegistry.ts';
import type { Palette } from '../core/palette.ts';

export type Lang = 'zh' | 'en';

/** Font stack shipped under public/glyphs (Latin, digits, punctuation); CJK is drawn locally. */
export const TEXT_FONT = ['Noto Sans Regular'];
export const LOCAL_IDEOGRAPH_FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export const SELECTION_SOURCE = 'selection';

export const sourceId = (layerId: string) => `src-${layerId}`;
/** Label points: one per polygon feature (MapLibre would label every part of a multipolygon). */
export const labelSourceId = (layerId: string) => `src-${layerId}-labels`;

const POLYGON: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const LINE: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const POINT: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];
const SCHEMATIC: ExpressionSpecification = ['==', ['get', 'accuracy'], 'schematic'];
const NOT_SCHEMATIC: ExpressionSpecification = ['!=', ['get', 'accuracy'], 'schematic'];

/**
 * MapLibre flattens nested properties to JSON strings, so the map gets a flat copy of what it draws
 * with; the full properties stay in the FeatureStore and are looked up by id.
 */
export function toRenderCollection(features: PlanFeature[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        id: f.properties.id,
        layer: f.properties.layer,
        kind: f.properties.kind,
        status: f.properties.status,
        accuracy: f.properties.accuracy,
        period: f.properties.period,
        nameZh: f.properties.name.zh,
        nameEn: f.properties.name.en,
        fromYear: fromYearOf(f),
        subdistrict: f.properties.subdistrict ?? null,
      },
    })),
  };
}

/** The first year a feature belongs to the plan shown by the time control: its start year, else its plan period's. */
export function fromYearOf(f: PlanFeature): number {
  const p = f.properties;
  if (p.startYear !== undefined) return p.startYear;
  return p.period === '13th-plan' ? 2016 : p.period === '14th-plan' ? 2021 : 0;
}

function statusColor(p: Palette): ExpressionSpecification {
  const pairs = Object.entries(p.status).flatMap(([k, v]) => [k, v]);
  return ['match', ['get', 'status'], ...pairs, p.status.existing] as unknown as ExpressionSpecification;
}

/** The labels' text: the feature's name in the interface language. */
export function labelText(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'zh' ? 'nameZh' : 'nameEn'];
}

/** True for a `text-field` made by labelText (in either language), so a change of language can swap it. */
export function isNameLabel(textField: unknown): boolean {
  return Array.isArray(textField) && textField.length === 2 && textField[0] === 'get' && (textField[1] === 'nameZh' || textField[1] === 'nameEn');
}

/**
 * A `tiles` layer's source: a static `{z}/{x}/{y}.pbf` tree or a PMTiles archive (read through the
 * `pmtiles://` protocol, src/map/tileProtocols.ts). The URL is absolute by now (src/data/appData.ts).
 */
export function tileSourceOf(t: TileSource): VectorSourceSpecification {
  const common = { attribution: t.attribution, ...(t.bounds ? { bounds: t.bounds } : {}) };
  if (t.url.startsWith('pmtiles://')) return { type: 'vector', url: t.url, ...common };
  return { type: 'vector', tiles: [t.url], minzoom: t.minzoom ?? 0, maxzoom: t.maxzoom ?? 14, ...common };
}

/**
 * The same drawing on vector tiles: every geometry layer reads the tiles' source layer. No labels:
 * a city-wide layer has too many features to label, and no label points are precomputed for it.
 */
function onTiles(layers: LayerSpecification[], sourceLayer: string): LayerSpecification[] {
  return layers.filter((m) => m.type !== 'symbol').map((m) => ({ ...m, 'source-layer': sourceLayer }) as LayerSpecification);
}

/**
 * Ids of the map layers that a click or tap can select, per registry layer. Not those of `tiles`
 * layers: their features are not in the FeatureStore, so a click could not open a popup.
 */
export function interactiveLayerIds(layers: LayerEntry[]): string[] {
  return layers
    .filter((l) => l.role === 'plan' && !l.tiles)
    .flatMap((l) => [`${l.id}-fill`, `${l.id}-line`, `${l.id}-line-dashed`, `${l.id}-point`]);
}

/** All map layer ids that belong to one registry layer (for visibility). */
export function mapLayerIdsOf(style: StyleSpecification, layerId: string): string[] {
  const own = new Set([sourceId(layerId), labelSourceId(layerId)]);
  return style.layers.filter((l) => 'source' in l && own.has(l.source)).map((l) => l.id);
}

/** Polygons become one label point each (inside the shape); points keep theirs; lines are labelled along themselves. */
export function toLabelCollection(features: PlanFeature[]): FeatureCollection {
  const rendered = toRenderCollection(features);
  return {
    type: 'FeatureCollection',
    features: rendered.features
      .filter((f) => f.geometry.type !== 'LineString' && f.geometry.type !== 'MultiLineString')
      .map((f) => ({ ...f, geometry: { type: 'Point', coordinates: anchorOf(f.geometry) } })),
  };
}

function baseLayers(l: LayerEntry, p: Palette, lang: Lang): LayerSpecification[] {
  const source = sourceId(l.id);
  const visibility = l.visible ? 'visible' : 'none';
  switch (l.id) {
    case 'base-admin':
      return [
        { id: `${l.id}-fill`, type: 'fill', source, layout: { visibility }, paint: { 'fill-color': p.neighbourFill } },
        {
          id: `${l.id}-line`,
          type: 'line',
          source,
          layout: { visibility },
          paint: { 'line-color': p.neighbourLine, 'line-width': 1.2 },
        },
        {
          id: `${l.id}-label`,
          type: 'symbol',
          source: labelSourceId(l.id),
          layout: {
            visibility,
            'text-field': labelText(lang),
            'text-font': TEXT_FONT,
            'text-size': 15,
            'text-letter-spacing': 0.2,
          },
          paint: { 'text-color': p.neighbourLine, 'text-halo-color': p.neighbourFill, 'text-halo-width': 1.5 },
        },
      ];
    case 'base-rivers':
      return [
        {
          id: `${l.id}-line`,
          type: 'line',
          source,
          layout: { visibility, 'line-cap': 'round', 'line-join': 'round' },
          paint: {
            'line-color': p.water,
            'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1.5, 14, 6],
          },
        },
        {
          id: `${l.id}-label`,
          type: 'symbol',
          source,
          minzoom: 10,
          layout: {
            visibility,
            'symbol-placement': 'line',
            'text-field': labelText(lang),
            'text-font': TEXT_FONT,
            'text-size': 12,
          },
          paint: { 'text-color': '#2f6aa3', 'text-halo-color': p.labelHalo, 'text-halo-width': 1.5 },
        },
      ];
    case 'base-roads':
      return [
        {
          id: `${l.id}-casing`,
          type: 'line',
          source,
          layout: { visibility, 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': p.roadCasing, 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 2, 15, 10] },
        },
        {
          id: `${l.id}-line`,
          type: 'line',
          source,
          layout: { visibility, 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': p.road, 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1, 15, 7] },
        },
        {
          id: `${l.id}-label`,
          type: 'symbol',
          source,
          minzoom: 11.5,
          layout: {
            visibility,
            'symbol-placement': 'line',
            'text-field': labelText(lang),
            'text-font': TEXT_FONT,
            'text-size': 12,
          },
          paint: { 'text-color': '#5b5346', 'text-halo-color': p.labelHalo, 'text-halo-width': 1.5 },
        },
      ];
    default:
      return [];
  }
}

function planLayers(l: LayerEntry, p: Palette, lang: Lang): LayerSpecification[] {
  const source = sourceId(l.id);
  const visibility = l.visible ? 'visible' : 'none';
  const color = statusColor(p);
  const isDistrict = l.id === 'district';
  const isSub = l.id === 'subdistricts';
  const out: LayerSpecification[] = [];
  if (l.draw === 'fill' || l.draw === 'mixed') {
    out.push({
      id: `${l.id}-fill`,
      type: 'fill',
      source,
      filter: POLYGON,
      layout: { visibility },
      paint: {
        'fill-color': isDistrict ? p.districtFill : isSub ? p.subdistrictLine : color,
        // The district and sub-district fills only catch clicks; plan areas are tinted by status.
        'fill-opacity': isDistrict ? 1 : isSub ? 0.04 : 0.3,
      },
    });
    out.push({
      id: `${l.id}-outline`,
      type: 'line',
      source,
      filter: ['all', POLYGON, NOT_SCHEMATIC],
      layout: { visibility, 'line-join': 'round' },
      paint: {
        'line-color': isDistrict ? p.districtLine : color,
        'line-width': isDistrict ? 2.5 : 2,
      },
    });
    out.push({
      id: `${l.id}-outline-dashed`,
      type: 'line',
      source,
      filter: ['all', POLYGON, SCHEMATIC],
      layout: { visibility, 'line-join': 'round' },
      paint: {
        'line-color': isSub ? p.subdistrictLine : color,
        'line-width': isSub ? 1.5 : 2,
        'line-dasharray': [3, 2],
      },
    });
  }
  if (l.draw === 'line' || l.draw === 'mixed') {
    out.push({
      id: `${l.id}-line`,
      type: 'line',
      source,
      filter: ['all', LINE, NOT_SCHEMATIC],
      layout: { visibility, 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 3, 15, 7] },
    });
    out.push({
      id: `${l.id}-line-dashed`,
      type: 'line',
      source,
      filter: ['all', LINE, SCHEMATIC],
      layout: { visibility, 'line-join': 'round' },
      paint: {
        'line-color': color,
        'line-width': ['interpolate', ['linear'], ['zoom'], 9, 3, 15, 7],
        'line-dasharray': [2, 1.5],
      },
    });
  }
  if (l.draw === 'point' || l.draw === 'mixed') {
    out.push({
      id: `${l.id}-point`,
      type: 'circle',
      source,
      filter: POINT,
      layout: { visibility },
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 4.5, 15, 9],
        // Schematic points are hollow: the site is not known, only the part of town.
        'circle-color': ['case', SCHEMATIC, '#ffffff', color],
        'circle-stroke-color': color,
        'circle-stroke-width': ['case', SCHEMATIC, 2.5, 1.5],
      },
    });
  }
  const labelLayout = {
    visibility,
    'text-field': labelText(lang),
    'text-font': TEXT_FONT,
    'text-size': isDistrict ? 18 : isSub ? 13 : 12.5,
    'text-max-width': 8,
  } as const;
  const labelPaint = {
    'text-color': isSub ? p.subdistrictLine : p.label,
    'text-halo-color': p.labelHalo,
    'text-halo-width': 1.6,
  };
  out.push({
    id: `${l.id}-label`,
    type: 'symbol',
    source: labelSourceId(l.id),
    minzoom: isDistrict ? 0 : isSub ? 10.5 : l.draw === 'point' ? 12 : 11,
    layout: {
      ...labelLayout,
      // Point labels sit under their marker and may be dropped before the marker is.
      'text-offset': l.draw === 'fill' ? [0, 0] : [0, 1.1],
      'text-anchor': l.draw === 'fill' ? 'center' : 'top',
      'text-optional': true,
    },
    paint: labelPaint,
  });
  if (l.draw === 'line' || l.draw === 'mixed') {
    out.push({
      id: `${l.id}-label-line`,
      type: 'symbol',
      source,
      filter: LINE,
      minzoom: 11,
      layout: { ...labelLayout, 'symbol-placement': 'line' },
      paint: labelPaint,
    });
  }
  return out;
}

function selectionLayers(p: Palette): LayerSpecification[] {
  return [
    {
      id: 'selection-outline',
      type: 'line',
      source: SELECTION_SOURCE,
      filter: ['!', POINT],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.selection, 'line-width': 4, 'line-opacity': 0.9 },
    },
    {
      id: 'selection-point',
      type: 'circle',
      source: SELECTION_SOURCE,
      filter: POINT,
      paint: {
        'circle-radius': 13,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': p.selection,
        'circle-stroke-width': 3.5,
      },
    },
  ];
}

export interface StyleOptions {
  palette: Palette;
  lang: Lang;
  /** The district source's attribution line in the interface language. @default the Chinese one */
  districtSource?: string;
  /** Absolute URL template of the shipped glyphs, e.g. `https://host/app/glyphs/{fontstack}/{range}.pbf`. */
  glyphsUrl: string;
}

/**
 * The whole map style, built from the layer registry and the palette. The offline base (neighbours,
 * rivers, roads) is made of the project's own `base-*` layers, so the first screen needs no network.
 */
export function buildStyle(store: FeatureStore, o: StyleOptions): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  for (const l of store.layers) {
    if (l.tiles) {
      sources[sourceId(l.id)] = tileSourceOf(l.tiles);
      continue;
    }
    sources[sourceId(l.id)] = {
      type: 'geojson',
      data: toRenderCollection(store.byLayer.get(l.id)?.features ?? []),
      promoteId: 'id',
      attribution: l.id === 'district' ? (o.districtSource ?? '区界：公开行政区划数据（GCJ-02 转 WGS-84，简化）') : undefined,
    };
    if (l.role === 'plan' || l.draw === 'fill') {
      sources[labelSourceId(l.id)] = {
        type: 'geojson',
        data: toLabelCollection(store.byLayer.get(l.id)?.features ?? []),
      };
    }
  }
  sources[SELECTION_SOURCE] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': o.palette.background } },
  ];
  // Base layers first, then plan layers in registry order, labels of all on top of all geometry.
  const ordered = [...store.layers.filter((l) => l.role === 'base'), ...store.layers.filter((l) => l.role === 'plan')];
  // The district sits under the base roads and rivers so that they stay visible inside it.
  const district = ordered.filter((l) => l.id === 'district');
  const rest = ordered.filter((l) => l.id !== 'district');
  const geometry: LayerSpecification[] = [];
  const labels: LayerSpecification[] = [];
  const admin = rest.filter((l) => l.id === 'base-admin');
  const others = rest.filter((l) => l.id !== 'base-admin');
  for (const l of [...admin, ...district, ...others]) {
    const drawn = l.role === 'base' ? baseLayers(l, o.palette, o.lang) : planLayers(l, o.palette, o.lang);
    const made = l.tiles ? onTiles(drawn, l.tiles.sourceLayer) : drawn;
    for (const m of made) (m.type === 'symbol' ? labels : geometry).push(m);
  }
  return {
    version: 8,
    name: 'xinglongtai-plan',
    glyphs: o.glyphsUrl,
    sources,
    layers: [...layers, ...geometry, ...selectionLayers(o.palette), ...labels],
  };
}
