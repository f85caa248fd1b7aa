import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureStore } from '../../core/featureStore.ts';
import { layerWithPurpose } from '../../core/layerRegistry.ts';
import type { ColourBy, Palette } from '../../core/palette.ts';
import { toRenderCollection } from '../../core/renderFeatures.ts';
import { baseLayers } from './base.ts';
import type { Lang } from './labels.ts';
import { planLayers } from './plan.ts';
import { selectionLayers } from './selection.ts';
import { withSharedPrograms } from './programs.ts';
import { clusterLayers, clustersPoints, POINTS_SOURCE, pointsSource } from './clusters.ts';
import { STATUS_YEAR_DEFAULTS } from '../statusYear.ts';
import { labelSourceId, onTiles, SELECTION_SOURCE, sourceId, tileSourceOf, toLabelCollection } from './sources.ts';

export interface StyleOptions {
  palette: Palette;
  lang: Lang;
  /** The district source's attribution line in the interface language. @default the Chinese one */
  districtSource?: string;
  /** Absolute URL template of the shipped glyphs, e.g. `https://host/app/glyphs/{fontstack}/{range}.pbf`. */
  glyphsUrl: string;
  /** What the plan's places are coloured by (src/map/colourBy.ts switches it later). @default 'status' */
  colourBy?: ColourBy;
  /** Whether close points join in clusters at low zoom (src/map/style/clusters.ts). @default true */
  clusters?: boolean;
}

/**
 * The whole map style, built from the layer registry's looks and the palette. The offline base
 * (neighbours, rivers, roads) is made of the project's own base layers, so the first screen needs no
 * network.
 */
export function buildStyle(store: FeatureStore, o: StyleOptions): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  const district = layerWithPurpose(store.layers, 'district');
  for (const l of store.layers) {
    if (l.tiles) {
      sources[sourceId(l.id)] = tileSourceOf(l.tiles);
      continue;
    }
    sources[sourceId(l.id)] = {
      type: 'geojson',
      data: toRenderCollection(store.byLayer.get(l.id)?.features ?? []),
      promoteId: 'id',
      attribution: l === district ? (o.districtSource ?? '区界：公开行政区划数据（GCJ-02 转 WGS-84，简化）') : l.attribution?.[o.lang],
    };
    if (l.role === 'plan' || l.draw === 'fill') {
      sources[labelSourceId(l.id)] = {
        type: 'geojson',
        data: toLabelCollection(store.byLayer.get(l.id)?.features ?? [], store.anchors, { points: !clustersPoints(l) }),
      };
    }
  }
  sources[POINTS_SOURCE] = pointsSource(store, o.clusters ?? true);
  const clusters = clusterLayers(o.palette);
  sources[SELECTION_SOURCE] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  // Base layers first, then plan layers in registry order, labels of all on top of all geometry.
  // Ground layers go lowest so that the base map's rivers and roads stay visible inside the district.
  const ordered = [...store.layers.filter((l) => l.role === 'base'), ...store.layers.filter((l) => l.role === 'plan')];
  const geometry: LayerSpecification[] = [];
  const labels: LayerSpecification[] = [];
  for (const l of [...ordered.filter((x) => x.look.ground), ...ordered.filter((x) => !x.look.ground)]) {
    const drawn = l.role === 'base' ? baseLayers(l, o.palette, o.lang) : planLayers(l, o.palette, o.lang, o.colourBy);
    const made = l.tiles ? onTiles(drawn, l.tiles.sourceLayer) : drawn;
    for (const m of made) (m.type === 'symbol' ? labels : geometry).push(m);
  }
  return {
    version: 8,
    name: 'xinglongtai-plan',
    glyphs: o.glyphsUrl,
    state: STATUS_YEAR_DEFAULTS,
    sources,
    // Each layer type's paint written one way (programs.ts): the map links one shader program per type.
    layers: ([
      { id: 'background', type: 'background', paint: { 'background-color': o.palette.background } },
      ...geometry,
      clusters.circles,
      ...selectionLayers(o.palette),
      ...labels,
      clusters.counts,
    ] satisfies LayerSpecification[]).map(withSharedPrograms),
  };
}
