import type { Bounds, LngLat } from '../core/geometry/anchor.ts';

/** A rectangle in CSS pixels of the page (a DOMRect fits). */
export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

export const EDGE_PX = 24;

/**
 * How many pixels of the map's bottom a cover (a bottom sheet over the map) hides: 0 beside the map
 * or without width. A sheet may still be filling (its content loads lazily), so its CSS max-height
 * (`maxHeightPx`, NaN when none) counts rather than its height of the moment.
 */
export function coveredBottomPx(canvas: Rect, cover: Rect, maxHeightPx: number): number {
  if (cover.width === 0 || cover.right <= canvas.left || cover.left >= canvas.right || cover.bottom <= canvas.top) return 0;
  const top = Number.isFinite(maxHeightPx) ? Math.min(cover.top, cover.bottom - maxHeightPx) : cover.top;
  return Math.max(0, Math.min(canvas.height, canvas.bottom - top));
}

/**
 * How far to pan (CSS px, down positive) so a tapped anchor at `anchorY` stays above a cover of
 * `coveredPx`; 0 when it is in view already.
 */
export function panAboveCoverPx(anchorY: number, canvasHeightPx: number, coveredPx: number): number {
  if (!coveredPx) return 0;
  const visibleH = canvasHeightPx - coveredPx;
  if (anchorY > EDGE_PX && anchorY < visibleH - EDGE_PX) return 0;
  return anchorY - visibleH / 2;
}

export type Padding = { top: number; bottom: number; left: number; right: number };

export type SelectionCamera =
  | { kind: 'fly'; center: LngLat; minZoom: number; offset: [number, number] }
  | { kind: 'fit'; bounds: Bounds; padding: Padding; maxZoom: number };

/**
 * Where the camera goes for a selected feature: its bounds with room for the popup above the anchor
 * (which opens upwards), or on a phone in the part the bottom sheet leaves free. A point, or a map too
 * small for the padding, flies to the anchor instead.
 */
export function selectionCamera(
  bounds: Bounds,
  anchor: LngLat,
  o: { sheet: boolean; coveredPx: number; canvasWidthPx: number; canvasHeightPx: number; popupPx?: number },
): SelectionCamera {
  const [w, s, e, n] = bounds;
  // The popup opens upwards from the place's top (placeCamera.ts): the room above is its height.
  const top = o.popupPx === undefined ? 280 : Math.round(Math.min(Math.max(o.popupPx + 40, 120), o.canvasHeightPx - 200));
  const padding: Padding = o.sheet
    ? { top: EDGE_PX, bottom: o.coveredPx + EDGE_PX, left: EDGE_PX, right: EDGE_PX }
    : { top, bottom: 80, left: 80, right: 80 };
  const fits = o.canvasHeightPx > padding.top + padding.bottom + 80 && o.canvasWidthPx > 160;
  const below = o.popupPx === undefined ? 100 : Math.round(Math.min(o.popupPx / 2 + 20, o.canvasHeightPx / 2 - 60));
  if ((w === e && s === n) || !fits) return { kind: 'fly', center: anchor, minZoom: 14, offset: o.sheet ? [0, -o.coveredPx / 2] : [0, below] };
  return { kind: 'fit', bounds, padding, maxZoom: 15 };
}

/** The padding to fit bounds into what a cover of `coveredPx` leaves free. */
export function paddingAboveCover(coveredPx: number): Padding {
  return { top: EDGE_PX, left: EDGE_PX, right: EDGE_PX, bottom: coveredPx + EDGE_PX };
}
