import { CONTEXT_CHARS, type Doc, type Field, MATCH_RANK, type MatchField, type MatchKind, type Snippet, type Syllable } from './searchTypes.ts';
import type { Query } from './searchText.ts';

/* Matching one prepared query against one document's fields, and the snippet it shows. */

export interface FieldMatch {
  kind: MatchKind;
  /** Span in the field's original text. */
  start: number;
  end: number;
}

function substringMatch(hay: string, map: number[], text: string, needle: string, wordStartOnly: boolean): FieldMatch | null {
  if (needle === '' || hay.length < needle.length) return null;
  let at = hay.indexOf(needle);
  if (wordStartOnly) {
    while (at > 0 && hay[at - 1] !== ' ') at = hay.indexOf(needle, at + 1);
  }
  if (at < 0) return null;
  const kind: MatchKind = hay === needle ? 'exact' : at === 0 ? 'prefix' : 'substring';
  const start = map[at] ?? 0;
  const lastIndex = map[at + needle.length - 1] ?? start;
  const last = text.codePointAt(lastIndex) ?? 0;
  return { kind, start, end: lastIndex + (last > 0xffff ? 2 : 1) };
}

/**
 * Matches the compact Latin query against consecutive syllables, each typed in full or by a prefix.
 * `full` mode lets only the last syllable be cut short (typing `lvda` on the way to `lvdao`); the other
 * mode also takes abbreviations (`ldgy`, `lvdgy`). A typed separator must fall between syllables.
 *
 * @returns a function from the first syllable to try to the match found from there, or null.
 */
function syllableMatcher(syls: Syllable[], q: Query, full: boolean): (startAt: number) => { end: number; complete: boolean } | null {
  const { compact, breaks } = q;
  const n = syls.length;
  const width = n + 1;
  // memo[qi * width + sj]: -2 unknown, -1 no match, else 2 × (last syllable) + (1 when it was typed in full).
  // It does not depend on where the match started, so every start shares it.
  const memo = new Int32Array((compact.length + 1) * width).fill(-2);
  const nextBreak = (qi: number): number => {
    let limit = compact.length;
    for (const b of breaks) if (b > qi && b < limit) limit = b;
    return limit;
  };
  const go = (qi: number, sj: number): number => {
    if (sj >= n) return -1;
    const key = qi * width + sj;
    const cached = memo[key] ?? -2;
    if (cached !== -2) return cached;
    let result = -1;
    const syl = syls[sj];
    const limit = nextBreak(qi) - qi;
    outer: for (const sp of syl?.spellings ?? []) {
      let common = 0;
      while (common < sp.length && common < limit && sp[common] === compact[qi + common]) common++;
      for (let k = common; k >= 1; k--) {
        if (qi + k === compact.length) {
          result = 2 * sj + (k === sp.length ? 1 : 0);
          break outer;
        }
        if (full && k < sp.length) continue;
        if (syls[sj + 1]?.run !== syl?.run) continue;
        const rest = go(qi + k, sj + 1);
        if (rest >= 0) {
          result = rest;
          break outer;
        }
      }
    }
    memo[key] = result;
    return result;
  };
  return (startAt) => {
    const r = go(0, startAt);
    return r < 0 ? null : { end: r >> 1, complete: (r & 1) === 1 };
  };
}

function pinyinMatch(syls: Syllable[], firstLetters: string, q: Query): FieldMatch | null {
  const first = q.compact[0];
  if (first === undefined || syls.length === 0 || !firstLetters.includes(first)) return null;
  for (const full of [true, false]) {
    // Abbreviations need at least two letters: one letter is a prefix or nothing.
    if (!full && q.compact.length < 2) break;
    const from = syllableMatcher(syls, q, full);
    for (let s = 0; s < syls.length; s++) {
      const syl = syls[s];
      if (!syl || !syl.spellings.some((sp) => sp[0] === first)) continue;
      const found = from(s);
      if (found === null) continue;
      const startSyl = syls[s];
      const endSyl = syls[found.end];
      if (!startSyl || !endSyl) continue;
      let kind: MatchKind;
      if (!full) kind = 'initials';
      else if (s > 0) kind = 'substring';
      else if (found.end === syls.length - 1 && found.complete) kind = 'exact';
      else kind = 'prefix';
      return { kind, start: startSyl.start, end: endSyl.end };
    }
  }
  return null;
}

export interface DocMatch {
  field: Field;
  m: FieldMatch;
  /** Which field matched, as `pinyin` for a pinyin match on a name. */
  as: MatchField;
}

export const FIELD_RANK: Readonly<Record<MatchField, number>> = {
  id: 0,
  'name-zh': 0,
  'name-en': 0,
  pinyin: 0,
  title: 0,
  label: 0,
  cell: 1,
  text: 2,
};

export function better(a: DocMatch | null, b: DocMatch): boolean {
  if (a === null) return true;
  const r = MATCH_RANK[b.m.kind] - MATCH_RANK[a.m.kind];
  if (r !== 0) return r < 0;
  return FIELD_RANK[b.as] < FIELD_RANK[a.as];
}

export function matchDoc(doc: Doc, q: Query): DocMatch | null {
  if (q.id === doc.id) {
    const field = doc.fields[0];
    if (field) return { field, m: { kind: 'exact', start: 0, end: field.text.length }, as: 'id' };
  }
  let best: DocMatch | null = null;
  // One Latin letter or digit only matches the start of a name or title, not the middle of everything.
  const single = !q.hasCjk && q.zh.length < 2;
  const consider = (c: DocMatch | null) => {
    if (!c || (single && (c.m.kind === 'substring' || c.m.kind === 'initials'))) return;
    if (better(best, c)) best = c;
  };
  for (const field of doc.fields) {
    const zh = substringMatch(field.norm, field.normMap, field.text, q.zh, false);
    // In a cell or a paragraph, where a match starts says nothing about relevance.
    if (zh && (field.field === 'cell' || field.field === 'text')) zh.kind = 'substring';
    if (zh) consider({ field, m: zh, as: field.field });
    if (q.hasCjk) continue;
    if (field.words !== undefined && field.wordsMap) {
      const en = substringMatch(field.words, field.wordsMap, field.text, q.words, true);
      if (en) consider({ field, m: en, as: field.field });
    }
    if (field.syllables) {
      const py = pinyinMatch(field.syllables, field.firstLetters ?? '', q);
      if (py) consider({ field, m: py, as: field.field === 'name-zh' ? 'pinyin' : field.field });
    }
  }
  return best;
}

export function snippetOf(field: Field, m: FieldMatch): Snippet {
  const text = field.text;
  const match = text.slice(m.start, m.end);
  if (field.field !== 'text' && field.field !== 'cell') {
    return { before: text.slice(0, m.start), match, after: text.slice(m.end) };
  }
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const from = Math.max(0, m.start - CONTEXT_CHARS);
  const to = Math.min(text.length, m.end + CONTEXT_CHARS * 2);
  return {
    before: (from > 0 ? '…' : '') + flat(text.slice(from, m.start)),
    match: flat(match),
    after: flat(text.slice(m.end, to)) + (to < text.length ? '…' : ''),
  };
}

