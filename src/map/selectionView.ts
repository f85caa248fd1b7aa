import { Popup, type FilterSpecification, type GeoJSONSource, type Map as MlMap } from 'maplibre-gl';
import { boundsOf, type Bounds, type LngLat } from '../core/geometry/bbox.ts';
import type { FeatureStore } from '../core/featureStore.ts';
import { coveredBottomPx, paddingAboveCover, panAboveCoverPx, selectionCamera } from './cameraPadding.ts';
import { fetchLabelGlyphs } from './labelGlyphs.ts';
import { SELECTION_SOURCE } from './style/index.ts';
import { popupAnchorOf, popupRoomPx } from './placeCamera.ts';

/** The neighbouring counties' names (geo/layers.json's base-admin layer, src/map/style/labels.ts). */
const BASE_ADMIN_LABEL = 'base-admin-label';

const centreOf = (b: Bounds): LngLat => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];

/**
 * The selection: its highlight (the style's selection source), its popup or, on a phone, the bottom
 * sheet that shows the popup's content instead, and the camera that keeps it in view.
 */
export class SelectionView {
  private readonly popup: Popup;
  private closingSilently = false;
  /** Where the popup's content goes instead of a MapLibre popup (a phone's bottom sheet), see setHost(). */
  private host: HTMLElement | null = null;
  /**
   * The selection source that has something drawn in it. The style's starts empty, so clearing it at
   * start (no selection) sends nothing: sending data re-tiles the source and delays the first idle.
   */
  private drawnIn: GeoJSONSource | null = null;
  /**
   * The ids of the highlight drawn in `drawnIn` (null when what it holds is not a highlight): the same
   * highlight again (the presentation's mode sets the step its map opened on) sends nothing, since
   * sending data re-tiles the source and puts off the map's idle by a frame or two.
   */
  private highlighted: string | null = null;
  /** The base label layer's own filter, kept while highlights add theirs to it. */
  private baseLabelFilter: { value: FilterSpecification | null } | undefined;

  constructor(
    private readonly map: MlMap,
    private readonly store: FeatureStore,
    onPopupClose: () => void,
    private readonly prefersReducedMotion: () => boolean,
  ) {
    this.popup = new Popup({ closeOnClick: false, maxWidth: '360px', focusAfterOpen: false, className: 'plan-popup' });
    this.popup.on('close', () => {
      if (!this.closingSilently) onPopupClose();
    });
  }

  /** Highlights a feature and shows `content` at `at` (or at the feature's anchor); null clears both. */
  select(id: string | null, content: HTMLElement | null, opts: { at?: LngLat; fly: boolean }): void {
    const f = id ? this.store.byId.get(id) : undefined;
    if (!f || !content) {
      this.draw(null);
      this.closeSilently();
      return;
    }
    this.draw({ type: 'Feature', geometry: f.geometry, properties: {} });
    // The build's anchor (inside the shape); the middle of the bounds only for a feature it did not see.
    const anchor = opts.at ?? this.store.anchors.get(f.properties.id) ?? centreOf(boundsOf(f.geometry));
    if (this.host) {
      if (content.parentNode !== this.host) this.host.replaceChildren(content);
      if (opts.fly) this.flyToBounds(boundsOf(f.geometry), anchor);
      else this.keepAboveCover(anchor);
      return;
    }
    // Opened from a list, the search or a plan pin: the popup stands above the place, and the camera
    // fits the place below the room the popup may take.
    const at = opts.at ?? (opts.fly ? popupAnchorOf(f.geometry) : anchor);
    this.popup.setLngLat(at).setDOMContent(content);
    if (!this.popup.isOpen()) this.popup.addTo(this.map);
    if (opts.fly) this.flyToBounds(boundsOf(f.geometry), at, popupRoomPx(window.innerHeight));
  }

  /** Puts `data` in the selection source; null empties it (one that is already empty is left alone). */
  private draw(data: GeoJSON.Feature | GeoJSON.FeatureCollection | null): void {
    const source = this.map.getSource<GeoJSONSource>(SELECTION_SOURCE);
    if (!source || (data === null && source !== this.drawnIn)) return;
    void source.setData(data ?? { type: 'FeatureCollection', features: [] });
    this.drawnIn = data === null ? null : source;
    this.highlighted = null;
  }

  /** Outlines several features at once, each with its names for a style that labels them; closes the popup. */
  highlight(ids: readonly string[]): void {
    this.closeSilently();
    const key = ids.join('\n');
    if (key !== '' && key === this.highlighted && this.drawnIn === this.map.getSource(SELECTION_SOURCE)) return;
    const features = ids.flatMap((id) => {
      const f = this.store.byId.get(id);
      if (!f) return [];
      const properties = { id, nameZh: f.properties.name.zh, nameEn: f.properties.name.en };
      return [{ type: 'Feature' as const, geometry: f.geometry, properties }];
    });
    const data: GeoJSON.FeatureCollection | null = features.length > 0 ? { type: 'FeatureCollection', features } : null;
    this.draw(data);
    if (data) this.highlighted = key;
    // A style that labels the highlight (the presentation's) gets the names' glyphs now (src/map/labelGlyphs.ts).
    if (data) fetchLabelGlyphs(this.map, { sources: { [SELECTION_SOURCE]: { type: 'geojson', data } }, layers: this.map.getStyle().layers });
    // A highlighted neighbour (大洼区 as a partner) is named by its highlight label: its base label
    // steps aside, or the place is named twice where the two labels do not happen to collide.
    if (this.map.getLayer(BASE_ADMIN_LABEL)) {
      this.baseLabelFilter ??= { value: this.map.getFilter(BASE_ADMIN_LABEL) ?? null };
      const names = features.map((f) => f.properties.nameZh);
      const away: FilterSpecification = ['!', ['in', ['get', 'nameZh'], ['literal', names]]];
      const own = this.baseLabelFilter.value;
      this.map.setFilter(BASE_ADMIN_LABEL, names.length === 0 ? own : own ? (['all', own, away] as FilterSpecification) : away);
    }
  }

  /** With a host (a phone's bottom sheet) the content goes there; null puts it back in the map's popup. */
  setHost(host: HTMLElement | null): void {
    if (host === this.host) return;
    this.host = host;
    this.closeSilently();
  }

  /** Fits `bounds` into the part of the map that `cover` (a bottom sheet, if any) leaves free. */
  showBounds([w, s, e, n]: Bounds, cover?: Element | null): void {
    this.map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: paddingAboveCover(this.coveredPx(cover)), maxZoom: 16, animate: !this.prefersReducedMotion(), duration: 900 },
    );
  }

  closeSilently(): void {
    if (!this.popup.isOpen()) return;
    this.closingSilently = true;
    this.popup.remove();
    this.closingSilently = false;
  }

  private coveredPx(cover: Element | null | undefined): number {
    if (!cover) return 0;
    const canvas = this.map.getCanvas().getBoundingClientRect();
    return coveredBottomPx(canvas, cover.getBoundingClientRect(), parseFloat(getComputedStyle(cover).maxHeight));
  }

  /** Pans a tapped feature's anchor out from under the bottom sheet (no zoom change). */
  private keepAboveCover(anchor: LngLat): void {
    const dy = panAboveCoverPx(this.map.project(anchor).y, this.map.getCanvas().clientHeight, this.coveredPx(this.host?.parentElement));
    if (dy) this.map.panBy([0, dy], { animate: !this.prefersReducedMotion(), duration: 400 });
  }

  /** Moves the camera so the feature is in view with room for its popup. */
  private flyToBounds(bounds: Bounds, anchor: LngLat, popupPx?: number): void {
    const animate = !this.prefersReducedMotion();
    const canvas = this.map.getCanvas();
    const cam = selectionCamera(bounds, anchor, {
      sheet: this.host !== null,
      coveredPx: this.coveredPx(this.host?.parentElement),
      canvasWidthPx: canvas.clientWidth,
      canvasHeightPx: canvas.clientHeight,
      popupPx,
    });
    if (cam.kind === 'fly') {
      this.map.flyTo({ center: cam.center, zoom: Math.max(this.map.getZoom(), cam.minZoom), animate, duration: 900, offset: cam.offset });
      return;
    }
    const [w, s, e, n] = cam.bounds;
    this.map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: cam.padding, maxZoom: cam.maxZoom, animate, duration: 900 },
    );
  }
}
