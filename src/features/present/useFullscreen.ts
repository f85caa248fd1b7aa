import { useEffect, useState, type RefObject } from 'react';
import { takeFullscreenRequest } from './fullscreen.ts';

export type FullscreenState = 'requested' | 'on' | 'off' | 'refused';

/**
 * Full screen on entering; leaving full screen (Esc in most browsers) leaves the mode through
 * `exitRef`. The state is shown on the root for the browser tests and hides the button while on.
 */
export function useFullscreen(exitRef: RefObject<() => void>): FullscreenState {
  const [fullscreen, setFullscreen] = useState<FullscreenState>('requested');
  useEffect(() => {
    // Full screen may already be on: the request went out when the mode was opened.
    let entered = document.fullscreenElement !== null;
    const onChange = () => {
      const on = document.fullscreenElement !== null;
      setFullscreen(on ? 'on' : 'off');
      if (on) entered = true;
      else if (entered) exitRef.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    void takeFullscreenRequest().then((ok) => {
      if (document.fullscreenElement) {
        entered = true;
        setFullscreen('on');
      } else if (!ok) setFullscreen('refused');
    });
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [exitRef]);
  return fullscreen;
}
