import { useEffect, type RefObject } from 'react';
import type { FeatureStore } from '../../core/featureStore.ts';
import { darkPalette } from '../../core/palette.ts';
import type { MapController } from '../../map/MapController.ts';
import { prefersReducedMotion } from '../../ui/motion.ts';
import { arcItems, extrusionItems, hexToRgb } from './deckData.ts';
import type { TourStep } from './tourSchema.ts';

/** The deck.gl layers' module, fetched with the mode (never with the explorer's first screen). */
export type DeckModule = typeof import('../../map/deck/presentLayers.ts');

export const loadDeckModule = (): Promise<DeckModule> => import('../../map/deck/presentLayers.ts');

/** How long one turn of the arcs' moving heads takes. */
const ARC_PERIOD_MS = 3200;
/** The arcs animate at this frame interval at most: smooth enough, and light on a kiosk's CPU. */
const ARC_FRAME_MS = 40;

/**
 * deck.gl on the presentation's map: the extruded areas and the arcs of the step, the arcs' heads
 * moving unless motion is reduced. Marks what it drew on the container for the browser tests.
 */
export function usePresentDeck(
  containerRef: RefObject<HTMLDivElement | null>,
  controller: MapController | null,
  deck: DeckModule | null,
  step: TourStep,
  store: FeatureStore,
  uiScale: number,
): void {
  useEffect(() => {
    const container = containerRef.current;
    if (!controller || !deck || !container) return;
    const onMap = step.view === 'map';
    const extrusion = onMap && step.deck?.extrusion ? extrusionItems(store, step.layers, darkPalette) : [];
    const arcs = onMap ? arcItems(store, step.deck?.arcs ?? [], darkPalette) : [];
    const pixelScale = Math.max(0.5, uiScale);
    const colours = { ground: hexToRgb(darkPalette.background) };
    const drawn = [...(extrusion.length ? ['extrusion'] : []), ...(arcs.length ? ['arcs'] : [])];
    container.setAttribute('data-deck-layers', drawn.join(' '));
    const still = arcs.length === 0 || prefersReducedMotion();
    controller.setDeckLayers(deck.buildDeckLayers({ extrusion, arcs, phase: still ? null : 0, pixelScale, colours }));
    if (still) return;
    let raf = 0;
    let last = 0;
    const frame = (t: number) => {
      raf = requestAnimationFrame(frame);
      if (t - last < ARC_FRAME_MS) return;
      last = t;
      controller.setDeckLayers(deck.buildDeckLayers({ extrusion, arcs, phase: (t % ARC_PERIOD_MS) / ARC_PERIOD_MS, pixelScale, colours }));
    };
    raf = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(raf);
  }, [containerRef, controller, deck, step, store, uiScale]);
}
