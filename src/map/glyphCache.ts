import { addProtocol } from 'maplibre-gl';
import { drawnLocally } from './style/glyphs.ts';

/**
 * Glyph ranges kept in memory for the presentation's map. A kiosk may lose its network and, later,
 * its WebGL context: MapLibre then rebuilds the style and asks for the glyphs again. Served from
 * here, they are there offline too. CJK characters the glyphs do not ship are drawn with local fonts.
 */

const PROTOCOL = 'plan-glyphs';
const PREFIX = `${PROTOCOL}://`;
const cache = new Map<string, ArrayBuffer>();
let registered = false;

async function load(raw: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  // One key for `Noto Sans Regular` and `Noto%20Sans%20Regular`.
  const url = new URL(raw, window.location.href).href;
  const hit = cache.get(url);
  if (hit) return hit;
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`glyphs ${res.status}: ${url}`);
  const data = await res.arrayBuffer();
  cache.set(url, data);
  return data;
}

/** The glyphs URL template to give the style instead of `httpTemplate` (which has `{fontstack}` and `{range}`). */
export function cachedGlyphsUrl(httpTemplate: string): string {
  if (!registered) {
    registered = true;
    // A copy each time: MapLibre may hand the buffer to a worker, which detaches it.
    addProtocol(PROTOCOL, async (params, abort) => ({ data: (await load(params.url.slice(PREFIX.length), abort.signal)).slice(0) }));
  }
  return `${PREFIX}${httpTemplate}`;
}

/** Glyph ranges (`0-255`, `8192-8447`) that MapLibre will download for the characters of `texts`. */
export function glyphRanges(texts: Iterable<string>): string[] {
  const starts = new Set<number>([0]);
  for (const t of texts) {
    for (const ch of t) {
      if (drawnLocally(ch)) continue;
      const cp = ch.codePointAt(0) ?? 0;
      if (cp <= 0xffff) starts.add(Math.floor(cp / 256) * 256);
    }
  }
  return [...starts].sort((a, b) => a - b).map((s) => `${s}-${s + 255}`);
}

/** Fetches the ranges the labels will need now, while the network is there; missing ranges are skipped. */
export async function prefetchGlyphs(httpTemplate: string, fontstack: string, ranges: readonly string[]): Promise<void> {
  await Promise.all(
    ranges.map((r) =>
      load(httpTemplate.replace('{fontstack}', encodeURIComponent(fontstack)).replace('{range}', r)).catch(() => undefined),
    ),
  );
}
