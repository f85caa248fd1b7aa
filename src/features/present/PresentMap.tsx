import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { LngLat } from '../../core/geometry/bbox.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { MapController } from '../../map/MapController.ts';
import type { PresentFrame } from '../../map/presentFrame.ts';
import type { Plan } from '../../core/plan/types.ts';
import { FeaturePopup } from '../../ui/FeaturePopup.tsx';
import { glyphsUrl, TEXT_FONT } from '../../map/style/index.ts';
import { glyphRanges, prefetchGlyphs } from '../../map/glyphCache.ts';
import { planHref } from './IndicatorsDashboard.tsx';
import { usePresentText } from './presentText.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import type { TourStep } from './tourSchema.ts';
import { loadDeckModule, usePresentDeck, type DeckModule } from './usePresentDeck.ts';
import { useStepCamera } from './useStepCamera.ts';
import { openAfterFirstIdle } from '../../ui/afterStartup.ts';
import { keepMapWorkers } from '../../map/keepWorkers.ts';
import { presentMapElement, takeBootedPresentMap, type PresentMapHandlers } from './presentMapHandoff.ts';
import { createPresentMap } from './presentMapFirst.ts';
import { addPresentFrame, stepNamedPlaces } from './presentFrameData.ts';


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
  const startDeckRef = useRef<() => void>(() => undefined);
  const frameRef = useRef<PresentFrame | null>(null);
  const [frameReady, setFrameReady] = useState(false);
  const [selected, setSelected] = useState<{ id: string; at: LngLat; step: number } | null>(null);
  const [popupElement] = useState(() => document.createElement('div'));
  const { t, lang } = usePresentText();
  const districtSource = useI18n().m.app.districtSource;
  const latest = useRef({ ...props, t, lang, districtSource });
  useEffect(() => {
    latest.current = { ...props, t, lang, districtSource };
  });

  // The map's element is made here, not rendered: opened by link, the map may have started before
  // React (presentMapFirst.ts), and its element and controller are then taken in instead of created.
  const slotRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const slot = slotRef.current;
    if (!slot) return;
    const p = latest.current;
    // Taken once: under React's development double mount the second mount makes a map of its own.
    const booted = takeBootedPresentMap();
    const container = booted?.container ?? presentMapElement();
    container.style.cssText = '';
    slot.append(container);
    containerRef.current = container;
    const handlers: PresentMapHandlers = {
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
    };
    // A kiosk may lose its network, then its WebGL context: the rebuilt map needs its workers.
    keepMapWorkers();
    const c = booted?.controller ?? createPresentMap(container, { ...p, words: p.t, insets: p.insets() }, handlers);
    if (booted) Object.assign(booted.handlers, handlers);
    setController(c);
    const unexpose = booted ? booted.unexpose : c.exposeMap('presentMap');
    // Opened by link, the explorer's deferred chunks also wait for this map's first idle.
    const offGate = booted ? booted.offGate : openAfterFirstIdle(container);
    let alive = true;
    // The geographic frame: the one the map started before the mode has added, or this map's own.
    void (booted?.frame ?? addPresentFrame(c, { store: p.store, lang: p.lang, uiScale: p.uiScale, step: p.step })).then((frame) => {
      if (!alive || !frame) return;
      frameRef.current = frame;
      setFrameReady(true);
    });
    // deck.gl is fetched with the mode, so that it is there before the first 3D step (and before a
    // kiosk's network goes away); but, unless the opening step draws with it, once this map has drawn
    // that step (arrived at its camera and idle): its chunk and its WebGL context (over a second in
    // software WebGL) would otherwise hold up the first step's drawing.
    let deckStarted = false;
    const startDeck = () => {
      if (deckStarted || !alive) return;
      deckStarted = true;
      Promise.all([loadDeckModule(), c.attachDeckOverlay()])
        .then(([mod]) => {
          if (!alive) return;
          setDeck(mod);
          container.setAttribute('data-deck-ready', 'true');
        })
        .catch((e: unknown) => {
          if (alive) latest.current.onDeckError(e instanceof Error ? e.message : String(e));
        });
    };
    // Every glyph range the labels can ask for is kept in memory once the first step is drawn (not
    // before: the step's own ranges come first), so that a kiosk that loses its network still has them
    // (`data-glyphs-kept` once they are).
    const keepGlyphs = () => {
      const names = [...p.store.byId.values()].flatMap((f) => [f.properties.name.zh, f.properties.name.en]);
      void prefetchGlyphs(glyphsUrl(), TEXT_FONT.join(','), glyphRanges(names)).then(() => {
        if (alive) container.setAttribute('data-glyphs-kept', 'true');
      });
    };
    const idleWatch = new MutationObserver(() => {
      if (container.getAttribute('data-map-idle') !== 'true' || container.getAttribute('data-step-settled') !== 'true') return;
      idleWatch.disconnect();
      keepGlyphs();
      startDeck();
    });
    idleWatch.observe(container, { attributes: true, attributeFilter: ['data-map-idle', 'data-step-settled'] });
    startDeckRef.current = startDeck;
    if (p.step.deck) startDeck();
    return () => {
      alive = false;
      idleWatch.disconnect();
      startDeckRef.current = () => undefined;
      offGate();
      c.destroy();
      container.remove();
      containerRef.current = null;
      setController(null);
      unexpose();
    };
  }, []);

  const { step, stepIndex, exploring, uiScale } = props;
  // A step that draws with deck.gl before the map's first idle (a quick clicker) fetches it at once.
  useEffect(() => {
    if (step.deck) startDeckRef.current();
  }, [step]);

  useStepCamera(containerRef, controller, step, stepIndex, exploring, latest);
  // One label per place: the frame's and the neighbours' names give way to the places the step labels.
  useEffect(() => {
    frameRef.current?.hideNames(stepNamedPlaces(step, props.store));
  }, [frameReady, step, props.store]);
  usePresentDeck(containerRef, controller, deck, step, props.store, uiScale);

  // Explore: a click opens the explorer's popup for the feature (the step's highlight stays until then).
  const shown = exploring && selected?.step === stepIndex ? selected : null;
  useEffect(() => {
    if (controller && shown) void controller.select(shown.id, popupElement, { at: shown.at, fly: false });
  }, [controller, shown, popupElement]);

  const feature = shown ? props.store.byId.get(shown.id) : undefined;
  const label = exploring ? t.mapExploring : t.mapLabel(lang === 'en' ? step.titleEn : step.title);
  // The element is not React's (see above): its label is kept here.
  useEffect(() => {
    containerRef.current?.setAttribute('aria-label', label);
  }, [controller, label]);
  return (
    <>
      <div ref={slotRef} className="map-slot" />
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

