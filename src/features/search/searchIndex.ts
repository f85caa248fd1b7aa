import { pinyin } from 'pinyin-pro';
import type { PlanFeature } from '../../core/featureSchema.ts';
import { planLabel } from '../../core/plan/planLabels.ts';
import type { Plan } from '../../core/plan/types.ts';

/**
 * One search over the plan's places and the plan's text.
 *
 * Places match by Chinese name, English name, and the tone-less pinyin of the Chinese name: in full
 * (`lvdaogongyuan`, `lv dao`), by initials (`ldgy`) or mixed (`lvdgy`); `ü` may be typed as `v`, `u` or
 * `ü`. Plan passages match by Chinese substring in chapter and section titles and paragraphs, table
 * titles, row labels and cells and table notes, and by pinyin of titles and row labels.
 *
 * Everything the query is compared with is normalised once when the index is built; a query only
 * normalises itself and scans.
 */

/** How well a hit matched, best first. */
export type MatchKind = 'exact' | 'prefix' | 'substring' | 'initials';
const MATCH_RANK: Readonly<Record<MatchKind, number>> = { exact: 0, prefix: 1, substring: 2, initials: 3 };

/**
 * What the query matched: a place's Chinese or English name or the pinyin of its name; a plan node's
 * title (chapter, section, table) or row label (both also by pinyin), a table cell, or body text; or
 * the id itself typed in full (`s14`, `t5-r7`, `green-island-park`).
 */
export type MatchField = 'id' | 'name-zh' | 'name-en' | 'pinyin' | 'title' | 'label' | 'cell' | 'text';

/**
 * The matched passage as plain text, split so the UI can emphasise `match` without any HTML:
 * `{before}<mark>{match}</mark>{after}` built as React text nodes. `before`/`after` start/end with `…`
 * where the passage was cut.
 */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

interface HitBase {
  /** Feature id (places) or plan id (plan). */
  id: string;
  /** How a reader names it: the place's Chinese name, or the plan label (`（十四）发展高端居住业`, `表5 第7行：…`). */
  label: string;
  field: MatchField;
  match: MatchKind;
  snippet: Snippet;
}

export interface PlaceHit extends HitBase {
  kind: 'place';
  labelEn: string;
  /** The registry layer of the feature. */
  layer: string;
}

export interface PlanHit extends HitBase {
  kind: 'plan';
  /** The plan id to open (`c3`, `s14`, `t5`, `t5-r7`); equal to `id`. */
  planId: string;
}

export type SearchHit = PlaceHit | PlanHit;

export interface SearchResults {
  places: PlaceHit[];
  plan: PlanHit[];
  /** How many hits there were before `limit` cut them. */
  total: { places: number; plan: number };
}

export interface SearchOptions {
  /** Most hits per group (places, plan). @default 20 */
  limit?: number;
}

/** Queries longer than this are cut (a pasted paragraph should not stall the page). */
export const MAX_QUERY_LENGTH = 160;

/** Characters of context on each side of a match in body text. */
const CONTEXT_CHARS = 18;

/** One pinyin syllable (or a digit / Latin letter run) of a text, with the span of text it reads. */
interface Syllable {
  /** Ways to type it, e.g. `["lv", "lu"]` for 绿. */
  spellings: string[];
  start: number;
  end: number;
  /** Syllables of one run of text between punctuation; a pinyin match stays inside one run. */
  run: number;
}

/** A searchable string, normalised once. */
interface Field {
  field: MatchField;
  /** The original text, for snippets. */
  text: string;
  /** Normalised for substring search: NFKC, lower case, no white space. */
  norm: string;
  /** norm index → original index. */
  normMap: number[];
  /** Normalised English words separated by single spaces (English names only). */
  words?: string;
  wordsMap?: number[];
  /** Pinyin syllables (names, titles and row labels only). */
  syllables?: Syllable[];
  /** First letters of every spelling of every syllable, to skip fields a query cannot start in. */
  firstLetters?: string;
}

interface Doc {
  kind: 'place' | 'plan';
  id: string;
  label: string;
  labelEn: string;
  layer: string;
  fields: Field[];
  /** Sort key for ties: shorter names first. */
  nameLength: number;
  order: number;
}

/** The prepared index; build with {@link buildSearchIndex}. Treat as opaque. */
export interface SearchIndex {
  readonly places: readonly Doc[];
  readonly plan: readonly Doc[];
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
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

function makeField(field: MatchField, text: string, options: { pinyin?: boolean; words?: boolean } = {}): Field {
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

/**
 * Builds the index over every feature and the whole plan. Runs pinyin over names, titles and row
 * labels once (a few hundred short strings); call it once at start-up or on the first search.
 */
export function buildSearchIndex(plan: Plan, features: Iterable<PlanFeature>): SearchIndex {
  const places: Doc[] = [];
  for (const f of features) {
    const p = f.properties;
    places.push({
      kind: 'place',
      id: p.id,
      label: p.name.zh,
      labelEn: p.name.en,
      layer: p.layer,
      fields: [
        makeField('name-zh', p.name.zh, { pinyin: true }),
        makeField('name-en', p.name.en, { words: true }),
      ],
      nameLength: Array.from(p.name.zh).length,
      order: places.length,
    });
  }

  const planDocs: Doc[] = [];
  const addPlan = (id: string, fields: Field[], name: string) => {
    planDocs.push({
      kind: 'plan',
      id,
      label: planLabel(plan, id),
      labelEn: '',
      layer: '',
      fields,
      nameLength: Array.from(name).length,
      order: planDocs.length,
    });
  };
  const texts = (field: MatchField, list: readonly string[]) => list.filter((t) => t.trim() !== '').map((t) => makeField(field, t));
  for (const chapter of plan.chapters) {
    addPlan(chapter.id, [makeField('title', chapter.title, { pinyin: true }), ...texts('text', chapter.paragraphs)], chapter.title);
    for (const sectionId of chapter.sectionIds) {
      const node = plan.byId.get(sectionId);
      if (node?.kind !== 'section') continue;
      const s = node.node;
      addPlan(s.id, [makeField('title', s.title, { pinyin: true }), ...texts('text', s.paragraphs)], s.title);
    }
  }
  for (const t of plan.tables) {
    addPlan(
      t.id,
      [makeField('title', `${t.label} ${t.title}`), makeField('title', t.title, { pinyin: true }), ...texts('text', t.notes)],
      t.title,
    );
    const seqIndex = t.columns.indexOf('序号');
    for (const row of t.rows) {
      const label = row.label.replace(/\n/g, '');
      const labelIndex = row.cells.indexOf(row.label);
      // The 序号 cell is the row number: "9" should not find every ninth row.
      const cells = row.cells.filter((_, i) => i !== labelIndex && i !== seqIndex);
      if (row.category !== undefined && !cells.includes(row.category)) cells.push(row.category);
      addPlan(row.id, [makeField('label', label, { pinyin: true }), ...texts('cell', cells)], label);
    }
  }
  return { places, plan: planDocs };
}

/** A query prepared once for all fields. */
interface Query {
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

function prepareQuery(raw: string): Query | null {
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

interface FieldMatch {
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

interface DocMatch {
  field: Field;
  m: FieldMatch;
  /** Which field matched, as `pinyin` for a pinyin match on a name. */
  as: MatchField;
}

const FIELD_RANK: Readonly<Record<MatchField, number>> = {
  id: 0,
  'name-zh': 0,
  'name-en': 0,
  pinyin: 0,
  title: 0,
  label: 0,
  cell: 1,
  text: 2,
};

function better(a: DocMatch | null, b: DocMatch): boolean {
  if (a === null) return true;
  const r = MATCH_RANK[b.m.kind] - MATCH_RANK[a.m.kind];
  if (r !== 0) return r < 0;
  return FIELD_RANK[b.as] < FIELD_RANK[a.as];
}

function matchDoc(doc: Doc, q: Query): DocMatch | null {
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

function snippetOf(field: Field, m: FieldMatch): Snippet {
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

function rank(docs: readonly Doc[], q: Query): { doc: Doc; dm: DocMatch }[] {
  const found: { doc: Doc; dm: DocMatch }[] = [];
  for (const doc of docs) {
    const dm = matchDoc(doc, q);
    if (dm) found.push({ doc, dm });
  }
  found.sort(
    (a, b) =>
      MATCH_RANK[a.dm.m.kind] - MATCH_RANK[b.dm.m.kind] ||
      FIELD_RANK[a.dm.as] - FIELD_RANK[b.dm.as] ||
      // Shorter names first, but body-text hits keep the plan's order.
      (a.dm.as === 'text' ? 0 : a.doc.nameLength - b.doc.nameLength) ||
      a.doc.order - b.doc.order,
  );
  return found;
}

/**
 * Searches places and the plan. Ranked per group: exact > prefix > substring > initials, names and
 * titles before cells before body text, then shorter names first, then data / plan order.
 * Never throws; an empty or blank query gives no hits.
 */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResults {
  const limit = Math.max(0, Math.floor(options.limit ?? 20));
  const q = prepareQuery(query);
  if (q === null) return { places: [], plan: [], total: { places: 0, plan: 0 } };
  const places = rank(index.places, q);
  const planHits = rank(index.plan, q);
  return {
    places: places.slice(0, limit).map(({ doc, dm }) => ({
      kind: 'place',
      id: doc.id,
      label: doc.label,
      labelEn: doc.labelEn,
      layer: doc.layer,
      field: dm.as,
      match: dm.m.kind,
      snippet: snippetOf(dm.field, dm.m),
    })),
    plan: planHits.slice(0, limit).map(({ doc, dm }) => ({
      kind: 'plan',
      id: doc.id,
      planId: doc.id,
      label: doc.label,
      field: dm.as,
      match: dm.m.kind,
      snippet: snippetOf(dm.field, dm.m),
    })),
    total: { places: places.length, plan: planHits.length },
  };
}
