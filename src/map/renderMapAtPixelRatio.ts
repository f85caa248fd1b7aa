/**
 * Renders the live map at a print pixel ratio and copies the result, then puts the ratio back.
 *
 * MapLibre 6: `map.setPixelRatio(r)` sets the canvas backing store to container size × r and re-renders
 * (CSS size unchanged); `map.setPixelRatio(null)` returns to following `devicePixelRatio`. The ratio
 * actually applied is clamped so the canvas stays within the map's `maxCanvasSize` (default 4096 × 4096)
 * and the GL drawing-buffer limit: the returned canvas says what it got in `dataset.pixelRatio`.
 */

/** The part of a MapLibre `Map` this needs (a `maplibregl.Map` fits). */
export interface PixelRatioMap {
  getPixelRatio(): number;
  /** `null` follows `devicePixelRatio` again. */
  setPixelRatio(pixelRatio: number | null): void;
  getCanvas(): HTMLCanvasElement;
  once(type: 'idle', listener: () => void): unknown;
  off(type: 'idle', listener: () => void): unknown;
  triggerRepaint(): void;
  redraw(): unknown;
}

export interface RenderOptions {
  /** Fail (and restore the ratio) when the map does not settle in time. @default 60000 */
  timeoutMs?: number;
}

/**
 * Resolves with a copy of the map rendered at `pixelRatio` (its width and height are the canvas's device
 * pixels; `dataset.pixelRatio` holds the ratio applied). The map's own ratio is restored afterwards, also
 * on failure.
 */
export async function renderMapAtPixelRatio(
  map: PixelRatioMap,
  pixelRatio: number,
  opts: RenderOptions = {},
): Promise<HTMLCanvasElement> {
  if (!(pixelRatio > 0 && Number.isFinite(pixelRatio))) throw new Error(`invalid pixel ratio ${pixelRatio}`);
  const before = map.getPixelRatio();
  // A map that followed devicePixelRatio must go on following it; one with its own ratio gets it back.
  const restore = typeof devicePixelRatio === 'number' && before === devicePixelRatio ? null : before;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  try {
    map.setPixelRatio(pixelRatio);
    await new Promise<void>((resolve, reject) => {
      const onIdle = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        map.off('idle', onIdle);
        reject(new Error(`the map did not finish rendering at pixel ratio ${pixelRatio} within ${timeoutMs} ms`));
      }, timeoutMs);
      map.once('idle', onIdle);
      map.triggerRepaint();
    });
    // Draw now and copy in the same task: the copy is right even without preserveDrawingBuffer.
    map.redraw();
    const src = map.getCanvas();
    const out = document.createElement('canvas');
    out.width = src.width;
    out.height = src.height;
    const ctx = out.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas context');
    ctx.drawImage(src, 0, 0);
    const cssWidth = src.clientWidth || src.width / pixelRatio;
    out.dataset.pixelRatio = String(src.width / cssWidth);
    return out;
  } finally {
    map.setPixelRatio(restore);
  }
}
