import { addProtocol } from 'maplibre-gl';

/**
 * Glyph ranges kept in memory for the presentation's map. A kiosk may lose its network and, later,
 * its WebGL context: MapLibre then rebuilds the style and asks for the glyphs again. Served from
 * here, they are there offline too. CJK is drawn with local fonts and needs no glyphs.
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

/**
 * The characters MapLibre draws with `localIdeographFontFamily` instead of downloading glyphs (the
 * basic-plane part of its `codePointUsesLocalIdeographFontFamily`, which it does not export).
 */
const LOCAL_GLYPH =
  /[\u02EA\u02EB\u1100-\u11FF\u2E80-\u2FDF\u3000-\u30FF\u3105-\u312F\u3131-\u318E\u31A0-\u4DBF\u4E00-\uA48C\uA490-\uA4C6\uA960-\uA97C\uAC00-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFE10-\uFE1F\uFE30-\uFE4F\uFF00-\uFFEF]/;

/** Glyph ranges (`0-255`, `8192-8447`) that MapLibre will download for the characters of `texts`. */
export function glyphRanges(texts: Iterable<string>): string[] {
  const starts = new Set<number>([0]);
  for (const t of texts) {
    for (const ch of t) {
      if (LOCAL_GLYPH.test(ch)) continue;
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
