import type { GeoJSONSource, GeoJSONSourceSpecification, LayerSpecification, Map as MlMap } from 'maplibre-gl';
import { geometryIs } from '../style/expressions.ts';
import type { MapOverlay } from './MapOverlay.ts';

export const POLYGONS = geometryIs('polygon');
export const POINTS = geometryIs('point');

type OverlayLayer = Exclude<LayerSpecification, { type: 'background' }>;

/**
 * An overlay of one GeoJSON source (`overlay-<name>`) and its layers. The source is looked up by id
 * on every change: after a lost WebGL context MapLibre rebuilds the style with new source objects.
 */
export class GeoJsonOverlay implements MapOverlay {
  readonly sourceId: string;
  readonly layerIds: readonly string[];
  private data: GeoJSON.GeoJSON | string;
  private map: MlMap | null = null;

  constructor(
    readonly rank: number,
    name: string,
    private readonly layers: readonly OverlayLayer[],
    /** The features, or the URL MapLibre's worker loads them from (no copy through the main thread). */
    data: GeoJSON.GeoJSON | string = { type: 'FeatureCollection', features: [] },
    /** More of the source's options (e.g. its tile buffer). */
    private readonly sourceOptions: Omit<Partial<GeoJSONSourceSpecification>, 'type' | 'data'> = {},
  ) {
    this.sourceId = `overlay-${name}`;
    this.layerIds = layers.map((l) => l.id);
    this.data = data;
  }

  /** Replaces what is drawn (kept until the overlay is added when it is not yet). */
  setData(data: GeoJSON.GeoJSON | string): void {
    this.data = data;
    this.map?.getSource<GeoJSONSource>(this.sourceId)?.setData(data);
  }

  onAdd(map: MlMap, beforeId: string | undefined): void {
    this.map = map;
    // A source of the same id left by an overlay being replaced takes this one's data.
    const source = map.getSource<GeoJSONSource>(this.sourceId);
    if (source) source.setData(this.data);
    else map.addSource(this.sourceId, { ...this.sourceOptions, type: 'geojson', data: this.data });
    for (const l of this.layers) if (!map.getLayer(l.id)) map.addLayer(l, beforeId);
  }

  onRemove(map: MlMap): void {
    // Never added (removed while the style was still loading): the ids may be another overlay's now.
    if (!this.map) return;
    this.map = null;
    for (const id of this.layerIds) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(this.sourceId)) map.removeSource(this.sourceId);
  }

  /** The map while the overlay is on it. */
  protected get attachedMap(): MlMap | null {
    return this.map;
  }
}
