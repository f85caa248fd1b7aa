import type { FilterSpecification, GeoJSONSource, LayerSpecification, Map as MlMap, StyleSpecification } from 'maplibre-gl';
import type { FeatureStore } from '../core/featureStore.ts';
import { showStatusOfYear } from './statusYear.ts';
import { clusterFilter, clustersPoints, mapLayerIdsOf, POINTS_SOURCE, pointsData } from './style/index.ts';

/** A map layer's own filter and the filter bar's (either may be absent), as one filter. */
export function combineFilters(base: FilterSpecification | undefined, extra: FilterSpecification | null): FilterSpecification | null {
  return extra !== null && base ? (['all', base, extra] as FilterSpecification) : (extra ?? base ?? null);
}

type OpacityProperty = 'fill-opacity' | 'line-opacity' | 'circle-opacity' | 'circle-stroke-opacity' | 'text-opacity';

/** The paint properties that fade a map layer to `opacity` (0 … 1), relative to its own fill opacity. */
export function opacityPaint(spec: LayerSpecification, opacity: number): [property: OpacityProperty, value: number][] {
  const op = Math.min(1, Math.max(0, opacity));
  switch (spec.type) {
    case 'fill': {
      const base = spec.paint?.['fill-opacity'];
      return [['fill-opacity', (typeof base === 'number' ? base : 1) * op]];
    }
    case 'line':
      return [['line-opacity', op]];
    case 'circle':
      return [
        ['circle-opacity', op],
        ['circle-stroke-opacity', op],
      ];
    case 'symbol':
      // Labels stay readable at any fade.
      return [['text-opacity', Math.max(op, 0.35)]];
    default:
      return [];
  }
}

/**
 * A map layer's filter, set only when it changes. MapLibre tells no filter (undefined) from a cleared
 * one (null) and re-tiles the layer's source for the difference: at start that reloaded a dozen
 * sources' tiles (the labels have no filter of their own) and delayed the first idle.
 */
function setFilterIfChanged(map: MlMap, id: string, filter: FilterSpecification | null): void {
  if (JSON.stringify(map.getFilter(id) ?? null) !== JSON.stringify(filter ?? null)) map.setFilter(id, filter);
}

/**
 * The registry layers on the map: their visibility (an online basemap may hide the `base-*` ones
 * meanwhile), their filters and their opacity.
 */
export class PlanLayers {
  /** Each plan map layer's own filter, so the filter bar's can be added to and removed from it. */
  private readonly baseFilters = new Map<string, FilterSpecification | undefined>();
  /** Visibility the legend asked for, per registry layer. */
  private readonly wantedVisible = new Map<string, boolean>();
  /** The filter bar's and time control's filter, per registry layer (for what the clusters count). */
  private filterFor: (layerId: string) => FilterSpecification | null = () => null;

  constructor(
    private readonly map: MlMap,
    private readonly store: FeatureStore,
    private readonly style: StyleSpecification,
  ) {
    for (const l of store.layers.filter((x) => x.role === 'plan')) {
      for (const id of mapLayerIdsOf(style, l.id)) {
        const spec = style.layers.find((x) => x.id === id);
        this.baseFilters.set(id, spec && 'filter' in spec ? spec.filter : undefined);
      }
    }
  }

  setVisible(layerId: string, visible: boolean, basemapHidesEmbedded: boolean): void {
    this.wantedVisible.set(layerId, visible);
    const isBase = this.store.layers.some((l) => l.id === layerId && l.role === 'base');
    const shown = visible && !(basemapHidesEmbedded && isBase);
    for (const id of mapLayerIdsOf(this.map.getStyle(), layerId)) this.map.setLayoutProperty(id, 'visibility', shown ? 'visible' : 'none');
    if (this.store.layers.some((l) => l.id === layerId && clustersPoints(l))) this.recount();
  }

  /** Shows or hides the schematic `base-*` layers as an online basemap comes and goes. */
  applyBasemap(hidesEmbedded: boolean): void {
    for (const l of this.store.layers) {
      if (l.role !== 'base') continue;
      const shown = (this.wantedVisible.get(l.id) ?? l.visible) && !hidesEmbedded;
      for (const id of mapLayerIdsOf(this.style, l.id)) {
        if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', shown ? 'visible' : 'none');
      }
    }
  }

  /**
   * Per registry layer, the filter bar's and time control's filter (null: show all); the colours follow
   * the status as of the end of the time control's year (null: the current status).
   */
  setFilters(filterFor: (layerId: string) => FilterSpecification | null, statusYear: number | null = null): void {
    showStatusOfYear(this.map, statusYear);
    this.filterFor = filterFor;
    this.recount();
    for (const l of this.store.layers) {
      if (l.role !== 'plan') continue;
      const extra = filterFor(l.id);
      for (const id of mapLayerIdsOf(this.style, l.id)) {
        if (this.map.getLayer(id)) setFilterIfChanged(this.map, id, combineFilters(this.baseFilters.get(id), extra));
      }
    }
  }

  /**
   * The clusters count only the points drawn: those of the layers shown that pass the filters. The
   * clustered source filters before it clusters (its `filter`, sent to the worker with the data).
   */
  private recount(): void {
    const source = this.map.getSource<GeoJSONSource>(POINTS_SOURCE);
    const data = pointsData(this.style.sources[POINTS_SOURCE]);
    if (!source || !data) return;
    const ids = this.store.layers.filter(clustersPoints).map((l) => l.id);
    const shown = (id: string) => this.wantedVisible.get(id) ?? this.store.layers.find((l) => l.id === id)?.visible ?? true;
    // Every clustering layer shown and unfiltered is the whole source: no filter, as the style starts.
    const all = ids.every((id) => shown(id) && this.filterFor(id) === null);
    const filter = all ? undefined : clusterFilter(ids, shown, this.filterFor);
    // Only a change is sent (the legend sets every layer's visibility at start, the filters come with
    // it): sending the data again re-clusters and re-tiles the source. A rebuilt style's source is new.
    const key = JSON.stringify(filter ?? null);
    if (JSON.stringify(source.workerOptions.filter ?? null) === key) return;
    source.workerOptions.filter = filter;
    void source.setData(data);
  }

  /** Fades one registry layer without changing how its parts relate to each other. */
  setOpacity(layerId: string, opacity: number): void {
    const ids = mapLayerIdsOf(this.style, layerId);
    for (const spec of this.style.layers) {
      if (!('source' in spec) || !ids.includes(spec.id) || !this.map.getLayer(spec.id)) continue;
      for (const [property, value] of opacityPaint(spec, opacity)) {
        // Unset, each of these opacities is 1; setting 1 again would still restyle the layer.
        if ((this.map.getPaintProperty(spec.id, property) ?? 1) !== value) this.map.setPaintProperty(spec.id, property, value);
      }
    }
  }
}
