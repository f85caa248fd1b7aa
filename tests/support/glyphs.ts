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
