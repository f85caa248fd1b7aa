/** The map style made from the layer registry's looks and a palette; what the rest of the map imports. */
export { buildStyle, type StyleOptions } from './build.ts';
export { geometryIs, type GeometryKind } from './expressions.ts';
export { glyphsUrl, LOCAL_IDEOGRAPH_FONT_FAMILY, TEXT_FONT } from './glyphs.ts';
export { isNameLabel, labelText, type Lang } from './labels.ts';
export { CLUSTER_COUNT_LAYER, CLUSTER_LAYER, CLUSTER_MAX_ZOOM, clusterFilter, clustersPoints, POINTS_SOURCE, pointsData } from './clusters.ts';
export {
  interactiveLayerIds,
  labelSourceId,
  mapLayerIdsOf,
  SELECTION_SOURCE,
  sourceId,
  tileSourceOf,
  toLabelCollection,
} from './sources.ts';
export { fromYearOf, toRenderCollection } from '../../core/renderFeatures.ts';
