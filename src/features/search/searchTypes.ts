/* The search's results and its prepared index (searchIndex.ts builds it, searchMatch.ts reads it). */

/** How well a hit matched, best first. */
export type MatchKind = 'exact' | 'prefix' | 'substring' | 'initials';
export const MATCH_RANK: Readonly<Record<MatchKind, number>> = { exact: 0, prefix: 1, substring: 2, initials: 3 };

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

export interface HitBase {
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
export const CONTEXT_CHARS = 18;

/** One pinyin syllable (or a digit / Latin letter run) of a text, with the span of text it reads. */
export interface Syllable {
  /** Ways to type it, e.g. `["lv", "lu"]` for 绿. */
  spellings: string[];
  start: number;
  end: number;
  /** Syllables of one run of text between punctuation; a pinyin match stays inside one run. */
  run: number;
}

/** A searchable string, normalised once. */
export interface Field {
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

export interface Doc {
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

