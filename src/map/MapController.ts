import {
  AttributionControl,
  Map as MlMap,
  NavigationControl,
  Popup,
  ScaleControl,
  setWorkerUrl,
  type GeoJSONSource,
  type MapGeoJSONFeature,
  type FilterSpecification,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { anchorOf, boundsOf, type Bounds, type LngLat } from '../analysis/anchor.ts';
import type { FeatureStore } from '../data/featureStore.ts';
import { interactiveLayerIds, LOCAL_IDEOGRAPH_FONT_FAMILY, mapLayerIdsOf, SELECTION_SOURCE } from './style.ts';

setWorkerUrl(workerUrl);

export interface MapControllerOptions {
  container: HTMLElement;
  store: FeatureStore;
  style: StyleSpecification;
  /** The camera opens on these bounds (west, south, east, north). */
  initialBounds: Bounds;
  /** A plan feature was clicked or tapped. */
  onFeatureClick(id: string, at: LngLat): void;
  /** The map was clicked where there is no plan feature. */
  onEmptyClick(): void;
  /** The user closed the popup with its × button. */
  onPopupClose(): void;
  attribution: string;
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The one owner of the MapLibre map. React state says what is shown; this class turns it into map
 * calls and reports the user's clicks back. Nothing else touches the map.
 */
export class MapController {
  readonly map: MlMap;
  /** Resolves when the style has loaded and the sources can be updated. */
  readonly ready: Promise<void>;
  private readonly o: MapControllerOptions;
  private readonly popup: Popup;
  private readonly interactive: string[];
  private popupClosingSilently = false;
  /** Each plan map layer's own filter, so the time filter can be added to and removed from it. */
  private readonly baseFilters = new Map<string, FilterSpecification | undefined>();

  constructor(o: MapControllerOptions) {
    this.o = o;
    this.interactive = interactiveLayerIds(o.store.layers);
    for (const l of o.store.layers.filter((x) => x.role === 'plan')) {
      for (const id of mapLayerIdsOf(o.style, l.id)) {
        const spec = o.style.layers.find((x) => x.id === id);
        this.baseFilters.set(id, spec && 'filter' in spec ? spec.filter : undefined);
      }
    }
    const [w, s, e, n] = o.initialBounds;
    this.map = new MlMap({
      container: o.container,
      style: o.style,
      bounds: [
        [w, s],
        [e, n],
      ],
      fitBoundsOptions: { padding: 24 },
      localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY,
      attributionControl: false,
      // The map is one element of the page; the app's keys (Esc, Tab) must keep working around it.
      keyboard: true,
      maxZoom: 18,
      minZoom: 4,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    this.map.addControl(new AttributionControl({ compact: false, customAttribution: o.attribution }), 'bottom-right');

    this.popup = new Popup({ closeOnClick: false, maxWidth: '360px', focusAfterOpen: false, className: 'plan-popup' });
    this.popup.on('close', () => {
      if (!this.popupClosingSilently) this.o.onPopupClose();
    });

    this.ready = new Promise((resolve) => {
      if (this.map.isStyleLoaded()) resolve();
      else this.map.once('load', () => resolve());
    });

    this.map.on('click', (ev) => {
      const hits = this.map.queryRenderedFeatures(ev.point, { layers: this.visibleInteractiveLayers() });
      const hit = pickTopmost(hits);
      if (hit) o.onFeatureClick(hit, [ev.lngLat.lng, ev.lngLat.lat]);
      else o.onEmptyClick();
    });
    for (const id of this.interactive) {
      this.map.on('mouseenter', id, () => (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', id, () => (this.map.getCanvas().style.cursor = ''));
    }
    this.map.on('idle', () => o.container.setAttribute('data-map-idle', 'true'));
    this.map.on('movestart', () => o.container.setAttribute('data-map-idle', 'false'));
  }

  private visibleInteractiveLayers(): string[] {
    return this.interactive.filter(
      (id) => this.map.getLayer(id) && this.map.getLayoutProperty(id, 'visibility') !== 'none',
    );
  }

  /** Highlights a feature and shows `content` in a popup at `at` (or at the feature's anchor). */
  async select(id: string | null, content: HTMLElement | null, opts: { at?: LngLat; fly: boolean }): Promise<void> {
    await this.ready;
    const source = this.map.getSource<GeoJSONSource>(SELECTION_SOURCE);
    const f = id ? this.o.store.byId.get(id) : undefined;
    if (!f || !content) {
      source?.setData({ type: 'FeatureCollection', features: [] });
      this.closePopupSilently();
      return;
    }
    source?.setData({ type: 'Feature', geometry: f.geometry, properties: {} });
    const anchor = opts.at ?? anchorOf(f.geometry);
    if (opts.fly) this.flyToBounds(boundsOf(f.geometry), anchor);
    this.popup.setLngLat(anchor).setDOMContent(content);
    if (!this.popup.isOpen()) this.popup.addTo(this.map);
  }

  private closePopupSilently(): void {
    if (!this.popup.isOpen()) return;
    this.popupClosingSilently = true;
    this.popup.remove();
    this.popupClosingSilently = false;
  }

  /** Moves the camera so the feature is in view with room for its popup. */
  private flyToBounds([w, s, e, n]: Bounds, anchor: LngLat): void {
    const animate = !prefersReducedMotion();
    const isPoint = w === e && s === n;
    // Room above the anchor for the popup, which opens upwards by default.
    const padding = { top: 280, bottom: 80, left: 80, right: 80 };
    const canvas = this.map.getCanvas();
    const fits = canvas.clientHeight > padding.top + padding.bottom + 80 && canvas.clientWidth > 160;
    if (isPoint || !fits) {
      this.map.flyTo({ center: anchor, zoom: Math.max(this.map.getZoom(), 14), animate, duration: 900, offset: [0, 100] });
      return;
    }
    this.map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding, maxZoom: 15, animate, duration: 900 },
    );
  }

  async setLayerVisible(layerId: string, visible: boolean): Promise<void> {
    await this.ready;
    const style = this.map.getStyle();
    for (const id of mapLayerIdsOf(style, layerId)) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }

  /** Shows only what belongs to the plan as of `year` (null: everything). */
  async setYear(year: number | null): Promise<void> {
    await this.ready;
    for (const [id, base] of this.baseFilters) {
      if (!this.map.getLayer(id)) continue;
      const time: FilterSpecification | null = year === null ? null : ['<=', ['get', 'fromYear'], year];
      const filter = time && base ? (['all', base, time] as FilterSpecification) : (time ?? base ?? null);
      this.map.setFilter(id, filter);
    }
  }

  destroy(): void {
    this.closePopupSilently();
    this.map.remove();
  }
}

/** queryRenderedFeatures lists the topmost layer first; points and lines win over the areas under them. */
function pickTopmost(hits: MapGeoJSONFeature[]): string | null {
  // The district and its sub-districts contain everything else, so they only win where nothing else is.
  const rank = (h: MapGeoJSONFeature) =>
    h.layer.type === 'circle'
      ? 0
      : h.layer.type === 'line'
        ? 1
        : h.layer.id.startsWith('district-')
          ? 4
          : h.layer.id.startsWith('subdistricts-')
            ? 3
            : 2;
  const sorted = [...hits].sort((a, b) => rank(a) - rank(b));
  const id = sorted[0]?.properties.id;
  return typeof id === 'string' ? id : null;
}
