/**
 * Reading a PNG's print resolution, for the tests of the PNG export: the app writes the pHYs chunk
 * (src/features/export/pngDpi.ts) and never reads it back.
 */

/** Reads the dots per inch of a PNG's pHYs chunk (metre unit), or null when it has none. */
export function readPngDpi(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  while (at + 8 <= bytes.length) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'pHYs' && bytes[at + 16] === 1) return Math.round(view.getUint32(at + 8) * 0.0254);
    if (type === 'IDAT' || type === 'IEND') return null;
    at += 12 + len;
  }
  return null;
}
