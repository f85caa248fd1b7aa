import { addProtocol } from 'maplibre-gl';
import { drawnLocally, SHIPPED_IDEOGRAPHS } from './style/glyphs.ts';

/**
 * Glyph ranges kept in memory for the presentation's map. A kiosk may lose its network and, later,
 * its WebGL context: MapLibre then rebuilds the style and asks for the glyphs again. Served from
 * here, they are there offline too. CJK characters the glyphs do not ship are drawn with local fonts.
 */

const PROTOCOL = 'plan-glyphs';
const PREFIX = `${PROTOCOL}://`;
/** Each range once, by URL: a prefetch still under way is the answer to MapLibre's request for the same range. */
const cache = new Map<string, Promise<ArrayBuffer>>();
let registered = false;

function load(raw: string): Promise<ArrayBuffer> {
  // One key for `Noto Sans Regular` and `Noto%20Sans%20Regular`.
  const url = new URL(raw, window.location.href).href;
  let hit = cache.get(url);
  if (!hit) {
    // Not aborted with the request that started it (a few KB): another may be waiting on it.
    hit = fetch(url).then(async (res) => {
      if (!res.ok) throw new Error(`glyphs ${res.status}: ${url}`);
      return res.arrayBuffer();
    });
    // A failure is not kept: the next request (back online) tries again.
    hit.catch(() => cache.delete(url));
    cache.set(url, hit);
  }
  return hit;
}

/** The glyphs URL template to give the style instead of `httpTemplate` (which has `{fontstack}` and `{range}`). */
export function cachedGlyphsUrl(httpTemplate: string): string {
  if (!registered) {
    registered = true;
    // A copy each time: MapLibre may hand the buffer to a worker, which detaches it.
    addProtocol(PROTOCOL, async (params) => ({ data: (await load(params.url.slice(PREFIX.length))).slice(0) }));
  }
  return `${PREFIX}${httpTemplate}`;
}

/**
 * Glyph ranges (`0-255`, `8192-8447`) that MapLibre will download for the characters of `texts`, and
 * every range of the shipped CJK characters (the frame's names and the vertical forms of punctuation
 * are among them): a kiosk that goes offline still has each.
 */
export function glyphRanges(texts: Iterable<string>): string[] {
  const starts = new Set<number>([0]);
  for (const cp of SHIPPED_IDEOGRAPHS) starts.add(Math.floor(cp / 256) * 256);
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
