import { display, parseShareState, type LinkNotice, type PanelKind } from './shareState.ts';

// The link format lives in shareState.ts (versioned, with camera, layers, filters, language); this
// module is the view of it that App reads today, plus the presentation mode's tour parameters.
export { FIRST_YEAR, LAST_YEAR, PANELS, type PanelKind } from './shareState.ts';

/**
 * What a link carries: `?feature=<feature id>&plan=<plan id>&panel=<panel>&year=<year>`.
 * `plan` opens the plan panel at a passage; `panel` opens a side panel without one (`plan` for the
 * table of contents, `coverage`, `district-wide`); `year` shows the plan as of that year.
 */
export interface UrlState {
  feature: string | null;
  plan: string | null;
  panel: PanelKind | null;
  year: number | null;
}

export const EMPTY_URL_STATE: UrlState = { feature: null, plan: null, panel: null, year: null };

export interface UrlParseResult {
  state: UrlState;
  /** Quiet notices for values that were ignored, to show to the user (worded by the UI). */
  notices: LinkNotice[];
}

/** The ids a link may name, so unknown ones can be ignored with a notice. */
export interface KnownIds {
  feature(id: string): boolean;
  plan(id: string): boolean;
}

/**
 * Reads `search` (location.search) through {@link parseShareState}. Never throws: anything unknown or
 * malformed, in these four parameters or in the rest of the share state, is dropped with a notice.
 */
export function parseUrlState(search: string, known: KnownIds): UrlParseResult {
  const { state, notices } = parseShareState(search, known);
  return {
    state: { feature: state.feature, plan: state.plan, panel: state.panel, year: state.year },
    // The tour's parameters are read by the presentation mode (parseTourParams); a malformed one is
    // reported here with the others.
    notices: [...notices, ...parseTourParams(search).notices],
  };
}

/**
 * Writes the four parameters into a query string in place, keeping every other parameter (the rest of
 * the share state, the tour) as it is. Links without `v` read as version 1 (see shareState.ts).
 */
export function serializeUrlState(state: UrlState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  const set = (k: string, v: string | null) => (v === null ? params.delete(k) : params.set(k, v));
  set('feature', state.feature);
  set('plan', state.plan);
  set('panel', state.panel);
  set('year', state.year === null ? null : String(state.year));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Highest step number `?tour=` accepts; the presentation mode clamps to the tour's own length. */
export const MAX_TOUR_STEP = 99;
/** Autoplay interval bounds, in seconds (tenths allowed: a soak test runs at half a second). */
export const AUTOPLAY_MIN_S = 0.5;
export const AUTOPLAY_MAX_S = 3600;

/**
 * The presentation mode's link: `?tour=<n>` opens the guided tour at step n (1-based);
 * `&autoplay=<seconds>` starts it playing at that interval and `&loop=1` starts over after the last
 * step (for unattended screens). Kept apart from {@link UrlState}: the explorer keeps these parameters
 * untouched, and only the presentation mode writes them.
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
