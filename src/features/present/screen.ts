import { useEffect, useState } from 'react';

/** The screen the tour's cameras are written for. */
export const REFERENCE_SCREEN = { width: 1920, height: 1080 };

/** Screen size relative to 1920×1080 (2 on a 3840×2160 wall). */
export function screenScale(width: number, height: number): number {
  return Math.min(width / REFERENCE_SCREEN.width, height / REFERENCE_SCREEN.height);
}

/** The window's {@link screenScale}, kept up to date as the window (or full screen) changes size. */
export function useScreenScale(): number {
  const [uiScale, setUiScale] = useState(() => screenScale(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const onResize = () => setUiScale(screenScale(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return uiScale;
}
