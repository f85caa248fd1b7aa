import type { TourAction, TourState } from './tourState.ts';

/**
 * The presentation's keys. Clickers send PageDown/PageUp (some send the arrows, space, or F5 and Esc
 * for "start" and "stop"); keyboards add Home/End, digits to jump, and letters for the controls.
 */
export type KeyCommand =
  /** The tour's own moves, passed on as they are. */
  | { kind: TourMove }
  | { kind: 'digit'; digit: number }
  | { kind: 'escape' }
  | { kind: 'toggleExplore' }
  | { kind: 'dashboard' }
  | { kind: 'fullscreen' }
  /** Swallowed so that a clicker's F5 does not reload the page (which would fail offline). */
  | { kind: 'ignore' };

/** The reducer's actions that a key sends unchanged. */
type TourMove = Extract<TourAction['type'], 'next' | 'prev' | 'first' | 'last' | 'togglePlay'>;

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The focused element is a control that uses the key itself (a button for space, a select for arrows). */
  target?: 'button' | 'select' | 'map' | 'other';
  /** The map is the presenter's (explore): the arrows pan it instead of turning pages. */
  exploring?: boolean;
}

const ARROWS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown']);

/** The keys of each command but the digits; letters in either case (caps lock may be on). */
const COMMAND_KEYS: [Exclude<KeyCommand['kind'], 'digit'>, string[]][] = [
  ['next', ['PageDown', 'ArrowRight', 'ArrowDown', ' ']],
  ['prev', ['PageUp', 'ArrowLeft', 'ArrowUp']],
  ['first', ['Home']],
  ['last', ['End']],
  ['escape', ['Escape']],
  ['ignore', ['F5']],
  ['togglePlay', ['p', 'P']],
  ['toggleExplore', ['e', 'E']],
  ['dashboard', ['i', 'I']],
  ['fullscreen', ['f', 'F']],
];
const KEY_COMMANDS = new Map(COMMAND_KEYS.flatMap(([kind, keys]) => keys.map((key) => [key, kind] as const)));

/** The command a key press means, or null when the presentation should leave it alone. */
export function keyCommand(e: KeyInput): KeyCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const { key, target = 'other' } = e;
  if (target === 'select' && (ARROWS.has(key) || key === ' ' || key === 'Home' || key === 'End')) return null;
  if (target === 'button' && (key === ' ' || key === 'Enter')) return null;
  if (ARROWS.has(key) && e.exploring && target === 'map') return null;
  const kind = KEY_COMMANDS.get(key);
  if (kind) return { kind };
  return /^[0-9]$/.test(key) ? { kind: 'digit', digit: Number(key) } : null;
}

/** How long the digits of a two-digit step number may be apart. */
export const DIGIT_WINDOW_MS = 900;

/**
 * Typed step numbers: `3` jumps to step 3 at once; `1` then `2` within {@link DIGIT_WINDOW_MS} goes on to
 * step 12. Returns the new buffer and the 1-based step to show (null: nothing to do).
 */
export function typeDigit(buffer: string, digit: number, count: number): { buffer: string; step: number | null } {
  const joined = `${buffer}${digit}`;
  const n = Number(joined);
  if (buffer !== '' && n >= 1 && n <= count) return { buffer: joined, step: n };
  const alone = String(digit);
  return digit >= 1 && digit <= count ? { buffer: alone, step: digit } : { buffer: digit === 0 ? '' : alone, step: null };
}

/**
 * What a command (other than a digit, see {@link typeDigit}) does in state `s`: a step of the tour's
 * reducer, leaving the mode, switching full screen, or nothing.
 */
export function keyEffect(
  cmd: Exclude<KeyCommand, { kind: 'digit' }>,
  s: Pick<TourState, 'overlay' | 'exploring'>,
): TourAction | 'exit' | 'fullscreen' | null {
  switch (cmd.kind) {
    case 'next':
    case 'prev':
    case 'first':
    case 'last':
    case 'togglePlay':
      return { type: cmd.kind };
    case 'escape':
      return s.overlay ? { type: 'closeOverlay' } : 'exit';
    case 'toggleExplore':
      return { type: s.exploring ? 'resume' : 'explore' };
    case 'dashboard':
      return s.overlay?.kind === 'dashboard' ? { type: 'closeOverlay' } : { type: 'openOverlay', overlay: { kind: 'dashboard' } };
    case 'fullscreen':
      return 'fullscreen';
    case 'ignore':
      return null;
  }
}
