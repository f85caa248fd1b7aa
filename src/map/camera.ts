import type { Map as MlMap, PaddingOptions } from 'maplibre-gl';
import type { LngLat } from '../core/geometry/anchor.ts';

export interface MapCamera {
  center: LngLat;
  zoom: number;
  bearing: number;
  pitch: number;
}

/**
 * Flies to a camera with pitch and bearing (jumps with `jump`: the user prefers reduced motion). A zoom
 * below the map's minimum lowers the minimum. Resolves when the camera stops, also when another
 * move interrupts the flight.
 */
export async function flyToPose(map: MlMap, pose: MapCamera, o: { padding?: PaddingOptions; durationMs?: number; jump?: boolean }): Promise<void> {
  if (pose.zoom < map.getMinZoom()) map.setMinZoom(Math.max(0, Math.floor(pose.zoom * 2) / 2 - 0.5));
  // Ends a running flight first, so its moveend does not resolve this one.
  map.stop();
  const durationMs = o.durationMs ?? 2400;
  const camera = { center: pose.center, zoom: pose.zoom, pitch: pose.pitch, bearing: pose.bearing, padding: o.padding };
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      map.off('moveend', done);
      resolve();
    };
    // A flight whose moveend never comes (a lost context stops rendering) must not stall the caller.
    const timer = setTimeout(done, durationMs + 4000);
    map.on('moveend', done);
    if (o.jump) map.jumpTo(camera);
    else map.flyTo({ ...camera, duration: durationMs, essential: true });
  });
}
