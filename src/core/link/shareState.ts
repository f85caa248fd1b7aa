import { boundsOf, type Bounds } from '../geometry/anchor.ts';
import type { FeatureStore } from '../featureStore.ts';
import type { FilterState } from '../filters.ts';
import { ID_PATTERN, PERIODS, STATUSES, THEMES, type Period, type Status, type Theme } from '../vocabulary.ts';
import type { Plan } from '../plan/types.ts';

/**
 * Everything a user sets, as it travels in a link. The query string is the saved format, so it carries
 * a version (`v=1`) and every version has a fixture file of links (src/core/link/fixtures/links-v1.txt)
 * that must keep opening the same view.
 *
 * Parameters of version 1 (all optional; a missing one means its default, and defaults are not written):
 *
 * | param | value | default |
 * | --- | --- | --- |
 * | `v` | format version, `1` | 1 (links without `v` are read as version 1) |
 * | `c` | camera `lng,lat,zoom[,bearing,pitch]`: 5 decimals for lng/lat, 2 for zoom, whole degrees | fit the district |
 * | `hide` | hidden layer ids, comma-separated; `hide=` (empty) shows every layer | the registry's `visible: false` layers |
 * | `op` | layer opacity `layer:0.5,…`, 0–1, 2 decimals | 1 for every layer |
 * | `status` | status slugs `planned,completed` | no filter |
 * | `period` | `13th-plan,14th-plan,context` | no filter |
 * | `theme` | layer themes `education,…` | no filter |
 * | `sub` | sub-district feature ids | no filter |
 * | `feature` | the selected feature id | none |
 * | `plan` | the plan node open in the plan panel (`s14`, `t5-r7`) | none |
 * | `panel` | `plan` (contents), `coverage`, `district-wide` | none |
 * | `year` | the time control, 2016–2025 | none (everything) |
 * | `lang` | `zh` or `en` | `zh` |
 *
 * Parameters this module does not own (e.g. `tour=<n>`) are kept as they were when serializing.
 */

export const SHARE_STATE_VERSION = 1;

export const PANELS = ['plan', 'coverage', 'district-wide', 'list', 'analysis'] as const;
export type PanelKind = (typeof PANELS)[number];

/** First and last year of the time control: the 13th plan starts in 2016, the 14th ends in 2025. */
export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;

export const LANGS = ['zh', 'en'] as const;
export type ShareLang = (typeof LANGS)[number];

/** Every parameter this module reads and writes, in the order they are written. */
export const SHARE_PARAMS = ['v', 'c', 'hide', 'op', 'status', 'period', 'theme', 'sub', 'feature', 'plan', 'panel', 'year', 'lang'] as const;

/** Zoom range a link may carry (MapLibre's own range; the map clamps further). */
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 22;
export const MAX_PITCH = 85;

/** The map camera. Values in a state are already rounded as in a link. */
export interface Camera {
  /** Degrees east, −180…180, 5 decimals (about 1 m). */
  lng: number;
  /** Degrees north, −90…90, 5 decimals. */
  lat: number;
  /** 0…22, 2 decimals. */
  zoom: number;
  /** Whole degrees, −179…180 (a link may say any angle; it is folded into this range). @default 0 */
  bearing: number;
  /** Whole degrees, 0…85. @default 0 */
  pitch: number;
}

/** The filters that travel in a link (the layer filter travels as `hide`, the year as `year`). */
export type ShareFilter = Pick<FilterState, 'statuses' | 'periods' | 'themes' | 'subdistricts'>;

export interface ShareState {
  /** null: the default view (fit the district). */
  camera: Camera | null;
  hiddenLayers: ReadonlySet<string>;
  /** Layer id → opacity below 1 (layers at full opacity are not listed). */
  opacity: ReadonlyMap<string, number>;
  filter: ShareFilter;
  feature: string | null;
  plan: string | null;
  panel: PanelKind | null;
  year: number | null;
  lang: ShareLang;
}

/**
 * What a link is checked against. `feature` and `plan` are required; the others, when absent, accept
 * any well-formed id (enough for reading the app's own URL back).
 */
export interface ShareContext {
  feature(id: string): boolean;
  plan(id: string): boolean;
  layer?(id: string): boolean;
  subdistrict?(id: string): boolean;
  /** Layers hidden when the app opens (registry `visible: false`). @default none */
  defaultHiddenLayers?: Iterable<string>;
  /** Cameras whose centre lies outside `[west, south, east, north]` are dropped with a notice. */
  cameraBounds?: Bounds;
}

/** The checks of the real data: ids of the store and the plan, the registry's defaults, the district ± 1°. */
export function shareContextOf(plan: Plan, store: FeatureStore): ShareContext {
  const layers = new Set(store.layers.map((l) => l.id));
  const subdistricts = new Set((store.byLayer.get('subdistricts')?.features ?? []).map((f) => f.properties.id));
  for (const f of store.byId.values()) if (f.properties.subdistrict) subdistricts.add(f.properties.subdistrict);
  const district = store.byLayer.get('district')?.features[0];
  const [w, s, e, n] = district ? boundsOf(district.geometry) : [121.8, 41.05, 122.2, 41.25];
  return {
    feature: (id) => store.byId.has(id),
    plan: (id) => plan.byId.has(id),
    layer: (id) => layers.has(id),
    subdistrict: (id) => subdistricts.has(id),
    defaultHiddenLayers: store.layers.filter((l) => !l.visible).map((l) => l.id),
    cameraBounds: [w - 1, s - 1, e + 1, n + 1],
  };
}

/** The state of a link without parameters. */
export function defaultShareState(context: Pick<ShareContext, 'defaultHiddenLayers'> = {}): ShareState {
  return {
    camera: null,
    hiddenLayers: new Set(context.defaultHiddenLayers ?? []),
    opacity: new Map(),
    filter: { statuses: new Set(), periods: new Set(), themes: new Set(), subdistricts: new Set() },
    feature: null,
    plan: null,
    panel: null,
    year: null,
    lang: 'zh',
  };
}

export type ShareParam = (typeof SHARE_PARAMS)[number];

/**
 * Why a value of a link was ignored: a code and its parameters, worded in the interface's language by
 * the UI (`m.link.notice`, src/i18n/zh/link.ts), so this module stays free of words. `value` and
 * `items` are as shown to the user: quoted, cut at 40 characters.
 */
export type LinkNotice =
  | { kind: 'linkTooLong'; length: number; max: number }
  | { kind: 'unreadable' }
  | { kind: 'badVersion'; param: 'v'; value: string; version: number }
  | { kind: 'newerVersion'; param: 'v'; version: number }
  | { kind: 'badId'; param: 'feature' | 'plan'; value: string }
  | { kind: 'notFound'; param: 'feature' | 'plan'; value: string }
  | { kind: 'tooLong'; param: ShareParam; length: number }
  | { kind: 'tooMany'; param: ShareParam; count: number }
  | { kind: 'unknownItems'; param: ShareParam; items: string[]; count: number; what: ListWhat }
  | { kind: 'badCamera'; param: 'c'; value: string; why: CameraProblem }
  | { kind: 'badOpacity'; param: 'op'; items: string[] }
  | { kind: 'unknownPanel'; param: 'panel'; value: string }
  | { kind: 'badYear'; param: 'year'; value: string; first: number; last: number }
  | { kind: 'unknownLang'; param: 'lang'; value: string }
  // The presentation mode's parameters (urlState.ts parseTourParams).
  | { kind: 'badTourStep'; value: string; max: number }
  | { kind: 'badAutoplay'; value: string; min: number; max: number }
  | { kind: 'badLoop'; value: string };

/** What a list parameter names, for "not a known …". */
export type ListWhat = 'layer' | 'status' | 'period' | 'theme' | 'subdistrict';

/** Why a `c=` camera was dropped. `swapped`: the numbers would fit with longitude and latitude exchanged. */
export type CameraProblem =
  | { kind: 'shape' }
  | { kind: 'notNumber' }
  | { kind: 'lat'; lat: number; swapped: boolean }
  | { kind: 'lng'; lng: number }
  | { kind: 'zoom'; zoom: number; min: number; max: number }
  | { kind: 'pitch'; pitch: number; max: number }
  | { kind: 'outside'; lng: number; lat: number; swapped: boolean };

export interface ShareParseResult {
  state: ShareState;
  /** Quiet notices, one per ignored value, each naming its parameter (worded by the UI). */
  notices: LinkNotice[];
  /** The version the link declared (1 when it declared none or nonsense). */
  version: number;
}

/** Longest query string read; the rest is cut (and whatever it cut is reported by its parameter). */
const MAX_SEARCH_LENGTH = 16_384;
const MAX_ID_LENGTH = 200;
const MAX_LIST_LENGTH = 4_000;
const MAX_LIST_ITEMS = 100;

/** A value as a notice shows it: quoted, cut at 40 characters. */
export function display(v: string): string {
  const chars = Array.from(v);
  return JSON.stringify(chars.length > 40 ? `${chars.slice(0, 37).join('')}…` : v);
}

const NUMBER = /^[-+]?\d{1,4}(\.\d{1,12})?$/;
const noNegZero = (x: number) => x + 0;
const round = (x: number, decimals: number) => noNegZero(Number(x.toFixed(decimals)));

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
    const fail = (why: CameraProblem) => {
      this.say({ kind: 'badCamera', param: 'c', value: display(v), why });
      return null;
    };
    const parts = v.split(',');
    if ((parts.length !== 3 && parts.length !== 5) || v.length > 120) return fail({ kind: 'shape' });
    if (!parts.every((p) => NUMBER.test(p))) return fail({ kind: 'notNumber' });
    const [lng = 0, lat = 0, zoom = 0, bearing = 0, pitch = 0] = parts.map(Number);
    if (lat < -90 || lat > 90) return fail({ kind: 'lat', lat, swapped: lng >= -90 && lng <= 90 });
    if (lng < -180 || lng > 180) return fail({ kind: 'lng', lng });
    if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return fail({ kind: 'zoom', zoom, min: MIN_ZOOM, max: MAX_ZOOM });
    if (pitch < 0 || pitch > MAX_PITCH) return fail({ kind: 'pitch', pitch, max: MAX_PITCH });
    const b = this.known.cameraBounds;
    if (b && (lng < b[0] || lng > b[2] || lat < b[1] || lat > b[3])) {
      return fail({ kind: 'outside', lng, lat, swapped: lat >= b[0] && lat <= b[2] && lng >= b[1] && lng <= b[3] });
    }
    return {
      lng: round(lng, 5),
      lat: round(lat, 5),
      zoom: round(zoom, 2),
      bearing: normalizeBearing(round(bearing, 0)),
      pitch: round(pitch, 0),
    };
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
      const rounded = round(value, 2);
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

  lang(): ShareLang {
    const v = this.raw('lang');
    if (v === null) return 'zh';
    if ((LANGS as readonly string[]).includes(v)) return v as ShareLang;
    this.say({ kind: 'unknownLang', param: 'lang', value: display(v) });
    return 'zh';
  }
}

/** Bearing in whole degrees folded into −179…180. */
function normalizeBearing(b: number): number {
  const m = ((b % 360) + 360) % 360;
  return noNegZero(m > 180 ? m - 360 : m);
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
    };
    return { state, notices: [...notices, ...r.notices], version };
  } catch {
    // Only a bug or a hostile `known` gets here; the viewer still opens.
    return { state: defaultShareState(), notices: [...notices, { kind: 'unreadable' }], version: SHARE_STATE_VERSION };
  }
}

const sorted = (values: Iterable<string>) => [...values].sort();
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** `c=` value of a camera, rounded as documented; bearing and pitch only when not 0. */
export function formatCamera(c: Camera): string {
  const parts = [round(c.lng, 5), round(c.lat, 5), round(c.zoom, 2)];
  const bearing = normalizeBearing(round(c.bearing, 0));
  const pitch = round(c.pitch, 0);
  if (bearing !== 0 || pitch !== 0) parts.push(bearing, pitch);
  return parts.map(String).join(',');
}

/**
 * Writes the state as a query string (`?…`, or `''` when everything is default and nothing else is
 * there). Defaults are left out; `v=1` leads whenever any parameter of this module is written.
 * Parameters of `currentSearch` this module does not own (e.g. `tour`) are kept verbatim, after ours.
 * Lists are sorted, so equal states give equal links.
 */
export function serializeShareState(
  state: ShareState,
  currentSearch = '',
  context: Pick<ShareContext, 'defaultHiddenLayers'> = {},
): string {
  const out: string[] = [];
  const put = (key: string, value: string) => out.push(`${key}=${encodeValue(value)}`);
  if (state.camera) put('c', formatCamera(state.camera));
  if (!sameSet(state.hiddenLayers, new Set(context.defaultHiddenLayers ?? []))) put('hide', sorted(state.hiddenLayers).join(','));
  const op = sorted(state.opacity.keys())
    .map((id) => [id, round(state.opacity.get(id) ?? 1, 2)] as const)
    .filter(([, v]) => v < 1)
    .map(([id, v]) => `${id}:${v}`);
  if (op.length > 0) put('op', op.join(','));
  const f = state.filter;
  if (f.statuses.size > 0) put('status', sorted(f.statuses).join(','));
  if (f.periods.size > 0) put('period', sorted(f.periods).join(','));
  if (f.themes.size > 0) put('theme', sorted(f.themes).join(','));
  if (f.subdistricts.size > 0) put('sub', sorted(f.subdistricts).join(','));
  if (state.feature !== null) put('feature', state.feature);
  if (state.plan !== null) put('plan', state.plan);
  if (state.panel !== null) put('panel', state.panel);
  if (state.year !== null) put('year', String(state.year));
  if (state.lang !== 'zh') put('lang', state.lang);
  if (out.length > 0) out.unshift(`v=${SHARE_STATE_VERSION}`);
  out.push(...foreignParams(currentSearch));
  return out.length > 0 ? `?${out.join('&')}` : '';
}

/** Encodes like encodeURIComponent but leaves `,` and `:` readable (they are our separators). */
function encodeValue(v: string): string {
  return encodeURIComponent(v).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

const OWNED = new Set<string>(SHARE_PARAMS);

/** The `key=value` pieces of a query string whose key this module does not own, as they were written. */
export function foreignParams(search: string): string[] {
  const text = search.startsWith('?') ? search.slice(1) : search;
  if (text === '') return [];
  return text.split('&').filter((piece) => {
    if (piece === '') return false;
    const rawKey = piece.split('=')[0] ?? '';
    let key: string;
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
    } catch {
      key = rawKey;
    }
    return !OWNED.has(key);
  });
}
