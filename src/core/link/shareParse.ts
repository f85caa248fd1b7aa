import { PERIODS, STATUSES, THEMES, ID_PATTERN, type Period, type Status, type Theme } from '../vocabulary.ts';
import { COLOUR_BY, DEFAULT_COLOUR_BY, type ColourBy } from '../palette.ts';
import { readCamera, roundTo } from './shareCamera.ts';
import {
  defaultShareState,
  FIRST_YEAR,
  LANGS,
  LAST_YEAR,
  PANELS,
  SHARE_STATE_VERSION,
  type Camera,
  type LinkNotice,
  type ListWhat,
  type PanelKind,
  type ShareContext,
  type ShareLang,
  type ShareParam,
  type ShareParseResult,
  type ShareState,
} from './shareFormat.ts';

/** Longest query string read; the rest is cut (and whatever it cut is reported by its parameter). */
const MAX_SEARCH_LENGTH = 16_384;
const MAX_ID_LENGTH = 200;
const MAX_LIST_LENGTH = 4_000;
const MAX_LIST_ITEMS = 100;

/** A value as a notice shows it: quoted, cut at 40 characters. */
export function display(v: string): string {
  const chars = Array.from(v);
  // Bidi controls and invisible characters are shown as escapes: a U+202E would reverse the notice.
  return JSON.stringify(chars.length > 40 ? `${chars.slice(0, 37).join('')}…` : v).replace(
    /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

class Reader {
  readonly notices: LinkNotice[] = [];
  constructor(
    private readonly params: URLSearchParams,
    private readonly known: ShareContext,
  ) {}

  private say(notice: LinkNotice): void {
    this.notices.push(notice);
  }

  /** The raw value, or null when absent or empty (empty values are ignored quietly). */
  raw(key: ShareParam): string | null {
    const v = this.params.get(key);
    return v === null || v === '' ? null : v;
  }

  version(): number {
    const v = this.raw('v');
    if (v === null) return SHARE_STATE_VERSION;
    if (!/^\d{1,6}$/.test(v) || Number(v) < 1) {
      this.say({ kind: 'badVersion', param: 'v', value: display(v), version: SHARE_STATE_VERSION });
      return SHARE_STATE_VERSION;
    }
    const n = Number(v);
    if (n > SHARE_STATE_VERSION) {
      this.say({ kind: 'newerVersion', param: 'v', version: n });
    }
    return n;
  }

  id(key: 'feature' | 'plan', exists: (id: string) => boolean): string | null {
    const v = this.raw(key);
    if (v === null) return null;
    if (v.length > MAX_ID_LENGTH || !ID_PATTERN.test(v)) {
      this.say({ kind: 'badId', param: key, value: display(v) });
      return null;
    }
    if (!exists(v)) {
      this.say({ kind: 'notFound', param: key, value: display(v) });
      return null;
    }
    return v;
  }

  /** A comma list; each item checked by `accept`, bad ones dropped with one notice naming them. */
  list<T extends string>(key: ShareParam, accept: (item: string) => item is T, what: ListWhat): Set<T> | null {
    const v = this.params.get(key);
    if (v === null) return null;
    if (v.length > MAX_LIST_LENGTH) {
      this.say({ kind: 'tooLong', param: key, length: v.length });
      return null;
    }
    const items = v.split(',').filter((x) => x !== '');
    if (items.length > MAX_LIST_ITEMS) {
      this.say({ kind: 'tooMany', param: key, count: items.length });
      return null;
    }
    const out = new Set<T>();
    const bad: string[] = [];
    for (const item of items) {
      if (accept(item)) out.add(item);
      else bad.push(item);
    }
    if (bad.length > 0) {
      this.say({ kind: 'unknownItems', param: key, items: bad.slice(0, 5).map(display), count: bad.length, what });
    }
    return out;
  }

  camera(): Camera | null {
    const v = this.raw('c');
    if (v === null) return null;
    const read = readCamera(v, this.known.cameraBounds);
    if ('problem' in read) {
      this.say({ kind: 'badCamera', param: 'c', value: display(v), why: read.problem });
      return null;
    }
    return read.camera;
  }

  opacity(knownLayer: (id: string) => boolean): Map<string, number> {
    const out = new Map<string, number>();
    const v = this.raw('op');
    if (v === null) return out;
    if (v.length > MAX_LIST_LENGTH) {
      this.say({ kind: 'tooLong', param: 'op', length: v.length });
      return out;
    }
    const bad: string[] = [];
    for (const item of v.split(',')) {
      if (item === '') continue;
      const m = /^([^:]+):(\d(\.\d{1,12})?)$/.exec(item);
      const layer = m?.[1] ?? '';
      const value = Number(m?.[2]);
      if (!m || !ID_PATTERN.test(layer) || !knownLayer(layer) || !(value >= 0 && value <= 1)) {
        bad.push(item);
        continue;
      }
      const rounded = roundTo(value, 2);
      if (rounded < 1) out.set(layer, rounded);
    }
    if (bad.length > 0) {
      this.say({ kind: 'badOpacity', param: 'op', items: bad.slice(0, 5).map(display) });
    }
    return out;
  }

  panel(): PanelKind | null {
    const v = this.raw('panel');
    if (v === null) return null;
    if ((PANELS as readonly string[]).includes(v)) return v as PanelKind;
    this.say({ kind: 'unknownPanel', param: 'panel', value: display(v) });
    return null;
  }

  year(): number | null {
    const v = this.raw('year');
    if (v === null) return null;
    const y = /^\d{4}$/.test(v) ? Number(v) : NaN;
    if (y >= FIRST_YEAR && y <= LAST_YEAR) return y;
    this.say({ kind: 'badYear', param: 'year', value: display(v), first: FIRST_YEAR, last: LAST_YEAR });
    return null;
  }

  colourBy(): ColourBy {
    const v = this.raw('colour');
    if (v === null) return DEFAULT_COLOUR_BY;
    if ((COLOUR_BY as readonly string[]).includes(v)) return v as ColourBy;
    this.say({ kind: 'unknownColour', param: 'colour', value: display(v) });
    return DEFAULT_COLOUR_BY;
  }

  lang(): ShareLang {
    const v = this.raw('lang');
    if (v === null) return 'zh';
    if ((LANGS as readonly string[]).includes(v)) return v as ShareLang;
    this.say({ kind: 'unknownLang', param: 'lang', value: display(v) });
    return 'zh';
  }
}

const isId = (id: string) => id.length <= MAX_ID_LENGTH && ID_PATTERN.test(id);

/**
 * Reads a query string (`location.search`, with or without `?`). Never throws: a missing `v` is read as
 * version 1, a newer version is read as far as it is understood, and malformed, out-of-range or unknown
 * values fall back to their defaults with a notice that names the parameter.
 */
export function parseShareState(search: string, known: ShareContext): ShareParseResult {
  const notices: LinkNotice[] = [];
  try {
    let text = String(search);
    if (text.length > MAX_SEARCH_LENGTH) {
      notices.push({ kind: 'linkTooLong', length: text.length, max: MAX_SEARCH_LENGTH });
      text = text.slice(0, MAX_SEARCH_LENGTH);
    }
    const r = new Reader(new URLSearchParams(text), known);
    const version = r.version();
    const knownLayer = (id: string) => isId(id) && (known.layer?.(id) ?? true);
    const knownSub = (id: string) => isId(id) && (known.subdistrict?.(id) ?? true);
    const defaults = defaultShareState(known);
    const state: ShareState = {
      camera: r.camera(),
      hiddenLayers: r.list('hide', (id): id is string => knownLayer(id), 'layer') ?? defaults.hiddenLayers,
      opacity: r.opacity(knownLayer),
      filter: {
        statuses: r.list('status', (s): s is Status => (STATUSES as readonly string[]).includes(s), 'status') ?? new Set(),
        periods: r.list('period', (s): s is Period => (PERIODS as readonly string[]).includes(s), 'period') ?? new Set(),
        themes: r.list('theme', (s): s is Theme => Object.hasOwn(THEMES, s), 'theme') ?? new Set(),
        subdistricts: r.list('sub', (id): id is string => knownSub(id), 'subdistrict') ?? new Set(),
      },
      feature: r.id('feature', (id) => known.feature(id)),
      plan: r.id('plan', (id) => known.plan(id)),
      panel: r.panel(),
      year: r.year(),
      lang: r.lang(),
      colourBy: r.colourBy(),
    };
    return { state, notices: [...notices, ...r.notices], version };
  } catch {
    // Only a bug or a hostile `known` gets here; the viewer still opens.
    return { state: defaultShareState(), notices: [...notices, { kind: 'unreadable' }], version: SHARE_STATE_VERSION };
  }
}

