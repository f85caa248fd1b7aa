import { useEffect, type Dispatch, type RefObject } from 'react';
import { requestFullscreen } from './fullscreen.ts';
import { DIGIT_WINDOW_MS, keyCommand, keyEffect, typeDigit, type KeyInput } from './keys.ts';
import type { TourAction, TourState } from './tourState.ts';

/** What the focused element does with keys itself (see {@link keyCommand}). */
function targetKind(t: EventTarget | null): KeyInput['target'] {
  if (!(t instanceof Element)) return 'other';
  if (t.closest('select')) return 'select';
  if (t.closest('button, a, input, summary')) return 'button';
  if (t.closest('[data-testid="present-map"]')) return 'map';
  return 'other';
}

/** The keys, one listener for the whole mode; it reads the state and the exit through refs so it is registered once. */
export function useTourKeys(stateRef: RefObject<TourState>, dispatch: Dispatch<TourAction>, exitRef: RefObject<() => void>): void {
  useEffect(() => {
    let digits = { buffer: '', at: 0 };
    const onKey = (e: KeyboardEvent) => {
      const s = stateRef.current;
      const cmd = keyCommand({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        target: targetKind(e.target),
        exploring: s.exploring,
      });
      if (!cmd) return;
      e.preventDefault();
      if (cmd.kind === 'digit') {
        const fresh = e.timeStamp - digits.at > DIGIT_WINDOW_MS ? '' : digits.buffer;
        const r = typeDigit(fresh, cmd.digit, s.count);
        digits = { buffer: r.buffer, at: e.timeStamp };
        if (r.step !== null) dispatch({ type: 'goto', step: r.step - 1 });
        return;
      }
      const effect = keyEffect(cmd, s);
      if (effect === 'exit') exitRef.current();
      else if (effect === 'fullscreen') {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else void requestFullscreen();
      } else if (effect) dispatch(effect);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [stateRef, dispatch, exitRef]);
}
