import { useEffect, useRef, useState } from 'react';
import type { Bounds, LngLat } from '../core/geometry/anchor.ts';
import type { FeatureStore } from '../core/featureStore.ts';
import type { FilterSpecification } from 'maplibre-gl';
import { MapController, type MapCamera } from '../map/MapController.ts';
import { prefersReducedMotion } from '../ui/motion.ts';
import type { ColourBy, Palette } from '../core/palette.ts';
import { buildStyle, glyphsUrl, type Lang } from '../map/style/index.ts';
import { overlayPaletteOf } from '../map/overlays/overlayPalette.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { openAfterFirstIdle } from '../ui/afterStartup.ts';

export interface Selection {
  id: string;
  /** Where the user clicked; absent when the selection came from a link or a list. */
  at?: LngLat;
  /** Move the camera to the feature (not when the user clicked it on the map). */
  fly: boolean;
}

export interface MapViewProps {
  store: FeatureStore;
  palette: Palette;
  lang: Lang;
  initialBounds: Bounds;
  /** Opens here instead of on `initialBounds` (a shared link's camera). */
  initialCamera: MapCamera | null;
  /** `<basemap part> · <plan part>` in the interface language. */
  attribution: string;
  /** The district source's attribution line in the interface language. */
  districtSource: string;
  selection: Selection | null;
  /** The element the popup shows (React renders the popup into it through a portal). */
  popupElement: HTMLElement;
  /** On a phone, the bottom sheet's element that shows the popup's content instead of a map popup. */
  popupHost?: HTMLElement | null;
  /** The popup's content is on screen (in the map's popup or the sheet), e.g. to move the focus into it. */
  onPopupShown?(): void;
  hiddenLayers: ReadonlySet<string>;
  /** 着色 / Colour by: what the plan's places are coloured by. */
  colourBy: ColourBy;
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

/** Thin React shell around the MapController: creates it once and passes state changes on. */
export function MapView(props: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<MapController | null>(null);
  // Counts the WebGL context's restores: the rebuilt style has the first style's colours, so the
  // colouring and the status year are applied again (their effects depend on it).
  const [restores, setRestores] = useState(0);
  // Callbacks change identity on every render; the controller is created once and reads the latest.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const p = latest.current;
    const onStartFailure = () => void import('../ui/mapStartFailure.ts').then((x) => x.showMapStartFailure(container));
    let c: MapController;
    try {
      c = new MapController({
      container,
      onStartFailure,
      prefersReducedMotion,
      store: p.store,
      style: buildStyle(p.store, { palette: p.palette, lang: p.lang, districtSource: p.districtSource, glyphsUrl: glyphsUrl(), colourBy: p.colourBy }),
      initialBounds: p.initialBounds,
      attribution: p.attribution,
      overlayPalette: overlayPaletteOf(p.palette),
      onFeatureClick: (id, at) => latest.current.onFeatureClick(id, at),
      onEmptyClick: () => latest.current.onClearSelection(),
      onPopupClose: () => latest.current.onClearSelection(),
      });
    } catch {
      // No WebGL: MapLibre throws while creating the map.
      onStartFailure();
      return;
    }
    if (p.initialCamera) c.jumpTo(p.initialCamera);
    const offCamera = c.onCameraChange((cam) => latest.current.onCamera(cam));
    const offContext = c.onContextChange((lost) => {
      latest.current.onContextChange?.(lost);
      if (!lost) setRestores((n) => n + 1);
    });
    setController(c);
    p.onController?.(c);
    // A handle for the browser tests and for debugging from the console.
    c.exposeMap('planMap');
    // What the first screen does not draw waits for the map's first idle (src/ui/afterStartup.ts).
    const offGate = openAfterFirstIdle(container);
    return () => {
      offGate();
      offCamera();
      offContext();
      latest.current.onController?.(null);
      c.destroy();
      setController(null);
    };
  }, []);

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

  const { m } = useI18n();
  return <div ref={containerRef} className="map" data-testid="map" role="region" aria-label={m.app.map} />;
}
