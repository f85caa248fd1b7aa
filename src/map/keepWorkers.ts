import { prewarm } from 'maplibre-gl';

let kept = false;

/**
 * Keeps MapLibre's workers running for the rest of the page's life. MapLibre terminates them when its
 * last map lets go (a lost WebGL context drops the map's style, and with it its hold), and starting
 * them again fetches their script: offline, a kiosk's presentation map would then never come back.
 * While the explorer's map also ran under a presentation opened by link, it held them by chance.
 */
export function keepMapWorkers(): void {
  if (kept) return;
  kept = true;
  prewarm();
}
