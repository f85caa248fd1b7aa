/**
 * The attribution line as data: text, and links the code made, never HTML. MapLibre would write a
 * source's `attribution` (from a style, a TileJSON, the layer registry) into the page as HTML; the
 * map's own control (src/map/attributionLine.ts) writes these parts as text nodes instead, and a
 * link only where the code gave one that passes the one link rule (src/core/link/safeLink.ts).
 */
export interface AttributionPart {
  text: string;
  /** A link the code chose (OpenStreetMap's copyright page, Tianditu's site); never a link from data. */
  href?: string;
}

/** Attribution HTML of foreign origin reduced to its words (tags dropped); shown as a text node, so what is left is text. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&copy;/gi, '©')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
