import { useEffect, useState } from 'react';
import { screenScale } from './stepPose.ts';

export { REFERENCE_SCREEN, screenScale } from './stepPose.ts';

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
