import type { Map as MlMap } from 'maplibre-gl';
import { SHIPPED_IDEOGRAPHS } from './style/glyphs.ts';

/**
 * The CJK characters the glyphs ship are downloaded; the others are drawn locally.
 *
 * With `localIdeographFontFamily` set, MapLibre 6.17 draws every CJK character with TinySDF on the
 * main thread (about 0.5 ms each here, 100–200 ms for the data's names) and never asks the glyphs URL.
 * Without it, it downloads the character's 256-code-point range and, where the file exists but lacks
 * the character (a name from an imported file, one typed in the editor), draws nothing: it falls back
 * to local drawing only when a whole range fails to load. Neither is what a planner's map needs, and
 * MapLibre has no option for "download these, draw the rest". So its glyph manager's one decision,
 * `_charUsesLocalIdeographFontFamily(codePoint)`, is narrowed to the characters not shipped: a shipped
 * one is fetched from public/glyphs, any other is drawn locally as before.
 *
 * It patches the class (its prototype), once: a style rebuilt after a lost context gets a new
 * manager of the same class. Should a MapLibre update rename the method, nothing is patched and every
 * CJK character is drawn locally, as before; the first browser test counts the locally drawn ones
 * and fails.
 */
type GlyphManagerLike = { _charUsesLocalIdeographFontFamily?: (codePoint: number) => boolean };
let patched = false;

export function downloadShippedIdeographs(map: MlMap): void {
  if (patched) return;
  const manager = (map as unknown as { style?: { glyphManager?: GlyphManagerLike } }).style?.glyphManager;
  if (!manager) return;
  const proto = Object.getPrototypeOf(manager) as GlyphManagerLike;
  const local = proto._charUsesLocalIdeographFontFamily;
  if (typeof local !== 'function') return;
  patched = true;
  proto._charUsesLocalIdeographFontFamily = function (this: GlyphManagerLike, codePoint: number): boolean {
    return local.call(this, codePoint) && !SHIPPED_IDEOGRAPHS.has(codePoint);
  };
}
