import type { LegendEntry, Rect, SheetLayout, ComposeOptions, Ctx2D, MeasureText, SheetCanvas } from './sheetLayout.ts';
import { layoutMapSheet } from './sheetLayout.ts';
import { withPngDpi } from './pngDpi.ts';

export { fitText, layoutMapSheet } from './sheetLayout.ts';
export type { ComposeOptions, Ctx2D, LegendEntry, LegendStyle, MapImage, MeasureText, SheetCanvas, SheetLayout } from './sheetLayout.ts';

/**
 * The map as a sheet: the rendered map scaled into a frame, with title, subtitle, legend, scale bar,
 * north arrow, date and attribution, drawn on a canvas and returned as a PNG. Every text is drawn with
 * `fillText` (never HTML). The layout is a pure function (`layoutMapSheet`), the drawing takes any 2D
 * context, so a browser test can call `composeMapPng` with a canvas of its own.
 */
function drawSwatch(ctx: Ctx2D, e: LegendEntry, x: number, y: number, w: number, h: number, u: number): void {
  ctx.save();
  ctx.fillStyle = e.color;
  ctx.strokeStyle = e.color;
  switch (e.style) {
    case 'fill':
      ctx.globalAlpha = 0.6;
      ctx.fillRect(x, y - h / 2, w, h);
      ctx.globalAlpha = 1;
      ctx.lineWidth = 1 * u;
      ctx.strokeRect(x, y - h / 2, w, h);
      break;
    case 'hollow':
      ctx.lineWidth = 1.5 * u;
      ctx.setLineDash([3 * u, 2 * u]);
      ctx.strokeRect(x, y - h / 2, w, h);
      break;
    case 'line':
    case 'dashed':
      ctx.lineWidth = 3 * u;
      if (e.style === 'dashed') ctx.setLineDash([5 * u, 3 * u]);
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + w, y);
      ctx.stroke();
      break;
    case 'point':
      ctx.beginPath();
      ctx.arc(x + w / 2, y, h / 2.4, 0, Math.PI * 2);
      ctx.fill();
      ctx.lineWidth = 1 * u;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      break;
  }
  ctx.restore();
}

function panel(ctx: Ctx2D, r: Rect, u: number): void {
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.strokeStyle = '#8a8f98';
  ctx.lineWidth = 1 * u;
  ctx.strokeRect(r.x, r.y, r.w, r.h);
}

/** Draws the sheet laid out by `layoutMapSheet` onto `ctx`. */
export function drawMapSheet(ctx: Ctx2D, o: ComposeOptions, l: SheetLayout): void {
  const u = l.unit;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, l.width, l.height);

  ctx.fillStyle = '#1f2933';
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.font = l.title.font;
  ctx.fillText(l.title.text, l.title.x, l.title.y);
  if (l.subtitle) {
    ctx.fillStyle = '#52606d';
    ctx.font = l.subtitle.font;
    ctx.fillText(l.subtitle.text, l.subtitle.x, l.subtitle.y);
  }

  ctx.save();
  ctx.beginPath();
  ctx.rect(l.frame.x, l.frame.y, l.frame.w, l.frame.h);
  ctx.clip();
  ctx.fillStyle = '#f4f5f7';
  ctx.fillRect(l.frame.x, l.frame.y, l.frame.w, l.frame.h);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  const { mapSource: s, mapDest: d } = l;
  ctx.drawImage(o.mapCanvas, s.x, s.y, s.w, s.h, d.x, d.y, d.w, d.h);
  ctx.restore();
  ctx.strokeStyle = '#1f2933';
  ctx.lineWidth = 1.5 * u;
  ctx.strokeRect(l.frame.x, l.frame.y, l.frame.w, l.frame.h);

  if (l.legend) {
    const g = l.legend;
    panel(ctx, g.box, u);
    ctx.fillStyle = '#1f2933';
    ctx.font = g.titleFont;
    ctx.textBaseline = 'middle';
    ctx.fillText('图例 Legend', g.box.x + 10 * u, g.box.y + 10 * u + g.rowH / 2);
    ctx.font = g.font;
    for (const col of g.columns) {
      for (const { entry, y } of col.entries) {
        drawSwatch(ctx, entry, col.x, y, g.swatch.w, g.swatch.h, u);
        ctx.fillStyle = '#1f2933';
        ctx.fillText(entry.label, col.x + g.swatch.w + 8 * u, y);
      }
    }
  }

  const sb = l.scaleBar;
  panel(ctx, sb.box, u);
  ctx.fillStyle = '#1f2933';
  ctx.font = sb.font;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(sb.label, sb.barX, sb.barY - 6 * u);
  const half = sb.barW / 2;
  ctx.fillRect(sb.barX, sb.barY, half, sb.barH);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(sb.barX + half, sb.barY, half, sb.barH);
  ctx.strokeStyle = '#1f2933';
  ctx.lineWidth = 1 * u;
  ctx.strokeRect(sb.barX, sb.barY, sb.barW, sb.barH);

  const n = l.north;
  ctx.save();
  ctx.beginPath();
  ctx.arc(n.cx, n.cy, n.r, 0, Math.PI * 2);
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fill();
  ctx.strokeStyle = '#8a8f98';
  ctx.lineWidth = 1 * u;
  ctx.stroke();
  ctx.translate(n.cx, n.cy);
  ctx.rotate(n.rotationRad);
  // Arrow from a tip at -0.2r to a base at +0.75r; the N sits above the tip, inside the circle.
  const tip = -0.2 * n.r;
  const base = 0.75 * n.r;
  const halfW = 0.32 * n.r;
  const notch = 0.45 * n.r;
  ctx.beginPath();
  ctx.moveTo(0, tip);
  ctx.lineTo(halfW, base);
  ctx.lineTo(0, notch);
  ctx.closePath();
  ctx.fillStyle = '#1f2933';
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(0, tip);
  ctx.lineTo(-halfW, base);
  ctx.lineTo(0, notch);
  ctx.closePath();
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.strokeStyle = '#1f2933';
  ctx.stroke();
  ctx.font = n.font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#1f2933';
  ctx.fillText('N', 0, tip - 2 * u);
  ctx.restore();

  ctx.font = l.footer.font;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#52606d';
  ctx.textAlign = 'left';
  ctx.fillText(l.footer.date.text, l.footer.date.x, l.footer.y);
  ctx.textAlign = 'right';
  ctx.fillText(l.footer.attribution.text, l.footer.attribution.x, l.footer.y);
  ctx.textAlign = 'left';
}

function defaultCanvas(width: number, height: number): SheetCanvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  if (typeof document !== 'undefined') {
    const c = document.createElement('canvas');
    c.width = width;
    c.height = height;
    return c;
  }
  throw new Error('no canvas here: pass createCanvas');
}

async function toPngBlob(canvas: SheetCanvas): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined' && canvas instanceof OffscreenCanvas) {
    return canvas.convertToBlob({ type: 'image/png' });
  }
  const c = canvas as HTMLCanvasElement;
  if (typeof c.toBlob !== 'function') throw new Error('the canvas cannot make a PNG');
  return new Promise((resolve, reject) => c.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/**
 * Composes the sheet and returns it as a PNG Blob. On paper, the PNG carries its dpi (pHYs), so it prints
 * at the paper's size; its pixel size is paper mm / 25.4 × dpi.
 */
export async function composeMapPng(o: ComposeOptions): Promise<Blob> {
  const probe = (o.createCanvas ?? defaultCanvas)(1, 1).getContext('2d');
  if (!probe) throw new Error('no 2D canvas context');
  const measure: MeasureText = (text, f) => {
    probe.font = f;
    return probe.measureText(text).width;
  };
  const layout = layoutMapSheet(o, measure);
  const canvas = (o.createCanvas ?? defaultCanvas)(layout.width, layout.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas context');
  drawMapSheet(ctx, o, layout);
  const blob = await toPngBlob(canvas);
  if (layout.dpi === null) return blob;
  const bytes = withPngDpi(new Uint8Array(await blob.arrayBuffer()), layout.dpi);
  return new Blob([bytes as BlobPart], { type: 'image/png' });
}
