import { GeoJsonOverlay } from './geoJsonOverlay.ts';
import { OVERLAY_RANK } from './MapOverlay.ts';
import { lifeCircleLayers, measureLayers, nearbyLayers } from './overlayLayers.ts';
import type { OverlayPalette } from './overlayPalette.ts';

/** The "near here" circle and its centre. */
export function nearbyOverlay(colours: OverlayPalette): GeoJsonOverlay {
  return new GeoJsonOverlay(OVERLAY_RANK.nearby, 'nearby', nearbyLayers('overlay-nearby', colours));
}

/** The life circles, coloured by radius. */
export function lifeCircleOverlay(colours: OverlayPalette): GeoJsonOverlay {
  return new GeoJsonOverlay(OVERLAY_RANK.lifeCircles, 'life-circles', lifeCircleLayers('overlay-life-circles', colours));
}

/** The measurement being drawn: its line or polygon and vertices. */
export function measureOverlay(colours: OverlayPalette): GeoJsonOverlay {
  return new GeoJsonOverlay(OVERLAY_RANK.measure, 'measure', measureLayers('overlay-measure', colours));
}
