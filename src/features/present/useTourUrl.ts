import { useEffect, type RefObject } from 'react';
import { parseTourParams, serializeTourParams } from '../../core/link/urlState.ts';
import type { TourState } from './tourState.ts';

/** Rewrites the link's query in place: the tour's steps are not history entries. */
function replaceSearch(search: string): void {
  if (search !== window.location.search) {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  }
}

/** The autoplay interval and loop the link opens the tour with. */
export function tourParamsFromUrl(): { autoplayS: number | null; loop: boolean } {
  const { params } = parseTourParams(window.location.search);
  return { autoplayS: params.autoplayS, loop: params.loop };
}

/** Takes the tour out of the link, for the explorer the presenter goes back to. */
export function clearTourUrl(): void {
  replaceSearch(serializeTourParams(null, window.location.search));
}

/**
 * The link holds the step (1-based), and the autoplay interval and loop while they are on. Once the
 * presenter is `leaving`, the link is the explorer's again and is left alone.
 */
export function useTourUrl(state: TourState, leaving: RefObject<boolean>): void {
  const { step, playing, intervalS, loop } = state;
  useEffect(() => {
    if (leaving.current) return;
    replaceSearch(serializeTourParams({ step: step + 1, autoplayS: playing ? intervalS : null, loop }, window.location.search));
  }, [leaving, step, playing, intervalS, loop]);
}
