import { boundsOf } from '../../core/geometry/bbox.ts';
import { FALLBACK_BOUNDS } from '../../core/geometry/bounds.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import { featuresWithPurpose } from '../../core/layerPurpose.ts';
import { parseTourParams } from '../../core/link/urlState.ts';
import type { Plan } from '../../core/plan/types.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { AllMessages, Messages } from '../../i18n/messages.ts';
import { presentMode } from '../../i18n/zh/presentMode.ts';
import { cachedGlyphsUrl } from '../../map/glyphCache.ts';
import { keepMapWorkers } from '../../map/keepWorkers.ts';
import { MapController } from '../../map/MapController.ts';
import { glyphsUrl } from '../../map/style/index.ts';
import { openAfterFirstIdle } from '../../ui/afterStartup.ts';
import { prefersReducedMotion } from '../../ui/motion.ts';
import { presentationStyle } from './presentStyle.ts';
import { screenScale, stepPose } from './stepPose.ts';
import tourJson from './tour.json';
import type { TourStep } from './tourSchema.ts';
import { handOver, hasBootedPresentMap, presentMapElement, type PresentMapHandlers } from './presentMapHandoff.ts';
import { initialTourState } from './tourState.ts';

/**
 * A presentation opened by link starts its map before React and the interface, as the explorer's
 * does on a plain load (src/app/mapFirst.ts): on the opening step's camera, with the step's layers and
 * highlight, in an element of its own; the mode's map (PresentMap.tsx) then adopts the element and the
 * controller instead of creating them (presentMapHandoff.ts). Without this the map started only once React, the interface,
 * the mode's code and the plan's words had come (about 1 s in, the explorer's at about 0.4 s).
 */

/** The opening step of the tour file as written, or null where it does not read as one (the mode then says why). */
function openingStep(search: string): { step: TourStep; index: number } | null {
  const asked = parseTourParams(search).params.step;
  const steps = (tourJson as { steps?: unknown }).steps;
  if (asked === null || !Array.isArray(steps) || steps.length === 0) return null;
  const index = initialTourState({ count: steps.length, step: asked, autoplayS: null, loop: false }).step;
  const step = steps[index] as Partial<TourStep> | undefined;
  const camera = step?.camera;
  if (!camera || !Array.isArray(camera.center) || typeof camera.zoom !== 'number' || !Array.isArray(step.layers) || !Array.isArray(step.highlight)) return null;
  return { step: step as TourStep, index };
}

/** Starts the presentation's map for `search` (a `?tour=` link); false when it is left to the mode. */
export function startPresentMapFirst(data: { plan: Plan; store: FeatureStore }, lang: Lang, m: Messages, search: string): boolean {
  const opening = openingStep(search);
  if (!opening || hasBootedPresentMap()) return false;
  const { step } = opening;
  const words = lang === 'en' && 'presentMode' in m ? (m as AllMessages).presentMode : presentMode;
  const uiScale = screenScale(window.innerWidth, window.innerHeight);
  const container = presentMapElement();
  container.setAttribute('aria-label', words.mapLabel(lang === 'en' ? step.titleEn : step.title));
  // Where the mode's stylesheet will put it (that file comes with the mode): the whole window, under
  // the loading screen.
  container.style.cssText = 'position: fixed; inset: 0; z-index: 0;';
  document.body.prepend(container);
  const district = featuresWithPurpose(data.store, 'district')[0];
  keepMapWorkers();
  const handlers: PresentMapHandlers = { onFeatureClick: () => undefined, onEmptyClick: () => undefined, onPopupClose: () => undefined };
  const c = new MapController({
    container,
    onStartFailure: () => void import('../../ui/mapStartFailure.ts').then((x) => x.showMapStartFailure(container)),
    prefersReducedMotion,
    store: data.store,
    style: presentationStyle(data.store, { sizeScale: 1.5 * uiScale, glyphsUrl: cachedGlyphsUrl(glyphsUrl()), lang, districtSource: m.app.districtSource }),
    initialBounds: district ? boundsOf(district.geometry) : FALLBACK_BOUNDS,
    attribution: words.attribution(data.plan.documentNumber, data.plan.issuedOn),
    onFeatureClick: (id, at) => handlers.onFeatureClick(id, at),
    onEmptyClick: () => handlers.onEmptyClick(),
    onPopupClose: () => handlers.onPopupClose(),
  });
  c.setInteractive(false);
  // As written, a step without `view` is a map step (the schema's default).
  if ((step.view ?? 'map') === 'map') c.jumpTo(stepPose(step, uiScale));
  // The step's layers and highlight, as the mode's step camera sets them (it finds them set).
  const shown = new Set(step.layers);
  for (const l of data.store.layers) if (l.role === 'plan') void c.setLayerVisible(l.id, shown.has(l.id));
  void c.highlight(step.highlight);
  handOver({ controller: c, container, handlers, unexpose: c.exposeMap('presentMap'), offGate: openAfterFirstIdle(container) });
  return true;
}
