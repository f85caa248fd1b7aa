import { boundsOf } from '../../core/geometry/bbox.ts';
import { FALLBACK_BOUNDS } from '../../core/geometry/bounds.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import { featuresWithPurpose } from '../../core/layerPurpose.ts';
import { parseTourParams } from '../../core/link/urlState.ts';
import type { Plan } from '../../core/plan/types.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { AllMessages, Messages } from '../../i18n/messages.ts';
import type { PresentWords } from './presentText.ts';
import { presentMode } from '../../i18n/zh/presentMode.ts';
import { cachedGlyphsUrl } from '../../map/glyphCache.ts';
import { keepMapWorkers } from '../../map/keepWorkers.ts';
import { MapController } from '../../map/MapController.ts';
import { glyphsUrl } from '../../map/style/index.ts';
import { openAfterFirstIdle } from '../../ui/afterStartup.ts';
import { prefersReducedMotion } from '../../ui/motion.ts';
import { presentationStyle } from './presentStyle.ts';
import { screenScale, stepInsets, stepPose } from './stepPose.ts';
import tourJson from './tour.json';
import type { TourStep } from './tourSchema.ts';
import { handOver, hasBootedPresentMap, presentMapElement, type PresentMapHandlers } from './presentMapHandoff.ts';
import { initialTourState } from './tourState.ts';
import { addPresentFrame } from './presentFrameData.ts';

/**
 * A presentation opened by link starts its map before React and the interface, as the explorer's
 * does on a plain load (src/app/mapFirst.ts): on the opening step's camera, with the step's layers and
 * highlight, in an element of its own; the mode's map (PresentMap.tsx) then adopts the element and the
 * controller instead of creating them (presentMapHandoff.ts). Without this the map started only once React, the interface,
 * the mode's code and the plan's words had come (about 1 s in, the explorer's at about 0.4 s).
 */

/** What the presentation's map is made from. */
export interface PresentMapSetup {
  plan: Plan;
  store: FeatureStore;
  /** The step it opens on. */
  step: TourStep;
  uiScale: number;
  lang: Lang;
  words: PresentWords;
  districtSource: string;
  /** Pixels the step panel and the controls cover on the left and at the bottom. */
  insets: { left: number; bottom: number };
}

/**
 * The presentation's map: the dark style at the screen's scale, on the step's camera, not interactive
 * until the presenter explores. Made here before React, or by the mode (PresentMap.tsx) when none was.
 */
export function createPresentMap(container: HTMLDivElement, o: PresentMapSetup, handlers: PresentMapHandlers): MapController {
  const district = featuresWithPurpose(o.store, 'district')[0];
  const c = new MapController({
    container,
    onStartFailure: () => void import('../../ui/mapStartFailure.ts').then((x) => x.showMapStartFailure(container)),
    prefersReducedMotion,
    store: o.store,
    // The language is the one the mode opened in: the presentation has no switch of its own.
    style: presentationStyle(o.store, { sizeScale: 1.5 * o.uiScale, glyphsUrl: cachedGlyphsUrl(glyphsUrl()), lang: o.lang, districtSource: o.districtSource }),
    initialBounds: district ? boundsOf(district.geometry) : FALLBACK_BOUNDS,
    attribution: o.words.attribution(o.plan.documentNumber, o.plan.issuedOn),
    ...handlers,
  });
  c.setInteractive(false);
  // The map starts on the step's camera with the panel's insets as its padding, so that its first
  // tiles are that step's and the step's own camera (useStepCamera.ts, the same pose and padding)
  // does not move it. A step without `view` (the tour file as written, before the schema's default)
  // is a map step.
  if ((o.step.view ?? 'map') === 'map') c.jumpTo(stepPose(o.step, o.uiScale), { ...o.insets, top: 0, right: 0 });
  return c;
}

/** The opening step of the tour file as written, or null where it does not read as one (the mode then says why). */
function openingStep(search: string): TourStep | null {
  const asked = parseTourParams(search).params.step;
  const steps = (tourJson as { steps?: unknown }).steps;
  if (asked === null || !Array.isArray(steps) || steps.length === 0) return null;
  const index = initialTourState({ count: steps.length, step: asked, autoplayS: null, loop: false }).step;
  const step = steps[index] as Partial<TourStep> | undefined;
  const camera = step?.camera;
  if (!camera || !Array.isArray(camera.center) || typeof camera.zoom !== 'number' || !Array.isArray(step.layers) || !Array.isArray(step.highlight)) return null;
  return step as TourStep;
}

/** Starts the presentation's map for `search` (a `?tour=` link); false when it is left to the mode. */
export function startPresentMapFirst(data: { plan: Plan; store: FeatureStore }, lang: Lang, m: Messages, search: string): boolean {
  const step = openingStep(search);
  if (!step || hasBootedPresentMap()) return false;
  const words = lang === 'en' && 'presentMode' in m ? (m as AllMessages).presentMode : presentMode;
  const uiScale = screenScale(window.innerWidth, window.innerHeight);
  const container = presentMapElement();
  container.setAttribute('aria-label', words.mapLabel(lang === 'en' ? step.titleEn : step.title));
  // Where the mode's stylesheet will put it (that file comes with the mode): the whole window, under
  // the loading screen.
  container.style.cssText = 'position: fixed; inset: 0; z-index: 0;';
  document.body.prepend(container);
  keepMapWorkers();
  const handlers: PresentMapHandlers = { onFeatureClick: () => undefined, onEmptyClick: () => undefined, onPopupClose: () => undefined };
  const c = createPresentMap(
    container,
    { ...data, step, uiScale, lang, words, districtSource: m.app.districtSource, insets: stepInsets(window.innerWidth, window.innerHeight) },
    {
      onFeatureClick: (id, at) => handlers.onFeatureClick(id, at),
      onEmptyClick: () => handlers.onEmptyClick(),
      onPopupClose: () => handlers.onPopupClose(),
    },
  );
  // The step's layers and highlight, as the mode's step camera sets them (it finds them set).
  const shown = new Set(step.layers);
  for (const l of data.store.layers) if (l.role === 'plan') void c.setLayerVisible(l.id, shown.has(l.id));
  void c.highlight(step.highlight);
  // The frame too, so that its tiles load with the step's while the mode's code is on its way.
  const frame = addPresentFrame(c, { store: data.store, lang, uiScale, step });
  handOver({ controller: c, container, handlers, unexpose: c.exposeMap('presentMap'), offGate: openAfterFirstIdle(container), frame });
  return true;
}
