/**
 * The presentation's state and its one reducer: which step is shown, whether autoplay runs, whether
 * the presenter has stopped to explore or to read a dashboard or a plan passage. Pure, so the keys,
 * the buttons and the autoplay timer all go through the same transitions and the tests cover them.
 */

/** Autoplay intervals offered in the controls, in seconds. */
export const AUTOPLAY_CHOICES_S = [5, 10, 15, 20, 30, 60] as const;
/** @default 15 */
export const DEFAULT_INTERVAL_S = 15;

/** What covers the map while the tour is paused: the whole dashboard, or one plan passage. */
export type Overlay = { kind: 'dashboard' } | { kind: 'plan'; ref: string; quote?: string } | null;

export interface TourState {
  /** 0-based index of the step shown. */
  step: number;
  count: number;
  playing: boolean;
  intervalS: number;
  loop: boolean;
  /** The map is the presenter's: interactive, popups on click; the tour waits. */
  exploring: boolean;
  overlay: Overlay;
  /** Whether autoplay was on when the tour was paused for exploring or an overlay. */
  resumePlaying: boolean;
  /** How many times autoplay has wrapped from the last step to the first. */
  loops: number;
}

export type TourAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; step: number }
  /** The autoplay timer fired. */
  | { type: 'tick' }
  | { type: 'togglePlay' }
  | { type: 'setInterval'; seconds: number }
  | { type: 'setLoop'; loop: boolean }
  | { type: 'explore' }
  | { type: 'resume' }
  | { type: 'openOverlay'; overlay: NonNullable<Overlay> }
  | { type: 'closeOverlay' };

export function initialTourState(o: {
  count: number;
  /** 1-based, as in the link; clamped to the tour. */
  step: number;
  autoplayS: number | null;
  loop: boolean;
}): TourState {
  return {
    step: clamp(o.step - 1, o.count),
    count: o.count,
    playing: o.autoplayS !== null,
    intervalS: o.autoplayS ?? DEFAULT_INTERVAL_S,
    loop: o.loop,
    exploring: false,
    overlay: null,
    resumePlaying: false,
    loops: 0,
  };
}

function clamp(step: number, count: number): number {
  return Math.min(Math.max(0, Math.trunc(step)), count - 1);
}

/** Leaves exploring and overlays (navigation means "back to the story"). */
function backToTour(s: TourState): TourState {
  if (!s.exploring && s.overlay === null) return s;
  return { ...s, exploring: false, overlay: null, playing: s.resumePlaying, resumePlaying: false };
}

function pause(s: TourState): TourState {
  if (s.exploring || s.overlay !== null) return s;
  return { ...s, playing: false, resumePlaying: s.playing };
}

export function tourReducer(s: TourState, a: TourAction): TourState {
  switch (a.type) {
    case 'next': {
      const t = backToTour(s);
      if (t.step < t.count - 1) return { ...t, step: t.step + 1 };
      return t.loop ? { ...t, step: 0, loops: t.loops + 1 } : t;
    }
    case 'prev': {
      const t = backToTour(s);
      return t.step > 0 ? { ...t, step: t.step - 1 } : t;
    }
    case 'first':
      return { ...backToTour(s), step: 0 };
    case 'last':
      return { ...backToTour(s), step: s.count - 1 };
    case 'goto':
      return { ...backToTour(s), step: clamp(a.step, s.count) };
    case 'tick': {
      if (!s.playing || s.exploring || s.overlay !== null) return s;
      if (s.step < s.count - 1) return { ...s, step: s.step + 1 };
      // The end of the tour: start over when looping, else stop on the last step.
      return s.loop ? { ...s, step: 0, loops: s.loops + 1 } : { ...s, playing: false };
    }
    case 'togglePlay': {
      const t = backToTour(s);
      // Play from the end starts over.
      if (!t.playing && t.step === t.count - 1) return { ...t, playing: true, step: 0 };
      return { ...t, playing: !t.playing };
    }
    case 'setInterval':
      return { ...s, intervalS: Math.max(0.5, a.seconds) };
    case 'setLoop':
      return { ...s, loop: a.loop };
    case 'explore':
      return { ...pause(s), exploring: true, overlay: null };
    case 'resume':
      return backToTour(s);
    case 'openOverlay':
      return { ...pause(s), overlay: a.overlay };
    case 'closeOverlay':
      return s.exploring ? { ...s, overlay: null } : backToTour(s);
  }
}
