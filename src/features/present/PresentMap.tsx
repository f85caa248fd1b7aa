import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { boundsOf, type LngLat } from '../../core/geometry/anchor.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import { MapController } from '../../map/MapController.ts';
import { darkPalette } from '../../core/palette.ts';
import type { Plan } from '../../core/plan/types.ts';
import { FeaturePopup } from '../../ui/FeaturePopup.tsx';
import { glyphsUrl, TEXT_FONT } from '../../map/style/index.ts';
import { arcItems, extrusionItems, graticuleFor, hexToRgb } from './deckData.ts';
import { cachedGlyphsUrl, glyphRanges, prefetchGlyphs } from '../../map/glyphCache.ts';
import { planHref } from './IndicatorsDashboard.tsx';
import { presentationStyle } from './presentStyle.ts';
import { usePresentText } from './presentText.ts';
import type { TourStep } from './tourSchema.ts';

type DeckModule = typeof import('./deckLayers.ts');

/** The screen the tour's cameras are written for. */
export const REFERENCE_SCREEN = { width: 1920, height: 1080 };

/** Screen size relative to 1920×1080 (2 on a 3840×2160 wall). */
export function screenScale(width: number, height: number): number {
  return Math.min(width / REFERENCE_SCREEN.width, height / REFERENCE_SCREEN.height);
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** How long one turn of the arcs' moving heads takes. */
const ARC_PERIOD_MS = 3200;
/** The arcs animate at this frame interval at most: smooth enough, and light on a kiosk's CPU. */
const ARC_FRAME_MS = 40;

export interface PresentMapProps {
  plan: Plan;
  store: FeatureStore;
  step: TourStep;
  stepIndex: number;
  /** The presenter has the map: gestures on, popups on click, the tour's camera left alone. */
  exploring: boolean;
  /** Size of UI and type relative to 1920×1080. */
  uiScale: number;
  /** Pixels the panel and the controls cover on the left and at the bottom (the camera centres in the rest). */
  insets(): { left: number; bottom: number };
  /** The camera has arrived at step `stepIndex`. */
  onSettled(stepIndex: number): void;
  onOpenPlan(ref: string): void;
  /** deck.gl could not be loaded (e.g. offline before it was fetched); the map works without it. */
  onDeckError(message: string): void;
}

/**
 * The presentation's own map: one MapController with the dark style, driven by the tour's step, and
 * a lazily loaded deck.gl overlay for the 3D and the arcs. Exposed as `window.presentMap` for the
 * browser tests and the console.
 */
export function PresentMap(props: PresentMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<MapController | null>(null);
  const [deck, setDeck] = useState<DeckModule | null>(null);
  const [selected, setSelected] = useState<{ id: string; at: LngLat; step: number } | null>(null);
  const [popupElement] = useState(() => document.createElement('div'));
  const { t, lang } = usePresentText();
  const latest = useRef({ ...props, t, lang });
  useEffect(() => {
    latest.current = { ...props, t, lang };
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const p = latest.current;
    const district = p.store.byLayer.get('district')?.features[0];
    const names = [...p.store.byId.values()].flatMap((f) => [f.properties.name.zh, f.properties.name.en]);
    void prefetchGlyphs(glyphsUrl(), TEXT_FONT.join(','), glyphRanges(names));
    const c = new MapController({
      container,
      store: p.store,
      // The language is the one the mode opened in: the presentation has no switch of its own.
      style: presentationStyle(p.store, { sizeScale: 1.5 * p.uiScale, glyphsUrl: cachedGlyphsUrl(glyphsUrl()), lang: p.lang }),
      initialBounds: district ? boundsOf(district.geometry) : [121.8, 41.05, 122.2, 41.25],
      attribution: p.t.attribution(p.plan.documentNumber, p.plan.issuedOn),
      onFeatureClick: (id, at) => {
        if (latest.current.exploring) setSelected({ id, at, step: latest.current.stepIndex });
      },
      onEmptyClick: () => {
        if (!latest.current.exploring) return;
        setSelected(null);
        void c.select(null, null, { fly: false });
      },
      onPopupClose: () => {
        setSelected(null);
        void c.select(null, null, { fly: false });
      },
    });
    c.setInteractive(false);
    setController(c);
    const unexpose = c.exposeMap('presentMap');
    let alive = true;
    // deck.gl is fetched now, with the mode, so that it is there before the first 3D step (and before
    // a kiosk's network goes away).
    Promise.all([import('./deckLayers.ts'), c.attachDeckOverlay()])
      .then(([mod]) => {
        if (!alive) return;
        setDeck(mod);
        container.setAttribute('data-deck-ready', 'true');
      })
      .catch((e: unknown) => {
        if (alive) latest.current.onDeckError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      alive = false;
      c.destroy();
      setController(null);
      unexpose();
    };
  }, []);

  const { step, stepIndex, exploring, uiScale } = props;

  // The step: layers, highlight and camera (again on resume, which is how "resume returns to the step").
  useEffect(() => {
    const container = containerRef.current;
    if (!controller || !container) return;
    controller.setInteractive(exploring);
    if (exploring) return;
    container.setAttribute('data-step-settled', 'false');
    const shown = new Set(step.layers);
    for (const l of latest.current.store.layers) {
      if (l.role === 'plan') void controller.setLayerVisible(l.id, shown.has(l.id));
    }
    void controller.highlight(step.highlight);
    let current = true;
    const fly = (durationMs?: number) => {
      const { left, bottom } = latest.current.insets();
      const pose = { ...step.camera, zoom: step.camera.zoom + Math.log2(Math.max(0.25, latest.current.uiScale)) };
      return controller.flyToPose(pose, { padding: { left, bottom, top: 0, right: 0 }, durationMs });
    };
    // A dashboard covers the map: no flight behind it.
    void (step.view === 'map' ? fly() : Promise.resolve()).then(() => {
      if (!current) return;
      container.setAttribute('data-step-settled', 'true');
      latest.current.onSettled(stepIndex);
    });
    // Going full screen (or any resize) re-frames the step without a flight.
    let resizeTimer: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => void fly(0), 250);
    };
    window.addEventListener('resize', onResize);
    return () => {
      current = false;
      clearTimeout(resizeTimer);
      window.removeEventListener('resize', onResize);
    };
  }, [controller, step, stepIndex, exploring]);

  // deck.gl: the extruded areas and the arcs of the step, the arcs' heads moving unless motion is reduced.
  useEffect(() => {
    const container = containerRef.current;
    if (!controller || !deck || !container) return;
    const onMap = step.view === 'map';
    const extrusion = onMap && step.deck?.extrusion ? extrusionItems(props.store, step.layers, darkPalette) : [];
    const arcs = onMap ? arcItems(props.store, step.deck?.arcs ?? [], darkPalette) : [];
    const graticule = graticuleFor(arcs);
    const pixelScale = Math.max(0.5, uiScale);
    const colours = {
      ground: hexToRgb(darkPalette.background),
      grid: hexToRgb(darkPalette.neighbourLine),
      gridLabel: hexToRgb(darkPalette.subdistrictLine),
    };
    const drawn = [...(extrusion.length ? ['extrusion'] : []), ...(arcs.length ? ['arcs'] : [])];
    container.setAttribute('data-deck-layers', drawn.join(' '));
    const still = arcs.length === 0 || reducedMotion();
    controller.setDeckLayers(deck.buildDeckLayers({ extrusion, arcs, graticule, phase: still ? null : 0, pixelScale, colours }));
    if (still) return;
    let raf = 0;
    let last = 0;
    const frame = (t: number) => {
      raf = requestAnimationFrame(frame);
      if (t - last < ARC_FRAME_MS) return;
      last = t;
      controller.setDeckLayers(deck.buildDeckLayers({ extrusion, arcs, graticule, phase: (t % ARC_PERIOD_MS) / ARC_PERIOD_MS, pixelScale, colours }));
    };
    raf = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(raf);
  }, [controller, deck, step, props.store, uiScale]);

  // Explore: a click opens the explorer's popup for the feature (the step's highlight stays until then).
  const shown = exploring && selected?.step === stepIndex ? selected : null;
  useEffect(() => {
    if (controller && shown) void controller.select(shown.id, popupElement, { at: shown.at, fly: false });
  }, [controller, shown, popupElement]);

  const feature = shown ? props.store.byId.get(shown.id) : undefined;
  return (
    <>
      <div
        ref={containerRef}
        className="present__map"
        data-testid="present-map"
        role="region"
        aria-label={exploring ? t.mapExploring : t.mapLabel(lang === 'en' ? step.titleEn : step.title)}
      />
      {feature &&
        createPortal(
          <FeaturePopup
            feature={feature}
            layer={props.store.layers.find((l) => l.id === feature.properties.layer)}
            plan={props.plan}
            planHref={planHref}
            onOpenPlan={(ref) => props.onOpenPlan(ref)}
          />,
          popupElement,
        )}
    </>
  );
}

