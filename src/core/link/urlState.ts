import { display } from './shareParse.ts';
import type { LinkNotice } from './shareFormat.ts';

// The link format lives in shareState.ts (versioned, with camera, layers, filters, language); this
// module holds the presentation mode's tour parameters, which the explorer keeps untouched.
export { FIRST_YEAR, LAST_YEAR } from './shareFormat.ts';

/** Highest step number `?tour=` accepts; the presentation mode clamps to the tour's own length. */
export const MAX_TOUR_STEP = 99;
/** Autoplay interval bounds, in seconds (tenths allowed: a soak test runs at half a second). */
export const AUTOPLAY_MIN_S = 0.5;
export const AUTOPLAY_MAX_S = 3600;

/**
 * The presentation mode's link: `?tour=<n>` opens the guided tour at step n (1-based);
 * `&autoplay=<seconds>` starts it playing at that interval and `&loop=1` starts over after the last
 * step (for unattended screens). Kept apart from the share state (shareState.ts): the explorer keeps
 * these parameters untouched, and only the presentation mode writes them.
 */
export interface TourParams {
  /** 1-based step, or null when the tour is not open. */
  step: number | null;
  /** Seconds per step when autoplay starts at once; null: the tour waits for the presenter. */
  autoplayS: number | null;
  loop: boolean;
}

/** Reads the tour parameters. Never throws: malformed values are dropped with a notice. */
export function parseTourParams(search: string): { params: TourParams; notices: LinkNotice[] } {
  const notices: LinkNotice[] = [];
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    return { params: { step: null, autoplayS: null, loop: false }, notices };
  }
  const stepRaw = q.get('tour');
  let step: number | null = null;
  if (stepRaw) {
    if (/^[1-9][0-9]?$/.test(stepRaw) && Number(stepRaw) <= MAX_TOUR_STEP) step = Number(stepRaw);
    else notices.push({ kind: 'badTourStep', value: display(stepRaw), max: MAX_TOUR_STEP });
  }
  const playRaw = q.get('autoplay');
  let autoplayS: number | null = null;
  if (playRaw) {
    const s = /^[0-9]{1,4}(\.[0-9])?$/.test(playRaw) ? Number(playRaw) : NaN;
    if (s >= AUTOPLAY_MIN_S && s <= AUTOPLAY_MAX_S) autoplayS = s;
    else notices.push({ kind: 'badAutoplay', value: display(playRaw), min: AUTOPLAY_MIN_S, max: AUTOPLAY_MAX_S });
  }
  const loopRaw = q.get('loop');
  if (loopRaw !== null && loopRaw !== '' && loopRaw !== '0' && loopRaw !== '1') {
    notices.push({ kind: 'badLoop', value: display(loopRaw) });
  }
  return { params: { step, autoplayS, loop: loopRaw === '1' }, notices };
}

/** Writes the tour parameters into a query string (null removes them), keeping every other parameter. */
export function serializeTourParams(p: TourParams | null, currentSearch = ''): string {
  const q = new URLSearchParams(currentSearch);
  const set = (k: string, v: string | null) => (v === null ? q.delete(k) : q.set(k, v));
  set('tour', p?.step == null ? null : String(p.step));
  set('autoplay', p?.step == null || p.autoplayS === null ? null : String(p.autoplayS));
  set('loop', p?.step == null || !p.loop ? null : '1');
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * The query without the tour parameters parseTourParams rejected (each with a notice), so a rejected
 * value does not stay in the link and travel in copied links; unchanged when none was rejected.
 */
export function withoutRejectedTourParams(search: string): string {
  const { params, notices } = parseTourParams(search);
  return notices.length ? serializeTourParams(params, search) : search;
}
