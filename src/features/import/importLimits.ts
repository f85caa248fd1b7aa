import { refusedFile } from './importProblems.ts';
import type { ImportResult } from './importTypes.ts';

/** Largest file the importer reads: 50 MB (binary megabytes, 52,428,800 bytes), as a file manager shows it. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The result for a file refused by its size alone (nothing was read or parsed). */
export function tooLargeResult(bytes: number, maxBytes: number): ImportResult {
  const zh = `文件 ${formatMb(bytes)}，超过 ${formatMb(maxBytes)} 的上限，未读取`;
  const en = `the file is ${formatMb(bytes)}, over the ${formatMb(maxBytes)} limit; it was not read`;
  return refusedFile('too-large', zh, en);
}

/** UTF-8 length of a string without encoding it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}


/**
 * Most positions and features an import may hold: what MapLibre's GeoJSON source (the path every
 * import is drawn by) takes without a main-thread task over 200 ms, with some room. A larger file is
 * refused with its counts before any geometry work. Measured in the browser here (2 cores shared with
 * other work, software WebGL; tests/e2e/importScale.e2e.ts and README, Performance): files of 20-vertex
 * squares gave a longest task of 64–126 ms at 98,700 positions and 204–286 ms at 147,000 (the old
 * limit); files of points 93–195 ms at 20,000 points and up to 287 ms at 25,000–30,000. The time is
 * MapLibre's main thread taking its worker's tiles (deserialising, garbage collection). deck.gl's
 * binary path was slower here on first use (0.64–6.3 s: a WebGL context and its shader programs).
 */
export const MAX_POSITIONS = 100_000;
export const MAX_FEATURES = 15_000;

/** Positions in a geometry (any nesting, GeometryCollections included), counted without recursion; non-arrays count nothing. */
export function countPositions(geometry: unknown): number {
  let n = 0;
  const stack: unknown[] = [geometry];
  while (stack.length) {
    const g = stack.pop();
    if (!g || typeof g !== 'object') continue;
    const rec = g as { coordinates?: unknown; geometries?: unknown };
    if (Array.isArray(rec.geometries)) for (const x of rec.geometries) stack.push(x);
    const arrays: unknown[] = [rec.coordinates];
    while (arrays.length) {
      const a = arrays.pop();
      if (!Array.isArray(a)) continue;
      if (typeof a[0] === 'number') n++;
      else for (const x of a) arrays.push(x);
    }
  }
  return n;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** The refusal of a file over MAX_POSITIONS or MAX_FEATURES, with its counts and the limits; null when within them. */
export function tooManyResult(features: number, positions: number): ImportResult | null {
  const f = features > MAX_FEATURES;
  const p = positions > MAX_POSITIONS;
  if (!f && !p) return null;
  const zh = `文件有 ${fmt(features)} 个要素、${fmt(positions)} 个坐标点，超过上限（${fmt(MAX_FEATURES)} 个要素、${fmt(MAX_POSITIONS)} 个坐标点：更大的数据会让页面卡住），未导入；请简化、拆分或切成矢量瓦片`;
  const en = `the file holds ${fmt(features)} features and ${fmt(positions)} positions, over the limits (${fmt(MAX_FEATURES)} features, ${fmt(MAX_POSITIONS)} positions: more would freeze the page); not imported: simplify it, split it or cut it into vector tiles`;
  return refusedFile('too-many', zh, en);
}
