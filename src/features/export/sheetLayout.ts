import { LOCAL_IDEOGRAPH_FONT_FAMILY } from '../../map/style/index.ts';
import { niceScaleBar, paperPixelSize, type Dpi, type Orientation, type Paper, type ScaleBar } from './paper.ts';

/**
 * Where everything of the exported sheet goes: the map's frame, title, subtitle, legend, scale bar,
 * north arrow, date and attribution, as a pure function of the options and a text measure
 * (composeMapPng.ts draws it).
 */

export type LegendStyle = 'fill' | 'hollow' | 'line' | 'dashed' | 'point';

export interface LegendEntry {
  label: string;
  /** Any CSS colour. */
  color: string;
  style: LegendStyle;
}

/** Something drawable with a size: an HTMLCanvasElement, OffscreenCanvas, ImageBitmap or loaded image. */
export type MapImage = CanvasImageSource & { width: number; height: number };

export interface ComposeOptions {
  mapCanvas: MapImage;
  title: string;
  subtitle?: string;
  legend: LegendEntry[];
  /** A scale bar measured in `mapCanvas` pixels (CSS pixels × the pixel ratio the map was rendered at). */
  scaleBar: ScaleBar;
  /** The map's bearing (MapLibre `getBearing()`): the arrow points to north, i.e. is turned by −bearing. */
  northArrowBearingDeg: number;
  /** Printed as given, e.g. `2025-01-02`. */
  date: string;
  attribution: string;
  /** Device pixels per CSS pixel for text and lines when no paper is given. @default 1 */
  pixelRatio?: number;
  /** Print on a sheet of this size; without it the sheet is the map image plus the frame around it. */
  paper?: Paper;
  /** @default 150 */
  dpi?: Dpi;
  /** @default 'landscape' when the map image is wider than tall, else 'portrait' */
  orientation?: Orientation;
  /** `cover` fills the frame and crops the map's edges; `contain` shows all of it. @default 'cover' */
  fit?: 'cover' | 'contain';
  /** Makes the canvas; by default an OffscreenCanvas where there is one, else a `<canvas>`. */
  createCanvas?: (width: number, height: number) => SheetCanvas;
}

export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface SheetCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): Ctx2D | null;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SheetLayout {
  width: number;
  height: number;
  /** Size unit: device pixels per CSS pixel (dpi / 96 on paper). */
  unit: number;
  dpi: number | null;
  title: { x: number; y: number; font: string; text: string };
  subtitle: { x: number; y: number; font: string; text: string } | null;
  frame: Rect;
  /** The part of the map image drawn (source rectangle) and where it goes (destination). */
  mapSource: Rect;
  mapDest: Rect;
  /** Map image pixels to sheet pixels. */
  mapScale: number;
  legend: { box: Rect; font: string; titleFont: string; rowH: number; swatch: { w: number; h: number }; columns: { x: number; entries: { entry: LegendEntry; y: number }[] }[] } | null;
  scaleBar: { box: Rect; barX: number; barY: number; barW: number; barH: number; label: string; font: string };
  north: { cx: number; cy: number; r: number; rotationRad: number; font: string };
  footer: { y: number; font: string; date: { x: number; text: string }; attribution: { x: number; text: string } };
}

export type MeasureText = (text: string, font: string) => number;

const FONT = LOCAL_IDEOGRAPH_FONT_FAMILY;
const font = (px: number, weight = 400) => `${weight} ${Math.round(px)}px ${FONT}`;

/** Cuts `text` with an ellipsis so that it is at most `maxW` wide. */
export function fitText(text: string, maxW: number, f: string, measure: MeasureText): string {
  if (measure(text, f) <= maxW) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('')}…`, f) <= maxW) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('')}…`;
}

/** Where everything goes on the sheet. Pure: text widths come from `measure`. */
export function layoutMapSheet(o: ComposeOptions, measure: MeasureText): SheetLayout {
  const mw = o.mapCanvas.width;
  const mh = o.mapCanvas.height;
  if (!(mw > 0 && mh > 0)) throw new Error('the map image is empty');
  const orientation = o.orientation ?? (mw >= mh ? 'landscape' : 'portrait');
  const dpi = o.paper ? (o.dpi ?? 150) : null;
  const u = dpi !== null ? dpi / 96 : (o.pixelRatio ?? 1);

  const margin = 28 * u;
  const titleSize = 26 * u;
  const subtitleSize = 15 * u;
  const footerSize = 12 * u;
  const headerH = margin + titleSize * 1.2 + (o.subtitle ? subtitleSize * 1.5 : 0) + 12 * u;
  const footerH = footerSize * 2 + margin * 0.75;

  let width: number;
  let height: number;
  if (o.paper && dpi !== null) {
    ({ width, height } = paperPixelSize(o.paper, dpi, orientation));
  } else {
    width = Math.round(mw + 2 * margin);
    height = Math.round(headerH + mh + footerH);
  }
  const frame: Rect = { x: margin, y: headerH, w: width - 2 * margin, h: height - headerH - footerH };
  if (frame.w <= 0 || frame.h <= 0) throw new Error('the sheet is too small for its frame');

  const fit = o.fit ?? 'cover';
  const mapScale = fit === 'cover' ? Math.max(frame.w / mw, frame.h / mh) : Math.min(frame.w / mw, frame.h / mh);
  let mapSource: Rect;
  let mapDest: Rect;
  if (fit === 'cover') {
    const sw = frame.w / mapScale;
    const sh = frame.h / mapScale;
    mapSource = { x: (mw - sw) / 2, y: (mh - sh) / 2, w: sw, h: sh };
    mapDest = { ...frame };
  } else {
    const dw = mw * mapScale;
    const dh = mh * mapScale;
    mapSource = { x: 0, y: 0, w: mw, h: mh };
    mapDest = { x: frame.x + (frame.w - dw) / 2, y: frame.y + (frame.h - dh) / 2, w: dw, h: dh };
  }

  const titleFont = font(titleSize, 700);
  const subtitleFont = font(subtitleSize);
  const inner = 12 * u;

  // Scale bar: the caller's bar when it has a sensible length on the sheet, else a round one recomputed.
  const sbFont = font(12 * u);
  const maxBar = Math.min(frame.w * 0.3, 240 * u);
  let bar = { pixels: o.scaleBar.pixels * mapScale, label: o.scaleBar.label };
  if (bar.pixels > maxBar || bar.pixels < 40 * u) {
    const b = niceScaleBar(o.scaleBar.meters / (o.scaleBar.pixels * mapScale), maxBar);
    bar = { pixels: b.pixels, label: b.label };
  }
  const sbPad = 8 * u;
  const sbBoxW = Math.max(bar.pixels, measure(bar.label, sbFont)) + 2 * sbPad;
  const sbBoxH = 12 * u * 1.3 + 6 * u + 3 * sbPad;
  const sbBox: Rect = { x: frame.x + frame.w - inner - sbBoxW, y: frame.y + frame.h - inner - sbBoxH, w: sbBoxW, h: sbBoxH };

  // Legend: bottom left, in as many columns as its height needs.
  let legend: SheetLayout['legend'] = null;
  if (o.legend.length > 0) {
    const lf = font(13 * u);
    const ltf = font(13 * u, 700);
    const rowH = 13 * u * 1.6;
    const swatch = { w: 20 * u, h: 12 * u };
    const pad = 10 * u;
    const titleH = rowH;
    const maxRows = Math.max(1, Math.floor((frame.h * 0.6 - 2 * pad - titleH) / rowH));
    const nCols = Math.ceil(o.legend.length / maxRows);
    const rows = Math.ceil(o.legend.length / nCols);
    const maxLabelW = frame.w * 0.25;
    const colW = Math.min(maxLabelW, Math.max(...o.legend.map((e) => measure(e.label, lf)))) + swatch.w + 8 * u;
    const boxW = Math.max(nCols * colW + (nCols - 1) * pad, measure('图例 Legend', ltf)) + 2 * pad;
    const boxH = 2 * pad + titleH + rows * rowH;
    const box: Rect = { x: frame.x + inner, y: frame.y + frame.h - inner - boxH, w: boxW, h: boxH };
    const columns = Array.from({ length: nCols }, (_, c) => ({
      x: box.x + pad + c * (colW + pad),
      entries: o.legend.slice(c * rows, (c + 1) * rows).map((entry, r) => ({
        entry: { ...entry, label: fitText(entry.label, colW - swatch.w - 8 * u, lf, measure) },
        y: box.y + pad + titleH + r * rowH + rowH / 2,
      })),
    }));
    legend = { box, font: lf, titleFont: ltf, rowH, swatch, columns };
  }

  const northR = 22 * u;
  const footerFont = font(footerSize);
  const footerY = height - margin * 0.75 - footerSize * 0.5;
  const dateText = o.date;
  const dateW = measure(dateText, footerFont);
  const attribution = fitText(o.attribution, frame.w - dateW - 24 * u, footerFont, measure);

  return {
    width,
    height,
    unit: u,
    dpi,
    title: { x: margin, y: margin + titleSize, font: titleFont, text: fitText(o.title, frame.w, titleFont, measure) },
    subtitle: o.subtitle
      ? { x: margin, y: margin + titleSize * 1.2 + subtitleSize * 1.3, font: subtitleFont, text: fitText(o.subtitle, frame.w, subtitleFont, measure) }
      : null,
    frame,
    mapSource,
    mapDest,
    mapScale,
    legend,
    scaleBar: {
      box: sbBox,
      barX: sbBox.x + sbPad,
      barY: sbBox.y + sbBox.h - sbPad - 6 * u,
      barW: bar.pixels,
      barH: 6 * u,
      label: bar.label,
      font: sbFont,
    },
    north: {
      cx: frame.x + frame.w - inner - northR,
      cy: frame.y + inner + northR,
      r: northR,
      rotationRad: (-o.northArrowBearingDeg * Math.PI) / 180,
      font: font(11 * u, 700),
    },
    footer: {
      y: footerY,
      font: footerFont,
      date: { x: margin, text: dateText },
      attribution: { x: width - margin, text: attribution },
    },
  };
}
