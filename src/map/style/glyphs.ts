/** Font stack shipped under public/glyphs (Latin, digits, punctuation); CJK is drawn locally. */
export const TEXT_FONT = ['Noto Sans Regular'];
export const LOCAL_IDEOGRAPH_FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** The glyphs shipped under public/glyphs, as the absolute URL template MapLibre needs. */
export function glyphsUrl(): string {
  const base = new URL(import.meta.env.BASE_URL, window.location.href).href.replace(/\/?$/, '/');
  return `${base}glyphs/{fontstack}/{range}.pbf`;
}
