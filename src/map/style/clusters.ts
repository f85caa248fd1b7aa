import type { ExpressionSpecification, FilterSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { LayerEntry } from '../../core/layerRegistry.ts';
import type { Palette } from '../../core/palette.ts';
import { toRenderCollection } from '../../core/renderFeatures.ts';
import { TEXT_FONT } from './glyphs.ts';

/**
 * The plan's points in one clustered source: at low zoom the points of every clustering layer that lie
 * close together are drawn as one circle with their count (a click zooms in to where they part); each
 * layer's point layers draw the points that are not in a cluster from the same source. Which layers
 * cluster is data (`point.cluster` in geo/layers.json); the clusters' look is here.
 */
export const POINTS_SOURCE = 'src-plan-points';
export const CLUSTER_LAYER = 'plan-clusters';
export const CLUSTER_COUNT_LAYER = 'plan-clusters-count';

/** Screen pixels within which points join a cluster. */
const CLUSTER_RADIUS = 32;
/** The last zoom with clusters: above it every point is drawn on its own. */
export const CLUSTER_MAX_ZOOM = 14;

/** Whether a registry layer's points go into the clustered source. */
export function clustersPoints(l: LayerEntry): boolean {
  return l.role === 'plan' && !l.tiles && (l.draw === 'point' || l.draw === 'mixed') && l.look.point?.cluster === true;
}

/** The features of one registry layer in the clustered source (`layer` is a render property). */
export const ofLayer = (layerId: string): ExpressionSpecification => ['==', ['get', 'layer'], layerId];
/** A point drawn on its own, not a cluster. */
export const UNCLUSTERED: ExpressionSpecification = ['!', ['has', 'point_count']];

/** The points of the clustering layers; `cluster: false` draws each on its own (the presentation). */
export function pointsSource(store: FeatureStore, cluster: boolean): GeoJSONSourceSpecification {
  const features = store.layers.filter(clustersPoints).flatMap((l) => (store.byLayer.get(l.id)?.features ?? []).filter((f) => f.geometry?.type === 'Point'));
  return {
    type: 'geojson',
    data: toRenderCollection(features),
    cluster,
    clusterRadius: CLUSTER_RADIUS,
    clusterMaxZoom: CLUSTER_MAX_ZOOM,
  };
}

/** The data of the clustered source as built (to send again with a new filter). */
export function pointsData(source: unknown): FeatureCollection | null {
  const data = (source as { data?: unknown } | undefined)?.data;
  return data && typeof data === 'object' ? (data as FeatureCollection) : null;
}

/**
 * What the clusters count: the points of the layers shown that pass each layer's filter (null: all,
 * false: none), so that a count never includes a point that is hidden or filtered out.
 */
export function clusterFilter(layerIds: readonly string[], shown: (layerId: string) => boolean, filterFor: (layerId: string) => FilterSpecification | null): FilterSpecification {
  const parts: FilterSpecification[] = [];
  for (const id of layerIds) {
    if (!shown(id)) continue;
    const f = filterFor(id);
    if (f === false) continue;
    parts.push(f === null || f === true ? ofLayer(id) : (['all', ofLayer(id), f] as FilterSpecification));
  }
  return parts.length === 0 ? false : (['any', ...parts] as FilterSpecification);
}

/** The cluster circles (over the plan's geometry) and their counts (over every other label). */
export function clusterLayers(p: Palette): { circles: LayerSpecification; counts: LayerSpecification } {
  return {
    circles: {
      id: CLUSTER_LAYER,
      type: 'circle',
      source: POINTS_SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': p.labelHalo,
        'circle-opacity': 0.92,
        'circle-stroke-color': p.label,
        'circle-stroke-width': 1.5,
        'circle-radius': ['step', ['get', 'point_count'], 12, 5, 14, 10, 17, 25, 20],
      },
    },
    counts: {
      id: CLUSTER_COUNT_LAYER,
      type: 'symbol',
      source: POINTS_SOURCE,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['to-string', ['get', 'point_count']],
        'text-font': TEXT_FONT,
        'text-size': 12.5,
        // A count belongs to its circle: always drawn, and the other labels keep clear of the circle
        // (the padding reserves about its size around the count).
        'text-allow-overlap': true,
        'text-padding': 9,
      },
      paint: { 'text-color': p.label },
    },
  };
}
