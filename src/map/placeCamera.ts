import type { Geometry } from 'geojson';
// bbox.ts, not anchor.ts: this runs on the first screen, which loads no turf.
import { boundsOf, type LngLat } from '../core/geometry/bbox.ts';

/**
 * Where the popup of a place opened from a list, the search or a plan pin points: the top of the
 * place (the middle of its bounds' north edge), so that the popup, which opens upwards, stands above
 * the place instead of on it. A point is its own top. A place clicked on the map keeps the click.
 */
export function popupAnchorOf(geometry: Geometry): LngLat {
  if (geometry.type === 'Point') return [geometry.coordinates[0] ?? 0, geometry.coordinates[1] ?? 0];
  const [w, , e, n] = boundsOf(geometry);
  return [(w + e) / 2, n];
}

/**
 * The room a popup may take, in CSS px: its content is at most 46% of the viewport (`.feature-popup`
 * in app.css) plus its padding and tip. Not measured: the content loads lazily and grows after the
 * camera has started, and a popup without room above flips under its place.
 */
export function popupRoomPx(viewportHeightPx: number): number {
  return Math.round(viewportHeightPx * POPUP_MAX_SHARE) + POPUP_FRAME_PX;
}

const POPUP_MAX_SHARE = 0.46;
const POPUP_FRAME_PX = 40;
