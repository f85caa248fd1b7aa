import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { clearTourUrl } from './useTourUrl.ts';

export type Exit = (openPlanAt?: string | null) => void;

/**
 * Leaving the mode, once: the link loses the tour, full screen ends, and the app is told (with a plan
 * id when the presenter asked to read that passage in the explorer). `exitRef` is for listeners
 * registered once; `leaving` tells the link sync to stop.
 */
export function useExit(onExit: (openPlanAt: string | null) => void): { exit: Exit; exitRef: RefObject<Exit>; leaving: RefObject<boolean> } {
  const leaving = useRef(false);
  const exit = useCallback(
    (openPlanAt: string | null = null) => {
      if (leaving.current) return;
      leaving.current = true;
      clearTourUrl();
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      onExit(openPlanAt);
    },
    [onExit],
  );
  const exitRef = useRef<Exit>(exit);
  useEffect(() => {
    exitRef.current = exit;
  });
  return { exit, exitRef, leaving };
}
