import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LngLat } from '../core/geometry/anchor.ts';
import type { FilterSpecification } from 'maplibre-gl';
import type { MapCamera, MapController } from '../map/MapController.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { openAfterFirstIdle } from '../ui/afterStartup.ts';
import { createMapElement, startMap, type BootedMap, type MapHandlers, type MapStart } from './mapStart.ts';

export interface Selection {
  id: string;
  /** Where the user clicked; absent when the selection came from a link or a list. */
  at?: LngLat;
  /** Move the camera to the feature (not when the user clicked it on the map). */
  fly: boolean;
}

export interface MapViewProps extends MapStart {
  /** The map started before React (src/app/mapFirst.ts), to adopt instead of creating one. */
  booted?: BootedMap | null;
  selection: Selection | null;
  /** The element the popup shows (React renders the popup into it through a portal). */
  popupElement: HTMLElement;
  /** On a phone, the bottom sheet's element that shows the popup's content instead of a map popup. */
  popupHost?: HTMLElement | null;
  /** The popup's content is on screen (in the map's popup or the sheet), e.g. to move the focus into it. */
  onPopupShown?(): void;
  hiddenLayers: ReadonlySet<string>;
  /** Layer id → opacity below 1. */
  opacity: ReadonlyMap<string, number>;
  /** The filter bar's and time control's filter per registry layer (null: none). */
  filterFor(layerId: string): FilterSpecification | null;
  /** The time control's year: the map is coloured by each feature's status as of its end (null: current). */
  statusYear?: number | null;
  onFeatureClick(id: string, at: LngLat): void;
  onClearSelection(): void;
  /** The camera came to rest (after the user moved it or a flight). */
  onCamera(camera: MapCamera): void;
  /** The controller, once created (for the tools that draw on the map), and null when it goes. */
  onController?(controller: MapController | null): void;
  /** The map's WebGL context was lost (true) or the map is back after one (false). */
  onContextChange?(lost: boolean): void;
}

/** Thin React shell around the MapController: creates it once (or adopts the one started before React) and passes state changes on. */
export function MapView(props: MapViewProps) {
  const slotRef = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<MapController | null>(null);
  // Counts the WebGL context's restores: the rebuilt style has the first style's colours, so the
  // colouring and the status year are applied again (their effects depend on it).
  const [restores, setRestores] = useState(0);
  // Callbacks change identity on every render; the controller is created once and reads the latest.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const { m } = useI18n();

  // A layout effect: the map started before React (src/app/mapFirst.ts) was in the page until React's
  // first commit replaced the page's content; it is put back before the browser paints.
  useLayoutEffect(() => {
    const slot = slotRef.current;
    if (!slot) return;
    const p = latest.current;
    const handlers: MapHandlers = {
      onFeatureClick: (id, at) => latest.current.onFeatureClick(id, at),
      onEmptyClick: () => latest.current.onClearSelection(),
      onPopupClose: () => latest.current.onClearSelection(),
    };
    const booted = p.booted?.take() ?? null;
    const container = booted?.container ?? createMapElement(m.app.map);
    slot.append(container);
    const c = booted?.controller ?? startMap(container, p, () => handlers);
    if (!c) return () => container.remove();
    p.booted?.setHandlers(handlers);
    const offCamera = c.onCameraChange((cam) => latest.current.onCamera(cam));
    const offContext = c.onContextChange((lost) => {
      latest.current.onContextChange?.(lost);
      if (!lost) setRestores((n) => n + 1);
    });
    setController(c);
    p.onController?.(c);
    // What the first screen does not draw waits for the map's first idle (src/ui/afterStartup.ts);
    // a map started before React has opened that gate already.
    const offGate = booted ? () => undefined : openAfterFirstIdle(container);
    // What happened before React: a click on a place opens it, a moved camera goes into the URL, a
    // lost context is said.
    if (booted && p.booted?.pendingClick) p.onFeatureClick(p.booted.pendingClick.id, p.booted.pendingClick.at);
    if (booted && p.booted?.cameraMoved) p.onCamera(c.getCamera());
    if (booted && p.booted?.contextLost) p.onContextChange?.(true);
    return () => {
      offGate();
      offCamera();
      offContext();
      latest.current.onController?.(null);
      c.destroy();
      container.remove();
      setController(null);
    };
    // Created once; the label follows the language below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    slotRef.current?.querySelector('[data-testid="map"]')?.setAttribute('aria-label', m.app.map);
  }, [m]);

  // A change of language: the map's labels and attribution follow (the style was built in the first one).
  const { lang, attribution, districtSource } = props;
  const built = useRef({ lang, attribution });
  useEffect(() => {
    if (!controller) return;
    if (built.current.lang === lang && built.current.attribution === attribution) return;
    built.current = { lang, attribution };
    void controller.setLang(lang, attribution, districtSource);
  }, [controller, lang, attribution, districtSource]);

  const { selection, popupElement, popupHost = null } = props;
  useEffect(() => {
    if (!controller) return;
    controller.setPopupHost(popupHost);
    void controller
      .select(selection?.id ?? null, selection ? popupElement : null, {
        at: selection?.at,
        fly: selection?.fly ?? false,
      })
      .then(() => {
        if (selection) latest.current.onPopupShown?.();
      });
  }, [controller, selection, popupElement, popupHost]);

  const { hiddenLayers, store } = props;
  useEffect(() => {
    if (!controller) return;
    for (const l of store.layers) void controller.setLayerVisible(l.id, !hiddenLayers.has(l.id));
  }, [controller, hiddenLayers, store]);

  const { colourBy, palette } = props;
  const builtColour = useRef({ colourBy, restores: 0 });
  useEffect(() => {
    if (!controller || (builtColour.current.colourBy === colourBy && builtColour.current.restores === restores)) return;
    builtColour.current = { colourBy, restores };
    void controller.setColourBy(colourBy, palette);
  }, [controller, colourBy, palette, restores]);

  const { filterFor, statusYear = null } = props;
  useEffect(() => {
    if (controller) void controller.setFeatureFilters(filterFor, statusYear);
  }, [controller, filterFor, statusYear, restores]);

  const { opacity } = props;
  useEffect(() => {
    if (!controller) return;
    for (const l of store.layers) void controller.setLayerOpacity(l.id, opacity.get(l.id) ?? 1);
  }, [controller, opacity, store]);

  return <div ref={slotRef} className="map-slot" />;
}
