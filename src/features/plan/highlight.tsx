import type { ReactNode } from 'react';

/**
 * Wraps each occurrence of the quotes in <mark>. Quotes are matched ignoring white space (the plan
 * text breaks cells over lines), so the match is done on a whitespace-free copy and mapped back.
 */
export function highlight(text: string, quotes: string[]): ReactNode {
  const ranges = findQuoteRanges(text, quotes);
  if (ranges.length === 0) return text.replace(/\n/g, ' ');
  const out: ReactNode[] = [];
  let pos = 0;
  ranges.forEach(([a, b], i) => {
    if (a > pos) out.push(text.slice(pos, a));
    out.push(
      <mark key={i} className="plan-quote" data-testid="plan-quote">
        {text.slice(a, b)}
      </mark>,
    );
    pos = b;
  });
  if (pos < text.length) out.push(text.slice(pos));
  return out;
}

/** [start, end) ranges in `text` of every quote, whitespace-insensitive, merged and sorted. */
export function findQuoteRanges(text: string, quotes: string[]): [number, number][] {
  const map: number[] = [];
  let squashed = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) continue;
    map.push(i);
    squashed += ch;
  }
  const ranges: [number, number][] = [];
  for (const q of quotes) {
    const needle = q.replace(/\s+/g, '');
    if (!needle) continue;
    let from = 0;
    for (;;) {
      const at = squashed.indexOf(needle, from);
      if (at < 0) break;
      const start = map[at];
      const end = map[at + needle.length - 1];
      if (start !== undefined && end !== undefined) ranges.push([start, end + 1]);
      from = at + needle.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

