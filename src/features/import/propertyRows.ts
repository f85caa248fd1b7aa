/**
 * Imported properties for a generic popup: key/value rows of plain text. Whatever the file holds (markup,
 * links, scripts) is only ever text here; the UI must render it with text nodes (textContent / JSX text).
 */

export interface PropertyRow {
  key: string;
  value: string;
}

export interface PropertyRowOptions {
  /** @default 50 */
  maxRows?: number;
  /** Longer values are cut with "…". @default 500 */
  maxChars?: number;
}

function cut(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function valueText(v: unknown, maxChars: number): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return cut(v, maxChars);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  // Nested data is shown as JSON text, cut before it is stringified in full where possible.
  try {
    return cut(JSON.stringify(v) ?? String(v), maxChars);
  } catch {
    return '[unreadable]';
  }
}

/** The rows of a popup for an imported feature; the last row says how many were left out. */
export function importedPropertyRows(properties: ReadonlyMap<string, unknown>, opts: PropertyRowOptions = {}): PropertyRow[] {
  const maxRows = opts.maxRows ?? 50;
  const maxChars = opts.maxChars ?? 500;
  const entries = [...properties];
  const rows = entries.slice(0, maxRows).map(([k, v]) => ({ key: cut(k, 80), value: valueText(v, maxChars) }));
  if (entries.length > maxRows) rows.push({ key: '…', value: `${entries.length - maxRows} more / 另有 ${entries.length - maxRows} 项` });
  return rows;
}
