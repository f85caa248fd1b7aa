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
  type PaddingOptions,
  type StyleSpecification,
  type ErrorEvent as MlErrorEvent,
  type MapSourceDataEvent,
} from 'maplibre-gl';
// Types only: deck.gl itself is fetched by attachDeckOverlay(), never with the first screen.
import type { LayersList } from '@deck.gl/core';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { anchorOf, boundsOf, type Bounds, type LngLat } from '../core/geometry/anchor.ts';
import type { FeatureStore } from '../core/featureStore.ts';
import type { BasemapLayers, SourceFailure } from './basemaps.ts';
import { interactiveLayerIds, isNameLabel, labelText, LOCAL_IDEOGRAPH_FONT_FAMILY, mapLayerIdsOf, SELECTION_SOURCE, sourceId, type Lang } from './style/index.ts';

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
  /** `<basemap part> · <plan part>`: the first part is what a basemap replaces (setBasemapAttribution). */
  attribution: string;
}

/** The overlays tools draw on the map, above the plan layers. */
export type OverlayId = 'nearby' | 'life-circles' | 'import' | 'measure';
const OVERLAY_ORDER: OverlayId[] = ['nearby', 'life-circles', 'import', 'measure'];
const IMPORT_HIT_LAYERS = ['overlay-import-fill', 'overlay-import-line', 'overlay-import-point'];

/** Colours of the life circles by radius (m): the nearer circle is the stronger. */
const LIFE_CIRCLE_COLOURS: [number, string][] = [
  [300, '#0f766e'],
  [500, '#2563eb'],
  [1000, '#7c3aed'],
];

export interface MapCamera {
  center: LngLat;
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface ClickTool {
  click(e: { lngLat: LngLat; point: { x: number; y: number } }): void;
  move?(e: { lngLat: LngLat; point: { x: number; y: number } }): void;
  doubleClick?(): void;
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
  /**
   * Resolves when the style has loaded and the sources can be updated. Pending again while the WebGL
   * context is lost (MapLibre drops the style then and rebuilds it on restore), so that what the user
   * changes meanwhile is applied to the rebuilt style instead of throwing on the missing one.
   */
  get ready(): Promise<void> {
    return this.styleReady;
  }
  private styleReady: Promise<void>;
  /** Between `webglcontextlost` and the rebuilt style's load: resolves the pending `ready`. */
  private contextLoss: { resolve(): void } | null = null;
  private readonly contextListeners = new Set<(lost: boolean) => void>();
  private readonly o: MapControllerOptions;
  private readonly popup: Popup;
  private readonly interactive: string[];
  private popupClosingSilently = false;
  /** Where the popup's content goes instead of a MapLibre popup (a phone's bottom sheet), see setPopupHost(). */
  private popupHost: HTMLElement | null = null;
  /** The deck.gl overlay while one is attached, with the canvas whose context loss it watches. */
  private deck: DeckEntry | null = null;
  private deckModule: Promise<typeof import('@deck.gl/maplibre')> | null = null;
  private deckLayers: LayersList = [];
  /** True between attachDeckOverlay() and detachDeckOverlay(): a lost overlay is then rebuilt. */
  private deckWanted = false;
  private deckRetry: ReturnType<typeof setTimeout> | undefined;
  private removed = false;
  /** Each plan map layer's own filter, so the time filter can be added to and removed from it. */
  private readonly baseFilters = new Map<string, FilterSpecification | undefined>();
  /** The online basemap drawn beneath the plan (null: the embedded base), see setBasemap(). */
  private basemap: BasemapLayers | null = null;
  private attributionControl: AttributionControl;
  private attributionText: string;
  /** The attribution without a basemap (setAttribution() rewords it), and the basemap's part when one is set. */
  private baseAttribution: string;
  private basemapAttribution: string | null = null;
  /** Visibility the legend asked for, per registry layer (a basemap may hide the `base-*` ones meanwhile). */
  private readonly wantedVisible = new Map<string, boolean>();
  private readonly sourceFailureListeners = new Set<(f: SourceFailure) => void>();
  private readonly sourceTileListeners = new Set<(sourceId: string) => void>();

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
      // A3 at 300 dpi needs a canvas of about 4960 px; MapLibre's default limit is 4096.
      maxCanvasSize: [8192, 8192],
    });
    this.map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    this.attributionText = o.attribution;
    this.baseAttribution = o.attribution;
    this.attributionControl = new AttributionControl({ compact: false, customAttribution: o.attribution });
    this.map.addControl(this.attributionControl, 'bottom-right');
    this.map.on('error', this.onMapError);
    this.map.on('sourcedata', this.onSourceData);

    this.popup = new Popup({ closeOnClick: false, maxWidth: '360px', focusAfterOpen: false, className: 'plan-popup' });
    this.popup.on('close', () => {
      if (!this.popupClosingSilently) this.o.onPopupClose();
    });

    this.map.on('webglcontextlost', this.onContextLost);
    this.map.on('webglcontextrestored', this.onContextRestored);
    this.styleReady = new Promise((resolve) => {
      if (this.map.isStyleLoaded()) resolve();
      else this.map.once('load', () => resolve());
    });

    this.map.on('click', (ev) => {
      // A tool (the measure tool) that has taken the map's clicks gets them instead of selection.
      if (this.clickTool) {
        this.clickTool.click({ lngLat: [ev.lngLat.lng, ev.lngLat.lat], point: { x: ev.point.x, y: ev.point.y } });
        return;
      }
      const imported = this.map.getLayer(IMPORT_HIT_LAYERS[0]!)
        ? this.map.queryRenderedFeatures(ev.point, { layers: IMPORT_HIT_LAYERS.filter((id) => this.map.getLayer(id)) })
        : [];
      if (imported[0] && this.importedListener) {
        this.importedListener(imported[0].properties, [ev.lngLat.lng, ev.lngLat.lat]);
        return;
      }
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
    if (this.popupHost) {
      if (content.parentNode !== this.popupHost) this.popupHost.replaceChildren(content);
      if (opts.fly) this.flyToBounds(boundsOf(f.geometry), anchor);
      else this.keepAboveCover(anchor);
      return;
    }
    if (opts.fly) this.flyToBounds(boundsOf(f.geometry), anchor);
    this.popup.setLngLat(anchor).setDOMContent(content);
    if (!this.popup.isOpen()) this.popup.addTo(this.map);
  }

  /**
   * On a phone a MapLibre popup can leave the screen: with a host (the bottom sheet) the selection's
   * content goes there and the camera keeps the feature above it; null puts it back in the map's popup.
   */
  setPopupHost(host: HTMLElement | null): void {
    if (host === this.popupHost) return;
    this.popupHost = host;
    this.closePopupSilently();
  }

  /**
   * How many pixels of the map's bottom `cover` (a bottom sheet over the map) hides: 0 without one or
   * beside the map. A sheet may still be filling (its content loads lazily), so its CSS max-height
   * counts rather than its height of the moment.
   */
  private coveredBottomPx(cover: Element | null | undefined): number {
    if (!cover) return 0;
    const c = this.map.getCanvas().getBoundingClientRect();
    const s = cover.getBoundingClientRect();
    if (s.width === 0 || s.right <= c.left || s.left >= c.right || s.bottom <= c.top) return 0;
    const maxPx = parseFloat(getComputedStyle(cover).maxHeight);
    const top = Number.isFinite(maxPx) ? Math.min(s.top, s.bottom - maxPx) : s.top;
    return Math.max(0, Math.min(c.height, c.bottom - top));
  }

  /** Pans a tapped feature's anchor out from under the bottom sheet (no zoom change). */
  private keepAboveCover(anchor: LngLat): void {
    const coveredPx = this.coveredBottomPx(this.popupHost?.parentElement);
    if (!coveredPx) return;
    const visibleH = this.map.getCanvas().clientHeight - coveredPx;
    const y = this.map.project(anchor).y;
    if (y > 24 && y < visibleH - 24) return;
    this.map.panBy([0, y - visibleH / 2], { animate: !prefersReducedMotion(), duration: 400 });
  }

  /**
   * Fits the camera to `bounds` in the part of the map that `cover` (a bottom sheet, if any) leaves
   * free; jumps when the user prefers reduced motion.
   */
  async showBounds([w, s, e, n]: Bounds, cover?: Element | null): Promise<void> {
    await this.ready;
    if (this.removed) return;
    const coveredPx = this.coveredBottomPx(cover);
    this.map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: { top: 24, left: 24, right: 24, bottom: coveredPx + 24 }, maxZoom: 16, animate: !prefersReducedMotion(), duration: 900 },
    );
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
    // Room above the anchor for the popup, which opens upwards by default; on a phone the feature
    // goes into the part of the map that the bottom sheet leaves free.
    const coveredPx = this.coveredBottomPx(this.popupHost?.parentElement);
    const padding = this.popupHost
      ? { top: 24, bottom: coveredPx + 24, left: 24, right: 24 }
      : { top: 280, bottom: 80, left: 80, right: 80 };
    const canvas = this.map.getCanvas();
    const fits = canvas.clientHeight > padding.top + padding.bottom + 80 && canvas.clientWidth > 160;
    if (isPoint || !fits) {
      const offset: [number, number] = this.popupHost ? [0, -coveredPx / 2] : [0, 100];
      this.map.flyTo({ center: anchor, zoom: Math.max(this.map.getZoom(), 14), animate, duration: 900, offset });
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
    this.wantedVisible.set(layerId, visible);
    // An online basemap replaces the schematic base layers while it is shown.
    const shown = visible && !(this.basemap?.hideEmbedded && this.isBaseLayer(layerId));
    const style = this.map.getStyle();
    for (const id of mapLayerIdsOf(style, layerId)) this.map.setLayoutProperty(id, 'visibility', shown ? 'visible' : 'none');
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

  /**
   * Flies to a camera with pitch and bearing (jumps when the user prefers reduced motion). A zoom
   * below the map's minimum lowers the minimum. Resolves when the camera stops, also when another
   * move interrupts the flight.
   */
  async flyToPose(pose: MapCamera, o: { padding?: PaddingOptions; durationMs?: number } = {}): Promise<void> {
    await this.ready;
    if (this.removed) return;
    if (pose.zoom < this.map.getMinZoom()) this.map.setMinZoom(Math.max(0, Math.floor(pose.zoom * 2) / 2 - 0.5));
    // Ends a running flight first, so its moveend does not resolve this one.
    this.map.stop();
    const durationMs = o.durationMs ?? 2400;
    const camera = { center: pose.center, zoom: pose.zoom, pitch: pose.pitch, bearing: pose.bearing, padding: o.padding };
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.map.off('moveend', done);
        resolve();
      };
      // A flight whose moveend never comes (a lost context stops rendering) must not stall the caller.
      const timer = setTimeout(done, durationMs + 4000);
      this.map.on('moveend', done);
      if (prefersReducedMotion()) this.map.jumpTo(camera);
      else this.map.flyTo({ ...camera, duration: durationMs, essential: true });
    });
  }

  /**
   * Outlines a set of features at once (the selection layers draw them; each carries its `nameZh` and
   * `nameEn` for a style that labels them). Closes the popup; an empty list clears the highlight.
   */
  async highlight(ids: readonly string[]): Promise<void> {
    await this.ready;
    if (this.removed) return;
    this.closePopupSilently();
    const features = ids.flatMap((id) => {
      const f = this.o.store.byId.get(id);
      if (!f) return [];
      const properties = { id, nameZh: f.properties.name.zh, nameEn: f.properties.name.en };
      return [{ type: 'Feature' as const, geometry: f.geometry, properties }];
    });
    this.map.getSource<GeoJSONSource>(SELECTION_SOURCE)?.setData({ type: 'FeatureCollection', features });
  }

  /** Turns the user's map gestures and keys on or off (a presentation drives the camera itself). */
  setInteractive(enabled: boolean): void {
    const m = this.map;
    for (const h of [m.dragPan, m.scrollZoom, m.boxZoom, m.dragRotate, m.keyboard, m.doubleClickZoom, m.touchZoomRotate, m.touchPitch]) {
      if (enabled) h.enable();
      else h.disable();
    }
  }

  /**
   * Loads deck.gl on first use (its own chunk) and lays a `MapLibreOverlay` over the map, overlaid
   * (its own canvas above the map's, labels included: deck layers stay on top, which avoids
   * visgl/deck.gl#10700). Should the overlay's WebGL context be lost, it is rebuilt with the same
   * layers. Rejects when deck.gl cannot be fetched; a later call tries again.
   */
  async attachDeckOverlay(): Promise<void> {
    this.deckWanted = true;
    await this.ready;
    this.deckModule ??= import('@deck.gl/maplibre');
    let mod: typeof import('@deck.gl/maplibre');
    try {
      mod = await this.deckModule;
    } catch (e) {
      this.deckModule = null;
      throw e;
    }
    if (!this.deckWanted || this.deck || this.removed) return;
    const entry: DeckEntry = {
      overlay: new mod.MapLibreOverlay({
        interleaved: false,
        // A rebuilt overlay gets fresh layer instances: the lost one's are finalized with it.
        layers: cloneLayers(this.deckLayers),
        // Like the map's: screenshots and the browser tests read the canvas back.
        deviceProps: { webgl: { preserveDrawingBuffer: true } },
        onLoad: () => {
          if (this.deck !== entry) return;
          entry.canvas = entry.overlay.getCanvas();
          entry.canvas?.addEventListener('webglcontextlost', this.onDeckContextLost);
        },
        onDeviceInitialized: (device: DeckDevice) => {
          entry.device = device;
        },
      }),
      canvas: null,
      device: null,
    };
    this.deck = entry;
    this.map.addControl(entry.overlay);
  }

  /** The deck.gl layers to draw (kept while the overlay is rebuilt or not yet loaded). */
  setDeckLayers(layers: LayersList): void {
    this.deckLayers = layers;
    this.deck?.overlay.setProps({ layers });
  }

  /** Removes the deck.gl overlay and frees its WebGL context; the map itself is untouched. */
  detachDeckOverlay(): void {
    this.deckWanted = false;
    clearTimeout(this.deckRetry);
    this.removeDeck(true);
  }

  private removeDeck(freeContext: boolean): void {
    const d = this.deck;
    if (!d) return;
    this.deck = null;
    d.canvas?.removeEventListener('webglcontextlost', this.onDeckContextLost);
    if (!this.removed) this.map.removeControl(d.overlay);
    // deck.gl 9.4's finalize leaves the resize and pixel-ratio observers of its canvas running
    // (visgl/deck.gl#10355): a matchMedia listener then holds the overlay, this controller and its
    // whole map for as long as the page lives. Stopping them is what the finalize omits.
    const surface = d.device?.canvasContext;
    surface?.destroy();
    // Browsers keep only a few WebGL contexts alive; free this one now rather than at garbage collection.
    const canvas = d.canvas ?? (surface?.canvas instanceof HTMLCanvasElement ? surface.canvas : null);
    if (freeContext) canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
  }

  private readonly onDeckContextLost = (): void => {
    this.removeDeck(false);
    clearTimeout(this.deckRetry);
    this.deckRetry = setTimeout(() => {
      if (this.deckWanted && !this.removed) this.attachDeckOverlay().catch(() => undefined);
    }, 500);
  };

  /**
   * Per registry layer, the filter of the filter bar and the time control (null: show all), combined
   * with each map layer's own filter.
   */
  async setFeatureFilters(filterFor: (layerId: string) => FilterSpecification | null): Promise<void> {
    await this.ready;
    for (const l of this.o.store.layers) {
      if (l.role !== 'plan') continue;
      const extra = filterFor(l.id);
      for (const id of mapLayerIdsOf(this.o.style, l.id)) {
        if (!this.map.getLayer(id)) continue;
        const base = this.baseFilters.get(id);
        const filter = extra !== null && base ? (['all', base, extra] as FilterSpecification) : (extra ?? base ?? null);
        this.map.setFilter(id, filter);
      }
    }
  }

  /** Fades one registry layer (0 … 1) without changing how its parts relate to each other. */
  async setLayerOpacity(layerId: string, opacity: number): Promise<void> {
    await this.ready;
    const op = Math.min(1, Math.max(0, opacity));
    for (const spec of this.o.style.layers) {
      if (!('source' in spec) || !mapLayerIdsOf(this.o.style, layerId).includes(spec.id)) continue;
      if (!this.map.getLayer(spec.id)) continue;
      switch (spec.type) {
        case 'fill': {
          const base = spec.paint?.['fill-opacity'];
          this.map.setPaintProperty(spec.id, 'fill-opacity', (typeof base === 'number' ? base : 1) * op);
          break;
        }
        case 'line':
          this.map.setPaintProperty(spec.id, 'line-opacity', op);
          break;
        case 'circle':
          this.map.setPaintProperty(spec.id, 'circle-opacity', op);
          this.map.setPaintProperty(spec.id, 'circle-stroke-opacity', op);
          break;
        case 'symbol':
          this.map.setPaintProperty(spec.id, 'text-opacity', Math.max(op, 0.35));
          break;
        default:
          break;
      }
    }
  }

  getCamera(): MapCamera {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  jumpTo(camera: MapCamera): void {
    this.map.jumpTo({ center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch });
  }

  /** Calls `listener` when the user (or a flight) has finished moving the camera; returns the unsubscribe. */
  onCameraChange(listener: (camera: MapCamera) => void): () => void {
    const handler = () => listener(this.getCamera());
    this.map.on('moveend', handler);
    return () => this.map.off('moveend', handler);
  }

  private clickTool: ClickTool | null = null;
  private readonly toolMove = (ev: { lngLat: { lng: number; lat: number }; point: { x: number; y: number } }) =>
    this.clickTool?.move?.({ lngLat: [ev.lngLat.lng, ev.lngLat.lat], point: { x: ev.point.x, y: ev.point.y } });
  private readonly toolDoubleClick = (ev: { preventDefault(): void }) => {
    if (!this.clickTool?.doubleClick) return;
    ev.preventDefault();
    this.clickTool.doubleClick();
  };

  /** Gives the map's clicks to a tool (the measure tool) until called with null. */
  setClickTool(tool: ClickTool | null): void {
    if (tool && !this.clickTool) {
      this.map.on('mousemove', this.toolMove);
      this.map.on('dblclick', this.toolDoubleClick);
      this.map.doubleClickZoom.disable();
      this.map.getCanvas().style.cursor = 'crosshair';
    } else if (!tool && this.clickTool) {
      this.map.off('mousemove', this.toolMove);
      this.map.off('dblclick', this.toolDoubleClick);
      this.map.doubleClickZoom.enable();
      this.map.getCanvas().style.cursor = '';
    }
    this.clickTool = tool;
  }

  /** Draws (or with null removes) a tool's overlay: the measurement, the life circles, an imported file. */
  async setOverlay(id: OverlayId, data: GeoJSON.GeoJSON | null): Promise<void> {
    await this.ready;
    const sourceId = `overlay-${id}`;
    const source = this.map.getSource<GeoJSONSource>(sourceId);
    if (!data) {
      for (const l of overlayLayers(id)) if (this.map.getLayer(l.id)) this.map.removeLayer(l.id);
      if (source) this.map.removeSource(sourceId);
      return;
    }
    if (source) {
      source.setData(data);
      return;
    }
    this.map.addSource(sourceId, { type: 'geojson', data });
    // Overlays sit above the plan's geometry but under the selection and the labels, in a fixed order.
    const firstLabel = this.o.style.layers.find((l) => l.id === 'selection-outline')?.id;
    const laterOverlay = OVERLAY_ORDER.slice(OVERLAY_ORDER.indexOf(id) + 1)
      .flatMap((o) => overlayLayers(o).map((l) => l.id))
      .find((lid) => this.map.getLayer(lid));
    for (const l of overlayLayers(id)) this.map.addLayer(l, laterOverlay ?? firstLabel);
  }

  private importedListener: ((properties: Record<string, unknown>, at: LngLat) => void) | null = null;
  private secondaryPopup: { popup: Popup; onClose: () => void } | null = null;

  /** Calls `listener` when a feature of the imported overlay is clicked; returns the unsubscribe. */
  onImportedFeatureClick(listener: (properties: Record<string, unknown>, at: LngLat) => void): () => void {
    this.importedListener = listener;
    return () => {
      if (this.importedListener === listener) this.importedListener = null;
    };
  }

  /** A popup apart from the selection's (for imported features); `onClose` runs when it goes. */
  showSecondaryPopup(at: LngLat, content: HTMLElement, onClose: () => void): void {
    this.secondaryPopup?.popup.remove();
    const popup = new Popup({ closeOnClick: true, maxWidth: '360px', className: 'plan-popup' });
    const entry = { popup, onClose };
    popup.on('close', () => {
      entry.onClose();
      if (this.secondaryPopup === entry) this.secondaryPopup = null;
    });
    this.secondaryPopup = entry;
    popup.setLngLat(at).setDOMContent(content).addTo(this.map);
  }

  /** The map's canvas, e.g. for an export. */
  getCanvas(): HTMLCanvasElement {
    return this.map.getCanvas();
  }

  /* Basemap (src/map/basemaps.ts chooses it and watches the network) ---------------------------- */

  /**
   * Draws an online or PMTiles basemap beneath the plan, or with null (or a spec without layers)
   * the embedded base alone. Its layers go right above the district's fill (which is only a click
   * target under them), so the district outline, every plan layer, the selection, the overlays and
   * all labels stay on top; the schematic `base-*` layers are hidden while it is shown. The
   * attribution's `底图：…` part becomes the spec's.
   */
  async setBasemap(spec: BasemapLayers | null): Promise<void> {
    await this.ready;
    if (this.removed) return;
    const old = this.basemap;
    if (old) {
      for (const l of [...old.layers].reverse()) if (this.map.getLayer(l.id)) this.map.removeLayer(l.id);
      for (const id of Object.keys(old.sources)) if (this.map.getSource(id)) this.map.removeSource(id);
    }
    this.basemap = spec && spec.layers.length ? spec : null;
    if (this.basemap) {
      for (const [id, source] of Object.entries(this.basemap.sources)) this.map.addSource(id, source);
      const order = this.map.getLayersOrder();
      const districtFill = order.indexOf('district-fill');
      // Above the district's fill, else above the background (and never inside another basemap's layers).
      const before = order.slice(districtFill >= 0 ? districtFill + 1 : 1).find((id) => !id.startsWith('basemap-'));
      for (const l of this.basemap.layers) {
        // A layer may read a plan source (the district's halo); without that source it is left out.
        if ('source' in l && typeof l.source === 'string' && !this.map.getSource(l.source)) continue;
        this.map.addLayer(l, before);
      }
    }
    for (const l of this.o.store.layers) {
      if (l.role !== 'base') continue;
      const shown = (this.wantedVisible.get(l.id) ?? l.visible) && !this.basemap?.hideEmbedded;
      for (const id of mapLayerIdsOf(this.o.style, l.id)) {
        if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', shown ? 'visible' : 'none');
      }
    }
    this.setBasemapAttribution(spec ? spec.attribution : null);
  }

  private isBaseLayer(layerId: string): boolean {
    return this.o.store.layers.some((l) => l.id === layerId && l.role === 'base');
  }

  /**
   * Replaces the attribution's basemap part, its first (`底图：…`; the plan's part stays); null: the
   * attribution without a basemap. Also how the basemaps reword it in another language.
   */
  setBasemapAttribution(basemapHtml: string | null): void {
    this.basemapAttribution = basemapHtml;
    const rest = this.baseAttribution.split(' · ').slice(1);
    const text = basemapHtml === null ? this.baseAttribution : [basemapHtml, ...rest].join(' · ');
    if (text === this.attributionText) return;
    this.attributionText = text;
    this.map.removeControl(this.attributionControl);
    this.attributionControl = new AttributionControl({ compact: false, customAttribution: text });
    this.map.addControl(this.attributionControl, 'bottom-right');
  }

  /**
   * The interface language changed: the labels read the features' names in `lang`, and the
   * attribution (`<basemap part> · <plan part>`, the district source's line) takes the new words.
   * The basemaps reword their own part (BasemapManager.setWords).
   */
  async setLang(lang: Lang, attribution: string, districtSource: string): Promise<void> {
    await this.ready;
    if (this.removed) return;
    for (const layer of this.map.getStyle().layers) {
      // Only the project's own name labels: a foreign basemap's labels are its own.
      if (layer.type !== 'symbol' || layer.id.startsWith('basemap-')) continue;
      if (isNameLabel(this.map.getLayoutProperty(layer.id, 'text-field'))) this.map.setLayoutProperty(layer.id, 'text-field', labelText(lang));
    }
    const district = this.map.getSource(sourceId('district'));
    if (district) district.attribution = districtSource;
    this.baseAttribution = attribution;
    // Rebuilt even when the text is the same: the control reads the sources' attribution when added.
    this.attributionText = '';
    this.setBasemapAttribution(this.basemapAttribution);
  }

  /** Tile and TileJSON failures of tile sources (with the HTTP status when there was one). */
  onSourceFailure(listener: (f: SourceFailure) => void): () => void {
    this.sourceFailureListeners.add(listener);
    return () => this.sourceFailureListeners.delete(listener);
  }

  /** Called with the source's id whenever one of its tiles arrives. */
  onSourceTile(listener: (sourceId: string) => void): () => void {
    this.sourceTileListeners.add(listener);
    return () => this.sourceTileListeners.delete(listener);
  }

  sourcesBusy(sourceIds: readonly string[]): boolean {
    return sourceIds.some((id) => this.map.getSource(id) !== undefined && this.map.isSourceLoaded(id) === false);
  }

  /** Requests a source's tiles again, the failed ones included. */
  refreshSource(sourceId: string): void {
    if (this.map.getSource(sourceId)) this.map.refreshTiles(sourceId);
  }

  /**
   * A failing tile server fires an error per tile. Errors of tile sources go to the listeners (the
   * basemap manager turns them into one message and a fallback); late errors of a basemap already
   * removed are dropped; everything else is logged as MapLibre does when nobody listens.
   */
  private readonly onMapError = (e: MlErrorEvent): void => {
    const sourceId = (e as MlErrorEvent & { sourceId?: unknown }).sourceId;
    const err = e.error as { message?: string; name?: string; status?: unknown; url?: unknown };
    if (typeof sourceId === 'string') {
      const type = this.map.getSource(sourceId)?.type;
      const tiled = type === 'raster' || type === 'vector' || type === 'raster-dem';
      if (err.name === 'AbortError') return;
      if (sourceId.startsWith('basemap-') && !tiled) return;
      if (tiled && this.sourceFailureListeners.size) {
        const message = err.message ?? String(e.error);
        const status = typeof err.status === 'number' && err.status > 0 ? err.status : Number(/code:? (\d{3})\b/i.exec(message)?.[1]) || null;
        const failure: SourceFailure = { sourceId, status, url: typeof err.url === 'string' ? err.url : null, message };
        for (const l of this.sourceFailureListeners) l(failure);
        return;
      }
    }
    console.error(e.error);
  };

  private readonly onSourceData = (e: MapSourceDataEvent): void => {
    if (!e.tile || !e.sourceId || !this.sourceTileListeners.size) return;
    for (const l of this.sourceTileListeners) l(e.sourceId);
  };

  /** Calls `listener` with true when the map's WebGL context is lost and with false once the map is back; returns the unsubscribe. */
  onContextChange(listener: (lost: boolean) => void): () => void {
    this.contextListeners.add(listener);
    return () => this.contextListeners.delete(listener);
  }

  private readonly onContextLost = (): void => {
    if (this.removed) return;
    this.o.container.setAttribute('data-map-idle', 'false');
    if (this.contextLoss) return;
    let resolve = () => {};
    this.styleReady = new Promise<void>((r) => (resolve = r));
    this.contextLoss = { resolve };
    for (const l of this.contextListeners) l(true);
  };

  private readonly onContextRestored = (): void => {
    if (this.removed) return;
    // MapLibre rebuilds the style it had when the context went; lost before the style had loaded,
    // it has nothing to rebuild and would stay blank: the map's own style is set again.
    if (!this.map.style) this.map.setStyle(this.o.style, { diff: false });
    const done = () => {
      const loss = this.contextLoss;
      // A second loss before the style came back keeps waiting for its own restore.
      if (!loss || this.removed || this.map.getCanvas().getContext('webgl2')?.isContextLost()) return;
      this.contextLoss = null;
      loss.resolve();
      for (const l of this.contextListeners) l(false);
    };
    // `_loaded` is what getStyle() checks before serialising the style, without the serialising.
    if (this.map.style?._loaded) done();
    else this.map.once('style.load', done);
  };

  destroy(): void {
    this.detachDeckOverlay();
    this.removed = true;
    this.closePopupSilently();
    this.map.remove();
  }
}

/** What the overlay's luma.gl device is to the controller: the canvas context it must release (removeDeck). */
interface DeckDevice {
  canvasContext: { canvas: unknown; destroy(): void } | null;
}

/** The deck.gl overlay, its canvas once loaded (for its context loss) and its device once created. */
interface DeckEntry {
  overlay: MapLibreOverlay;
  canvas: HTMLCanvasElement | null;
  device: DeckDevice | null;
}

/** New instances of the same deck.gl layers (same props), for a new Deck. */
function cloneLayers(layers: LayersList): LayersList {
  return layers.map((l) => (Array.isArray(l) ? cloneLayers(l) : l ? (l.clone({}) as typeof l) : l));
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

const POLYGONS: import('maplibre-gl').ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const POINTS: import('maplibre-gl').ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];

/** The map layers of each overlay. */
function overlayLayers(id: OverlayId): import('maplibre-gl').LayerSpecification[] {
  const source = `overlay-${id}`;
  switch (id) {
    case 'nearby':
      return [
        { id: 'overlay-nearby-fill', type: 'fill', source, filter: POLYGONS, paint: { 'fill-color': '#1d5fd1', 'fill-opacity': 0.06 } },
        {
          id: 'overlay-nearby-line',
          type: 'line',
          source,
          filter: POLYGONS,
          paint: { 'line-color': '#1d5fd1', 'line-width': 2, 'line-dasharray': [3, 2] },
        },
        {
          id: 'overlay-nearby-point',
          type: 'circle',
          source,
          filter: POINTS,
          paint: { 'circle-radius': 7, 'circle-color': '#1d5fd1', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2.5 },
        },
      ];
    case 'measure':
      return [
        { id: 'overlay-measure-fill', type: 'fill', source, filter: POLYGONS, paint: { 'fill-color': '#e11d74', 'fill-opacity': 0.12 } },
        {
          id: 'overlay-measure-line',
          type: 'line',
          source,
          filter: ['!', POINTS],
          paint: { 'line-color': '#e11d74', 'line-width': 2.5, 'line-dasharray': [2, 1] },
        },
        {
          id: 'overlay-measure-point',
          type: 'circle',
          source,
          filter: POINTS,
          paint: { 'circle-radius': 5, 'circle-color': '#ffffff', 'circle-stroke-color': '#e11d74', 'circle-stroke-width': 2 },
        },
      ];
    case 'life-circles': {
      const colour = ['match', ['get', 'radiusM'], ...LIFE_CIRCLE_COLOURS.flat(), '#7c3aed'] as unknown as import('maplibre-gl').ExpressionSpecification;
      return [
        {
          id: 'overlay-life-circles-fill',
          type: 'fill',
          source,
          filter: POLYGONS,
          paint: { 'fill-color': colour, 'fill-opacity': 0.1 },
        },
        {
          id: 'overlay-life-circles-line',
          type: 'line',
          source,
          filter: POLYGONS,
          paint: { 'line-color': colour, 'line-width': 1.5 },
        },
      ];
    }
    case 'import':
      return [
        { id: 'overlay-import-fill', type: 'fill', source, filter: POLYGONS, paint: { 'fill-color': '#9333ea', 'fill-opacity': 0.25 } },
        {
          id: 'overlay-import-line',
          type: 'line',
          source,
          filter: ['!', POINTS],
          paint: { 'line-color': '#9333ea', 'line-width': 2 },
        },
        {
          id: 'overlay-import-point',
          type: 'circle',
          source,
          filter: POINTS,
          paint: { 'circle-radius': 5, 'circle-color': '#9333ea', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
        },
      ];
  }
}
