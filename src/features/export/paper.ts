/** Paper sizes, print resolution and the scale bar: the numbers behind the map export. */

export type Paper = 'A4' | 'A3';
export type Dpi = 150 | 200 | 300;
export type Orientation = 'portrait' | 'landscape';

/** ISO 216 sizes in millimetres, portrait (width × height). */
export const PAPER_MM: Record<Paper, { widthMm: number; heightMm: number }> = {
  A4: { widthMm: 210, heightMm: 297 },
  A3: { widthMm: 297, heightMm: 420 },
};

export const MM_PER_INCH = 25.4;

/** Pixel size of a sheet: paper mm / 25.4 × dpi, rounded (A4 at 300 dpi: 2480 × 3508 portrait). */
export function paperPixelSize(paper: Paper, dpi: number, orientation: Orientation): { width: number; height: number } {
  const { widthMm, heightMm } = PAPER_MM[paper];
  const w = Math.round((widthMm / MM_PER_INCH) * dpi);
  const h = Math.round((heightMm / MM_PER_INCH) * dpi);
  return orientation === 'portrait' ? { width: w, height: h } : { width: h, height: w };
}

/**
 * The map pixel ratio that renders a map of `cssSize` CSS pixels with at least `target` device pixels in
 * both directions, so the map image is never enlarged on the sheet (scaled to cover the frame).
 */
export function pixelRatioForTarget(
  cssSize: { width: number; height: number },
  target: { width: number; height: number },
): number {
  if (cssSize.width <= 0 || cssSize.height <= 0) throw new Error('the map has no size');
  return Math.max(1, target.width / cssSize.width, target.height / cssSize.height);
}

export interface ScaleBar {
  /** Distance the bar stands for. */
  meters: number;
  /** Length of the bar in the pixels it is drawn in. */
  pixels: number;
  /** `500 m`, `2 km`. */
  label: string;
}

export function formatScaleDistance(meters: number): string {
  return meters >= 1000 ? `${+(meters / 1000).toFixed(3)} km` : `${+meters.toFixed(1)} m`;
}

/**
 * The longest "round" distance (1, 2 or 5 × 10ⁿ m) whose bar fits in `maxPixels`, at `metersPerPixel`.
 */
export function niceScaleBar(metersPerPixel: number, maxPixels: number): ScaleBar {
  if (!(metersPerPixel > 0) || !(maxPixels > 0)) throw new Error('scale bar needs positive metres per pixel and length');
  const maxMeters = metersPerPixel * maxPixels;
  const pow = 10 ** Math.floor(Math.log10(maxMeters));
  const step = [5, 2, 1].find((k) => k * pow <= maxMeters) ?? 1;
  const meters = step * pow;
  return { meters, pixels: meters / metersPerPixel, label: formatScaleDistance(meters) };
}

/** Metres per CSS pixel of a Web Mercator map (512-px tiles, as MapLibre) at `latitude` and `zoom`. */
export function metersPerCssPixel(latitude: number, zoom: number): number {
  const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}
