import { pinyin } from 'pinyin-pro';
import { type Field, type MatchField, MAX_QUERY_LENGTH, type Syllable } from './searchTypes.ts';

/* Text as the search compares it: normalised Chinese, English words, pinyin syllables; the query likewise. */

export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const WHITE = /\s/;

/** Lower-cases and NFKC-folds (full-width digits and letters become ASCII) each character, dropping white space. */
function normalizeZh(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    if (!WHITE.test(ch)) {
      const n = ch.normalize('NFKC').toLowerCase();
      norm += n;
      for (let k = 0; k < n.length; k++) map.push(i);
    }
    i += ch.length;
  }
  return { norm, map };
}

/** English text as lower-case ASCII-ish words separated by one space; diacritics and punctuation dropped. */
function normalizeWords(text: string): { words: string; map: number[] } {
  let words = '';
  const map: number[] = [];
  let i = 0;
  let pendingSpace = false;
  for (const ch of text) {
    const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (/^[\p{L}\p{N}]+$/u.test(base)) {
      if (pendingSpace && words !== '') {
        words += ' ';
        map.push(i);
      }
      pendingSpace = false;
      words += base;
      for (let k = 0; k < base.length; k++) map.push(i);
    } else {
      pendingSpace = true;
    }
    i += ch.length;
  }
  return { words, map };
}

/** Ways to type a tone-less syllable: `ü` as `v` and as `u`. */
function spellingsOf(syllable: string): string[] {
  if (!syllable.includes('ü')) return [syllable];
  return [syllable.replace(/ü/g, 'v'), syllable.replace(/ü/g, 'u')];
}

/** Punctuation that separates the parts of a name or title (`，`, `、`, brackets); quotes do not. */
const RUN_BREAK = /[，、。；：！？,;:!?（）()[\]【】《》〈〉\s]/;

/** Syllables of a text: pinyin for Chinese characters, each Latin letter or digit as itself, punctuation skipped. */
function syllablesOf(text: string): Syllable[] {
  const chars = Array.from(text);
  const readings = pinyin(text, { toneType: 'none', type: 'array' });
  const aligned = readings.length === chars.length;
  const out: Syllable[] = [];
  let offset = 0;
  let run = 0;
  chars.forEach((ch, i) => {
    const start = offset;
    offset += ch.length;
    if (RUN_BREAK.test(ch)) {
      run++;
      return;
    }
    let reading: string;
    if (CJK.test(ch)) {
      reading = aligned ? (readings[i] ?? '') : pinyin(ch, { toneType: 'none' });
    } else {
      reading = ch.normalize('NFKC').toLowerCase();
    }
    reading = reading.trim().toLowerCase();
    if (!/^[a-zü0-9]+$/.test(reading)) return;
    out.push({ spellings: spellingsOf(reading), start, end: offset, run });
  });
  return out;
}

export function makeField(field: MatchField, text: string, options: { pinyin?: boolean; words?: boolean } = {}): Field {
  const { norm, map } = normalizeZh(text);
  const f: Field = { field, text, norm, normMap: map };
  if (options.words) {
    const w = normalizeWords(text);
    f.words = w.words;
    f.wordsMap = w.map;
  }
  if (options.pinyin) {
    f.syllables = syllablesOf(text);
    f.firstLetters = [...new Set(f.syllables.flatMap((s) => s.spellings.map((sp) => sp[0] ?? '')))].join('');
  }
  return f;
}

/** A query prepared once for all fields. */
export interface Query {
  /** The query as typed, trimmed and lower-cased, to compare with ids. */
  id: string;
  /** Normalised like {@link Field.norm}. */
  zh: string;
  hasCjk: boolean;
  /** Latin query as words (for English names). */
  words: string;
  /** Latin query without separators, `ü` → `v`, for pinyin. */
  compact: string;
  /** Positions in `compact` where the user typed a separator: a syllable must end there. */
  breaks: Set<number>;
}

export function prepareQuery(raw: string): Query | null {
  const text = Array.from(raw).slice(0, MAX_QUERY_LENGTH).join('');
  const { norm: zh } = normalizeZh(text);
  if (zh === '') return null;
  const hasCjk = CJK.test(zh);
  const { words } = normalizeWords(text);
  const tokens = text
    .toLowerCase()
    .replace(/ü|u:/g, 'v')
    .split(/[\s'’]+/)
    .map((t) => t.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/g, ''))
    .filter((t) => t !== '');
  let compact = '';
  const breaks = new Set<number>();
  for (const t of tokens) {
    if (compact !== '') breaks.add(compact.length);
    compact += t;
  }
  return { id: text.trim().toLowerCase(), zh, hasCjk, words, compact, breaks };
}

