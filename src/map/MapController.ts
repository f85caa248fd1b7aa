import { Map as MlMap, NavigationControl, ScaleControl, setWorkerUrl, type FilterSpecification, type PaddingOptions, type StyleSpecification } from 'maplibre-gl';
import type { LayersList } from '@deck.gl/core';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Bounds, LngLat } from '../core/geometry/anchor.ts';
import type { FeatureStore } from '../core/featureStore.ts';
import type { AttributionPart, BasemapLayers, SourceFailure } from './basemaps.ts';
import { BasemapSlot } from './basemapSlot.ts';
import { pickTopmost, routeClick, type ClickTool } from './clickRouting.ts';
import { clusterClicks } from './clusterClicks.ts';
import { createMap } from './createMap.ts';
import { StyleReadiness } from './contextLoss.ts';
import type { DeckOverlayHost } from './deckOverlayHost.ts';
import { overlayBeforeId, type MapClick, type MapOverlay } from './overlays/MapOverlay.ts';
import { overlayPaletteOf, type OverlayPalette } from './overlays/overlayPalette.ts';
import { layerWithPurpose } from '../core/layerPurpose.ts';
import { lightPalette, type ColourBy, type Palette } from '../core/palette.ts';
import { PlanLayers } from './planLayers.ts';
import { SelectionView } from './selectionView.ts';
import { flyToPose, type MapCamera } from './camera.ts';
import { SourceEvents } from './sourceEvents.ts';
import { watchStart } from './startWatch.ts';
import { interactiveLayerIds, isNameLabel, labelText, sourceId, type Lang } from './style/index.ts';

export type { ClickTool } from './clickRouting.ts';
export type { MapCamera } from './camera.ts';

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
  /** The map cannot start (its worker, WebGL, the style: src/map/startWatch.ts). */
  onStartFailure(): void;
  /** The tools' overlay colours (default: the light map's). */
  overlayPalette?: OverlayPalette;
  /**
   * Whether the user asked for less motion (camera moves then jump). A function of the caller's
   * (src/ui/motion.ts), so the map reads no preference of its own and the answer follows the system.
   */
  prefersReducedMotion?: () => boolean;
}

/**
 * The one owner of the MapLibre map. React state says what is shown; this class turns it into map
 * calls and reports the user's clicks back. The tools draw through overlays it adds (src/map/overlays);
 * nothing outside src/map touches the map.
 */
export class MapController {
  private readonly map: MlMap;
  readonly overlayPalette: OverlayPalette;
  private readonly o: MapControllerOptions;
  private readonly readiness: StyleReadiness;
  private readonly selection: SelectionView;
  private readonly layers: PlanLayers;
  private readonly basemap: BasemapSlot;
  private readonly sources: SourceEvents;
  /** The deck.gl host, loaded with the first deck call: only the presentation draws with deck.gl. */
  private deckHost: Promise<DeckOverlayHost> | null = null;
  /** The same host once loaded, so that destroy() frees it before the map goes, as it did when eager. */
  private deckLoaded: DeckOverlayHost | null = null;
  private readonly overlays: MapOverlay[] = [];
  private clickTool: ClickTool | null = null;
  private removed = false;

  constructor(o: MapControllerOptions) {
    this.o = o;
    this.overlayPalette = o.overlayPalette ?? overlayPaletteOf(lightPalette);
    const map = createMap(o.container, o.style, o.initialBounds);
    this.map = map;
    watchStart(map, o.container, o.onStartFailure);
    map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    const district = layerWithPurpose(o.store.layers, 'district');
    this.basemap = new BasemapSlot(map, o.attribution, district && { sourceId: sourceId(district.id), fillLayerId: `${district.id}-fill` });
    this.sources = new SourceEvents(map);
    this.selection = new SelectionView(map, o.store, () => this.o.onPopupClose(), () => this.o.prefersReducedMotion?.() ?? false);
    this.readiness = new StyleReadiness(map, o.style, o.container);
    this.layers = new PlanLayers(map, o.store, o.style);

    const interactive = interactiveLayerIds(o.store.layers);
    const containers = { district: layerWithPurpose(o.store.layers, 'district')?.id, subdistricts: layerWithPurpose(o.store.layers, 'subdistricts')?.id };
    const clusterClick = clusterClicks(map, () => this.o.prefersReducedMotion?.() ?? false);
    map.on('click', (ev) => {
      const click: MapClick = { lngLat: [ev.lngLat.lng, ev.lngLat.lat], point: { x: ev.point.x, y: ev.point.y } };
      if (routeClick(this.clickTool, this.overlays, click) !== 'plan' || clusterClick(click.point)) return;
      const layers = interactive.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
      const hit = pickTopmost(map.queryRenderedFeatures(ev.point, { layers }), containers);
      if (hit) o.onFeatureClick(hit, click.lngLat);
      else o.onEmptyClick();
    });
    for (const id of interactive) {
      map.on('mouseenter', id, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', id, () => (map.getCanvas().style.cursor = ''));
    }
    map.on('idle', () => o.container.setAttribute('data-map-idle', 'true'));
    map.on('movestart', () => o.container.setAttribute('data-map-idle', 'false'));
  }

  /** Resolves when the style can be updated (pending again while the WebGL context is lost). */
  get ready(): Promise<void> {
    return this.readiness.ready;
  }

  /** Puts the MapLibre map on `window[name]` for the browser tests and the console; returns the undo. */
  exposeMap(name: string): () => void {
    const w = window as unknown as Record<string, unknown>;
    w[name] = this.map;
    return () => {
      if (w[name] === this.map) delete w[name];
    };
  }

  /* Selection and camera -------------------------------------------------------------------------- */

  /** Highlights a feature and shows `content` in a popup at `at` (or at the feature's anchor). */
  async select(id: string | null, content: HTMLElement | null, opts: { at?: LngLat; fly: boolean }): Promise<void> {
    await this.ready;
    this.selection.select(id, content, opts);
  }

  /**
   * On a phone a MapLibre popup can leave the screen: with a host (the bottom sheet) the selection's
   * content goes there and the camera keeps the feature above it; null puts it back in the map's popup.
   */
  setPopupHost(host: HTMLElement | null): void {
    this.selection.setHost(host);
  }

  /** Outlines a set of features at once (the selection layers draw them); closes the popup; [] clears. */
  async highlight(ids: readonly string[]): Promise<void> {
    await this.ready;
    if (!this.removed) this.selection.highlight(ids);
  }

  /** Fits `bounds` into what `cover` (a bottom sheet, if any) leaves free; jumps when the user prefers reduced motion. */
  async showBounds(bounds: Bounds, cover?: Element | null): Promise<void> {
    await this.ready;
    if (!this.removed) this.selection.showBounds(bounds, cover);
  }

  /** Fits the camera to `bounds` at once (e.g. an imported file). */
  fitBounds([w, s, e, n]: Bounds, o: { paddingPx: number; maxZoom: number }): void {
    this.map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: o.paddingPx, maxZoom: o.maxZoom, animate: false },
    );
  }

  /** Where a place is on the map's canvas, in CSS pixels. */
  project(at: LngLat): { x: number; y: number } {
    const p = this.map.project(at);
    return { x: p.x, y: p.y };
  }

  /**
   * Flies to a camera with pitch and bearing (jumps when the user prefers reduced motion); resolves
   * when the camera stops, also when another move interrupts the flight.
   */
  async flyToPose(pose: MapCamera, o: { padding?: PaddingOptions; durationMs?: number } = {}): Promise<void> {
    await this.ready;
    if (!this.removed) await flyToPose(this.map, pose, { ...o, jump: this.o.prefersReducedMotion?.() ?? false });
  }

  getCamera(): MapCamera {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  /** `padding`: pixels of the map covered by the interface, which the camera centres beside. */
  jumpTo(camera: MapCamera, padding?: PaddingOptions): void {
    this.map.jumpTo({ center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch, padding });
  }

  /** Calls `listener` when the user (or a flight) has finished moving the camera; returns the unsubscribe. */
  onCameraChange(listener: (camera: MapCamera) => void): () => void {
    const handler = () => listener(this.getCamera());
    this.map.on('moveend', handler);
    return () => this.map.off('moveend', handler);
  }

  /** Turns the user's map gestures and keys on or off (a presentation drives the camera itself). */
  setInteractive(enabled: boolean): void {
    const m = this.map;
    for (const h of [m.dragPan, m.scrollZoom, m.boxZoom, m.dragRotate, m.keyboard, m.doubleClickZoom, m.touchZoomRotate, m.touchPitch]) {
      if (enabled) h.enable();
      else h.disable();
    }
  }

  /* Plan layers ------------------------------------------------------------------------------------ */

  async setLayerVisible(layerId: string, visible: boolean): Promise<void> {
    await this.ready;
    this.layers.setVisible(layerId, visible, this.basemap.current?.hideEmbedded ?? false);
  }

  /** Per registry layer, the filter of the filter bar and the time control (null: show all); colours by the status as of `statusYear`. */
  async setFeatureFilters(filterFor: (layerId: string) => FilterSpecification | null, statusYear: number | null = null): Promise<void> {
    await this.ready;
    this.layers.setFilters(filterFor, statusYear);
  }

  /** Fades one registry layer (0 … 1) without changing how its parts relate to each other. */
  async setLayerOpacity(layerId: string, opacity: number): Promise<void> {
    await this.ready;
    this.layers.setOpacity(layerId, opacity);
  }

  /** The language changed: labels, the attribution (basemap and plan parts, each source's credit) reword; basemaps reword their own part. */
  async setLang(lang: Lang, attribution: string, districtSource: string): Promise<void> {
    await this.ready;
    if (this.removed) return;
    for (const layer of this.map.getStyle().layers) {
      // Only the project's own name labels: a foreign basemap's labels are its own.
      if (layer.type !== 'symbol' || layer.id.startsWith('basemap-')) continue;
      if (isNameLabel(this.map.getLayoutProperty(layer.id, 'text-field'))) this.map.setLayoutProperty(layer.id, 'text-field', labelText(lang));
    }
    const d = layerWithPurpose(this.o.store.layers, 'district');
    for (const l of this.o.store.layers) {
      const source = this.map.getSource(sourceId(l.id)), line = l === d ? districtSource : l.attribution?.[lang];
      if (source && line) source.attribution = line;
    }
    this.basemap.reword(attribution);
  }

  /** Colours the plan's places by kind or by status (src/map/colourBy.ts, loaded with the first switch). */
  async setColourBy(colourBy: ColourBy, palette: Palette): Promise<void> { const { applyColourBy } = await import('./colourBy.ts'); await this.ready; if (!this.removed) applyColourBy(this.map, this.o.store, palette, colourBy); }

  /* Tools and overlays ----------------------------------------------------------------------------- */

  /** Gives the map's clicks to a tool (measuring, picking a point) until called with null. */
  setClickTool(tool: ClickTool | null): void {
    const map = this.map;
    if (tool && !this.clickTool) {
      map.on('mousemove', this.toolMove);
      map.on('dblclick', this.toolDoubleClick);
      map.doubleClickZoom.disable();
      map.getCanvas().style.cursor = 'crosshair';
    } else if (!tool && this.clickTool) {
      map.off('mousemove', this.toolMove);
      map.off('dblclick', this.toolDoubleClick);
      map.doubleClickZoom.enable();
      map.getCanvas().style.cursor = '';
    }
    this.clickTool = tool;
  }

  private readonly toolMove = (ev: { lngLat: { lng: number; lat: number }; point: { x: number; y: number } }) =>
    this.clickTool?.move?.({ lngLat: [ev.lngLat.lng, ev.lngLat.lat], point: { x: ev.point.x, y: ev.point.y } });

  private readonly toolDoubleClick = (ev: { preventDefault(): void }) => {
    if (!this.clickTool?.doubleClick) return;
    ev.preventDefault();
    this.clickTool.doubleClick();
  };

  /** Draws a tool's overlay above the plan's geometry, under the selection and the labels, in rank order. */
  async addOverlay(overlay: MapOverlay): Promise<void> {
    if (this.overlays.includes(overlay)) return;
    this.overlays.push(overlay);
    await this.ready;
    if (this.removed || !this.overlays.includes(overlay)) return;
    const fallback = this.o.style.layers.find((l) => l.id === 'selection-outline')?.id;
    const others = this.overlays.filter((x) => x !== overlay);
    overlay.onAdd(this.map, overlayBeforeId(overlay.rank, others, (id) => this.map.getLayer(id) !== undefined, fallback));
  }

  /** Takes an overlay off the map (nothing when it is not on it). */
  removeOverlay(overlay: MapOverlay): void {
    const i = this.overlays.indexOf(overlay);
    if (i < 0) return;
    this.overlays.splice(i, 1);
    // The style is gone while the context is lost; the overlay's layers then go with the rebuilt one.
    if (!this.removed) void this.ready.then(() => !this.removed && overlay.onRemove(this.map));
  }

  /* Export ----------------------------------------------------------------------------------------- */

  /** The map's canvas, e.g. for an export. */
  getCanvas(): HTMLCanvasElement { return this.map.getCanvas(); }

  getPixelRatio(): number { return this.map.getPixelRatio(); }

  /** A copy of the map drawn at a print pixel ratio (see renderMapAtPixelRatio); the map's own ratio comes back. */
  async renderAtPixelRatio(pixelRatio: number): Promise<HTMLCanvasElement> {
    const { renderMapAtPixelRatio } = await import('./renderMapAtPixelRatio.ts');
    return renderMapAtPixelRatio(this.map, pixelRatio);
  }

  /* deck.gl (src/map/deckOverlayHost.ts) ----------------------------------------------------------- */

  /** Lays the deck.gl overlay over the map (deck.gl loads then); a lost overlay is rebuilt. */
  attachDeckOverlay(): Promise<void> {
    return this.deck().then((h) => h.attach());
  }

  /** The deck.gl layers to draw (kept while the overlay is rebuilt or not yet loaded). */
  setDeckLayers(layers: LayersList): void {
    void this.deck().then((h) => h.setLayers(layers));
  }

  /** Removes the deck.gl overlay and frees its WebGL context; the map itself is untouched. */
  detachDeckOverlay(): void {
    void this.deckHost?.then((h) => h.detach());
  }

  /** Calls on the host run in the order made: each waits on the same promise. */
  private deck(): Promise<DeckOverlayHost> {
    return (this.deckHost ??= import('./deckOverlayHost.ts').then((m) => {
      const host = new m.DeckOverlayHost(this.map, () => this.ready);
      if (this.removed) host.destroy();
      else this.deckLoaded = host;
      return host;
    }));
  }

  /* Basemap (src/map/basemaps.ts chooses it and watches the network) ---------------------------- */

  /**
   * Draws an online or PMTiles basemap beneath the plan, or with null (or a spec without layers) the
   * embedded base alone; the schematic `base-*` layers are hidden while one is shown. The
   * attribution's `底图：…` part becomes the spec's.
   */
  async setBasemap(spec: BasemapLayers | null): Promise<void> {
    await this.ready;
    if (this.removed) return;
    this.basemap.set(spec);
    this.layers.applyBasemap(this.basemap.current?.hideEmbedded ?? false);
  }

  /** Replaces the attribution's basemap part (null: none); also how the basemaps reword it in another language. */
  setBasemapAttribution(parts: AttributionPart[] | null): void {
    this.basemap.setAttribution(parts);
  }

  /** Tile and TileJSON failures of tile sources (with the HTTP status when there was one). */
  onSourceFailure(listener: (f: SourceFailure) => void): () => void {
    return this.sources.onFailure(listener);
  }

  /** Called with the source's id whenever one of its tiles arrives. */
  onSourceTile(listener: (sourceId: string) => void): () => void {
    return this.sources.onTile(listener);
  }

  sourcesBusy(sourceIds: readonly string[]): boolean {
    return sourceIds.some((id) => this.map.getSource(id) !== undefined && this.map.isSourceLoaded(id) === false);
  }

  /** Requests a source's tiles again, the failed ones included. */
  refreshSource(sourceId: string): void {
    if (this.map.getSource(sourceId)) this.map.refreshTiles(sourceId);
  }

  /** Calls `listener` with true when the map's WebGL context is lost and with false once the map is back; returns the unsubscribe. */
  onContextChange(listener: (lost: boolean) => void): () => void {
    return this.readiness.onChange(listener);
  }

  destroy(): void {
    this.deckLoaded?.destroy();
    this.deckLoaded = null;
    this.removed = true;
    this.readiness.destroy();
    this.selection.closeSilently();
    this.map.remove();
  }
}
