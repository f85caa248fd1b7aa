import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, StyleSpecification, VectorSourceSpecification } from 'maplibre-gl';
import type { LngLat } from '../../core/geometry/bbox.ts';
import type { PlanFeature } from '../../core/featureSchema.ts';
import type { LayerEntry, TileSource } from '../../core/layerRegistry.ts';
import { toRenderCollection } from '../../core/renderFeatures.ts';

export const SELECTION_SOURCE = 'selection';

export const sourceId = (layerId: string) => `src-${layerId}`;
/** Label points: one per polygon feature (MapLibre would label every part of a multipolygon). */
export const labelSourceId = (layerId: string) => `src-${layerId}-labels`;

/**
 * Polygons become one label point each (inside the shape: the build's anchor, FeatureStore
 * `anchors`); points keep theirs (unless `points: false`: a clustering layer names them from the
 * clustered source); lines are labelled along themselves.
 */
export function toLabelCollection(features: PlanFeature[], anchors: ReadonlyMap<string, LngLat>, o: { points: boolean } = { points: true }): FeatureCollection {
  const rendered = toRenderCollection(features);
  return {
    type: 'FeatureCollection',
    features: rendered.features.flatMap((f) => {
      if (f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString') return [];
      if (f.geometry.type === 'Point' && !o.points) return [];
      const at = f.geometry.type === 'Point' ? f.geometry.coordinates : anchors.get(String(f.properties?.id));
      return at ? [{ ...f, geometry: { type: 'Point' as const, coordinates: at } }] : [];
    }),
  };
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
export function onTiles(layers: LayerSpecification[], sourceLayer: string): LayerSpecification[] {
  return layers.filter((m) => m.type !== 'symbol').map((m) => ({ ...m, 'source-layer': sourceLayer }) as LayerSpecification);
}

/**
 * Ids of the map layers that a click or tap can select, per registry layer. Not those of `tiles`
 * layers: their features are not in the FeatureStore, so a click could not open a popup. Only the
 * ones its draw type makes: a fill layer has no `-line`.
 */
export function interactiveLayerIds(layers: LayerEntry[]): string[] {
  // As planLayers draws them: each part the draw mode holds and the look gives.
  return layers
    .filter((l) => l.role === 'plan' && !l.tiles)
    .flatMap((l) => {
      const areas = l.draw === 'fill' || l.draw === 'mixed';
      const lines = l.draw === 'line' || l.draw === 'mixed';
      const points = l.draw === 'point' || l.draw === 'mixed';
      return [
        ...(areas && l.look.fill ? ['-fill'] : []),
        ...(lines && l.look.line ? ['-line'] : []),
        ...(lines && l.look.line?.schematicDash ? ['-line-dashed'] : []),
        ...(points && l.look.point ? ['-point'] : []),
      ].map((s) => `${l.id}${s}`);
    });
}

/** All map layer ids that belong to one registry layer (for visibility): on its sources, or marked as its own on a shared one. */
export function mapLayerIdsOf(style: StyleSpecification, layerId: string): string[] {
  const own = new Set([sourceId(layerId), labelSourceId(layerId)]);
  const mine = (l: LayerSpecification) => (l.metadata as { layer?: unknown } | undefined)?.layer === layerId;
  return style.layers.filter((l) => 'source' in l && (own.has(l.source) || mine(l))).map((l) => l.id);
}
