/**
 * What the browser tests read of MapLibre's glyphs: run in the page with `page.evaluate`.
 */

/** The explorer map's CJK glyphs so far, by where they came from: downloaded (a count) or drawn locally (the characters). */
export const GLYPHS_BY_ORIGIN = (): { downloaded: number; drawnLocally: string } => {
  type Glyph = { metrics: { isDoubleResolution?: boolean } } | null;
  const m = (window as unknown as { planMap: { style: { glyphManager: { entries: Record<string, { glyphs: { default: Record<string, Glyph> } }> } } } }).planMap;
  const out = { downloaded: 0, drawnLocally: '' };
  for (const entry of Object.values(m.style.glyphManager.entries)) {
    for (const [ch, g] of Object.entries(entry.glyphs.default)) {
      if (!g || (ch.codePointAt(0) ?? 0) < 0x2e80) continue;
      if (g.metrics.isDoubleResolution) out.drawnLocally += ch;
      else out.downloaded += 1;
    }
  }
  return out;
};

/**
 * An init script: every glyph a map's worker asks the page for, for the map exposed as `window[name]`,
 * that had to be downloaded then (its range neither fetched nor being fetched, and not a character
 * drawn locally) is pushed to `window.__glyphsNotFetchedAhead`. src/map/labelGlyphs.ts fetches the
 * labels' ranges ahead so that this stays empty. Hooks the style's handler of the worker's `GG`
 * message (MapLibre 6.17 looks it up on the style at each message).
 */
export const RECORD_GLYPHS_NOT_FETCHED_AHEAD = (name: 'planMap' | 'presentMap'): string => `(() => {
  window.__glyphsNotFetchedAhead = [];
  window.__glyphAsks = 0;
  let map;
  Object.defineProperty(window, ${JSON.stringify(name)}, {
    configurable: true,
    get: () => map,
    set: (value) => {
      map = value;
      const style = value && value.style;
      if (!style || typeof style.getGlyphs !== 'function' || style.__glyphsWatched) return;
      style.__glyphsWatched = true;
      const own = style.getGlyphs;
      style.getGlyphs = function (mapId, params) {
        window.__glyphAsks += 1;
        const manager = this.glyphManager;
        for (const [stack, variants] of Object.entries((params && params.stacks) || {})) {
          const entry = manager.entries[stack];
          for (const id of variants.default || []) {
            const codePoint = id.codePointAt(0);
            if (manager._charUsesLocalIdeographFontFamily(codePoint)) continue;
            if (entry && (entry.glyphs.default[id] !== undefined || entry.requests[Math.floor(codePoint / 256)])) continue;
            window.__glyphsNotFetchedAhead.push(id);
          }
        }
        return own.call(this, mapId, params);
      };
    },
  });
})();`;

/**
 * What RECORD_GLYPHS_NOT_FETCHED_AHEAD has found so far: the worker's asks it saw (none: the hook did
 * not take, e.g. a MapLibre update renamed the handler) and the glyphs among them not fetched ahead.
 * Run in the page.
 */
export const GLYPHS_NOT_FETCHED_AHEAD = (): { asks: number; notAhead: string } => {
  const w = window as unknown as { __glyphAsks?: number; __glyphsNotFetchedAhead?: string[] };
  return { asks: w.__glyphAsks ?? 0, notAhead: w.__glyphsNotFetchedAhead?.join('') ?? '' };
};
