import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { CLUSTER_LAYER, POINTS_SOURCE } from './style/index.ts';

/**
 * A click or tap on a cluster zooms in to the zoom where its points part (MapLibre's
 * `getClusterExpansionZoom`), centred on it; it jumps when the user prefers reduced motion. Returns
 * the click handler: true when the click was a cluster's (then nothing else takes it).
 */
export function clusterClicks(map: MlMap, reducedMotion: () => boolean): (point: { x: number; y: number }) => boolean {
  map.on('mouseenter', CLUSTER_LAYER, () => (map.getCanvas().style.cursor = 'pointer'));
  map.on('mouseleave', CLUSTER_LAYER, () => (map.getCanvas().style.cursor = ''));
  return (point) => {
    if (!map.getLayer(CLUSTER_LAYER) || map.getLayoutProperty(CLUSTER_LAYER, 'visibility') === 'none') return false;
    const hit = map.queryRenderedFeatures([point.x, point.y], { layers: [CLUSTER_LAYER] })[0];
    const clusterId = hit?.properties.cluster_id as unknown;
    if (!hit || typeof clusterId !== 'number' || hit.geometry.type !== 'Point') return false;
    const center = hit.geometry.coordinates as [number, number];
    void map
      .getSource<GeoJSONSource>(POINTS_SOURCE)
      ?.getClusterExpansionZoom(clusterId)
      .then((zoom) => {
        const to = { center, zoom: Math.min(zoom + 0.25, map.getMaxZoom()) };
        if (reducedMotion()) map.jumpTo(to);
        else map.easeTo({ ...to, duration: 600 });
      })
      // A cluster gone meanwhile (the filters changed): nothing to zoom to.
      .catch(() => {});
    return true;
  };
}
