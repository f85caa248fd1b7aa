import type { Bounds, LngLat } from '../core/geometry/anchor.ts';
import { builtUpBounds, districtBounds } from '../core/geometry/bounds.ts';
import type { FeatureStore } from '../core/featureStore.ts';
import type { ColourBy, Palette } from '../core/palette.ts';
import type { Plan } from '../core/plan/types.ts';
import type { Messages } from '../i18n/messages.ts';
import { MapController, type MapCamera } from '../map/MapController.ts';
import { overlayPaletteOf } from '../map/overlays/overlayPalette.ts';
import { buildStyle, glyphsUrl, type Lang } from '../map/style/index.ts';
import { prefersReducedMotion } from '../ui/motion.ts';

/**
 * How the explorer's map starts, in one place: the map-first start (src/app/mapFirst.ts, before
 * React) and MapView (after it) create the same map from the same inputs, so that the one React
 * adopts is the one it would have made.
 */
export interface MapStart {
  store: FeatureStore;
  palette: Palette;
  lang: Lang;
  colourBy: ColourBy;
  initialBounds: Bounds;
  /** Opens here instead of on `initialBounds` (a shared link's camera). */
  initialCamera: MapCamera | null;
  /** `<basemap part> · <plan part>` in the interface language. */
  attribution: string;
  /** The district source's attribution line in the interface language. */
  districtSource: string;
}

/** What the map reports; read at each call, so the receiver can change (React takes over from the boot). */
export interface MapHandlers {
  onFeatureClick(id: string, at: LngLat): void;
  onEmptyClick(): void;
  onPopupClose(): void;
}

/** The map's attribution: the embedded base's part, then the plan's. */
export function mapAttribution(m: Messages, plan: Pick<Plan, 'documentNumber' | 'issuedOn'>): string {
  return `${m.app.baseAttribution} · ${m.app.planAttribution(plan.documentNumber, plan.issuedOn)}`;
}

/** A phone opens on the built-up area (core/geometry/bounds.ts), a wider screen on the whole district. */
export function initialBoundsOf(store: FeatureStore, isPhone: boolean): Bounds {
  return isPhone ? builtUpBounds(store) : districtBounds(store);
}

/** The element the map draws into (the browser tests and the gate find it by its test id and attributes). */
export function createMapElement(label: string): HTMLDivElement {
  const el = document.createElement('div');
  el.className = 'map';
  el.dataset.testid = 'map';
  el.setAttribute('role', 'region');
  el.setAttribute('aria-label', label);
  return el;
}

/**
 * Creates the map in `container`; null when it cannot start (no WebGL: MapLibre throws while creating
 * the map), after the failure is shown in the container.
 */
export function startMap(container: HTMLElement, s: MapStart, handlers: () => MapHandlers, onFailure?: () => void): MapController | null {
  const onStartFailure = () => {
    onFailure?.();
    void import('../ui/mapStartFailure.ts').then((x) => x.showMapStartFailure(container));
  };
  let c: MapController;
  try {
    c = new MapController({
      container,
      onStartFailure,
      prefersReducedMotion,
      store: s.store,
      style: buildStyle(s.store, { palette: s.palette, lang: s.lang, districtSource: s.districtSource, glyphsUrl: glyphsUrl(), colourBy: s.colourBy }),
      initialBounds: s.initialBounds,
      attribution: s.attribution,
      overlayPalette: overlayPaletteOf(s.palette),
      onFeatureClick: (id, at) => handlers().onFeatureClick(id, at),
      onEmptyClick: () => handlers().onEmptyClick(),
      onPopupClose: () => handlers().onPopupClose(),
    });
  } catch {
    onStartFailure();
    return null;
  }
  if (s.initialCamera) c.jumpTo(s.initialCamera);
  // A handle for the browser tests and for debugging from the console.
  c.exposeMap('planMap');
  return c;
}

/**
 * The map first, the interface after it (src/app/mapFirst.ts). On a plain load the explorer's map is
 * created before React and the interface's code are even fetched: the page shows the header's title and the map, and React
 * renders the rest once the map is first idle or the user first presses a key or the pointer (the
 * first screen's gate, src/ui/afterStartup.ts). MapView then adopts this map (its element and its
 * controller) instead of creating one, so nothing is drawn twice. The interface's 100 KB (React and
 * the panels, gzipped) no longer stand between the page and its map.
 */
export interface BootedMap {
  /** The map and its element, once: MapView takes them; a second call (React's strict mode) gets null. */
  take(): { controller: MapController; container: HTMLDivElement } | null;
  /** Where the map's reports go from now on (MapView's handlers). */
  setHandlers(h: MapHandlers): void;
  /** A place clicked before the interface was there: MapView opens it once it has taken over. */
  readonly pendingClick: { id: string; at: LngLat } | null;
  /** Whether the camera was moved before the interface was there (its position then goes into the URL). */
  readonly cameraMoved: boolean;
  /** Whether the map's WebGL context is lost (the interface says so once it is there). */
  readonly contextLost: boolean;
}
