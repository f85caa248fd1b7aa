import { useCallback, useEffect, useState, type Dispatch } from 'react';
import type { TourAction, TourState } from './tourState.ts';

/** Longest wait for a step's camera flight before autoplay counts the step's time anyway. */
const FLIGHT_GRACE_MS = 8000;

/**
 * Autoplay counts a step's time from when its camera has arrived (or after a grace period). Returns
 * what the map calls when the camera of a step has arrived.
 */
export function useAutoplay(state: TourState, dispatch: Dispatch<TourAction>): (stepIndex: number) => void {
  const [settled, setSettled] = useState(-1);
  const { playing, step, intervalS } = state;
  useEffect(() => {
    if (!playing) return;
    if (settled !== step) {
      const t = setTimeout(() => setSettled(step), FLIGHT_GRACE_MS);
      return () => clearTimeout(t);
    }
    const t = setTimeout(() => dispatch({ type: 'tick' }), intervalS * 1000);
    return () => clearTimeout(t);
  }, [playing, step, intervalS, settled, dispatch]);
  return useCallback((i: number) => setSettled(i), []);
}

/** An unattended screen should not go to sleep while the tour plays. */
export function useWakeLock(playing: boolean): void {
  useEffect(() => {
    if (!playing || !('wakeLock' in navigator)) return;
    let alive = true;
    let lock: WakeLockSentinel | null = null;
    navigator.wakeLock
      .request('screen')
      .then((l) => {
        if (alive) lock = l;
        else void l.release();
      })
      .catch(() => undefined);
    return () => {
      alive = false;
      void lock?.release().catch(() => undefined);
    };
  }, [playing]);
}
