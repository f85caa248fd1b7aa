import shipped from './shippedGlyphs.json' with { type: 'json' };

/**
 * Font stack shipped under public/glyphs: Latin, digits and punctuation in whole ranges, and the CJK
 * characters of the data's names (`shippedGlyphs.json`, written by `npm run glyphs`). Other CJK
 * characters (an imported file's names, a name typed in the editor) are drawn locally.
 */
export const TEXT_FONT = ['Noto Sans Regular'];
export const LOCAL_IDEOGRAPH_FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** The glyphs shipped under public/glyphs, as the absolute URL template MapLibre needs. */
export function glyphsUrl(): string {
  const base = new URL(import.meta.env.BASE_URL, window.location.href).href.replace(/\/?$/, '/');
  return `${base}glyphs/{fontstack}/{range}.pbf`;
}

/**
 * The characters MapLibre draws with `localIdeographFontFamily` instead of downloading glyphs (the
 * basic-plane part of its `codePointUsesLocalIdeographFontFamily`, which it does not export).
 */
const LOCAL_IDEOGRAPH =
  /[\u02EA\u02EB\u1100-\u11FF\u2E80-\u2FDF\u3000-\u30FF\u3105-\u312F\u3131-\u318E\u31A0-\u4DBF\u4E00-\uA48C\uA490-\uA4C6\uA960-\uA97C\uAC00-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFE10-\uFE1F\uFE30-\uFE4F\uFF00-\uFFEF]/;

/** True for a character MapLibre would draw locally (a CJK ideograph, kana, hangul, CJK punctuation). */
export const isLocalIdeograph = (ch: string): boolean => LOCAL_IDEOGRAPH.test(ch);

/** The code points of the CJK characters shipped as SDF glyphs (public/glyphs, `shippedGlyphs.json`). */
export const SHIPPED_IDEOGRAPHS: ReadonlySet<number> = new Set([...shipped.chars].map((ch) => ch.codePointAt(0) ?? 0));

/** True for a character MapLibre draws with TinySDF on the main thread: a CJK one the glyphs do not ship. */
export const drawnLocally = (ch: string): boolean => isLocalIdeograph(ch) && !SHIPPED_IDEOGRAPHS.has(ch.codePointAt(0) ?? 0);

/** The CJK characters of `texts` that MapLibre would draw locally without shipped glyphs, sorted, once each. */
export function ideographsOf(texts: Iterable<string>): string {
  const out = new Set<string>();
  for (const t of texts) for (const ch of t) if (isLocalIdeograph(ch)) out.add(ch);
  return [...out].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}
