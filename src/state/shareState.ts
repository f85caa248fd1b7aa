import { boundsOf, type Bounds } from '../analysis/anchor.ts';
import type { FeatureStore } from '../data/featureStore.ts';
import type { FilterState } from '../data/filters.ts';
import { ID_PATTERN, PERIODS, STATUSES, THEMES, type Period, type Status, type Theme } from '../data/vocabulary.ts';
import type { Plan } from '../plan/types.ts';

/**
 * Everything a user sets, as it travels in a link. The query string is the saved format, so it carries
 * a version (`v=1`) and every version has a fixture file of links (src/state/fixtures/links-v1.txt)
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

export interface ShareParseResult {
  state: ShareState;
  /** Quiet notices in Chinese, one per ignored value, each naming its parameter. */
  notices: string[];
  /** The version the link declared (1 when it declared none or nonsense). */
  version: number;
}

/** Longest query string read; the rest is cut (and whatever it cut is reported by its parameter). */
const MAX_SEARCH_LENGTH = 16_384;
const MAX_ID_LENGTH = 200;
const MAX_LIST_LENGTH = 4_000;
const MAX_LIST_ITEMS = 100;

const PARAM_NAMES: Readonly<Record<(typeof SHARE_PARAMS)[number], string>> = {
  v: '版本',
  c: '地图视图',
  hide: '隐藏图层',
  op: '图层透明度',
  status: '状态筛选',
  period: '时期筛选',
  theme: '主题筛选',
  sub: '街道筛选',
  feature: '要素',
  plan: '规划章节',
  panel: '面板',
  year: '年份',
  lang: '语言',
};

function display(v: string): string {
  const chars = Array.from(v);
  return JSON.stringify(chars.length > 40 ? `${chars.slice(0, 37).join('')}…` : v);
}

const NUMBER = /^[-+]?\d{1,4}(\.\d{1,12})?$/;
const noNegZero = (x: number) => x + 0;
const round = (x: number, decimals: number) => noNegZero(Number(x.toFixed(decimals)));

class Reader {
  readonly notices: string[] = [];
  constructor(
    private readonly params: URLSearchParams,
    private readonly known: ShareContext,
  ) {}

  private say(key: (typeof SHARE_PARAMS)[number], text: string): void {
    this.notices.push(`链接参数 ${key}（${PARAM_NAMES[key]}）${text}`);
  }

  /** The raw value, or null when absent or empty (empty values are ignored quietly). */
  raw(key: (typeof SHARE_PARAMS)[number]): string | null {
    const v = this.params.get(key);
    return v === null || v === '' ? null : v;
  }

  version(): number {
    const v = this.raw('v');
    if (v === null) return SHARE_STATE_VERSION;
    if (!/^\d{1,6}$/.test(v) || Number(v) < 1) {
      this.say('v', `的值 ${display(v)} 无效，已按第 ${SHARE_STATE_VERSION} 版读取`);
      return SHARE_STATE_VERSION;
    }
    const n = Number(v);
    if (n > SHARE_STATE_VERSION) {
      this.say('v', `为 ${n}：此链接来自更新的版本，已尽量还原能识别的设置`);
    }
    return n;
  }

  id(key: 'feature' | 'plan', exists: (id: string) => boolean): string | null {
    const v = this.raw(key);
    if (v === null) return null;
    if (v.length > MAX_ID_LENGTH || !ID_PATTERN.test(v)) {
      this.say(key, `的值 ${display(v)} 格式不正确，已忽略`);
      return null;
    }
    if (!exists(v)) {
      this.say(key, `的值 ${display(v)} 未找到，已忽略`);
      return null;
    }
    return v;
  }

  /** A comma list; each item checked by `accept`, bad ones dropped with one notice naming them. */
  list<T extends string>(key: (typeof SHARE_PARAMS)[number], accept: (item: string) => item is T, what: string): Set<T> | null {
    const v = this.params.get(key);
    if (v === null) return null;
    if (v.length > MAX_LIST_LENGTH) {
      this.say(key, `的值过长（${v.length} 个字符），已忽略`);
      return null;
    }
    const items = v.split(',').filter((x) => x !== '');
    if (items.length > MAX_LIST_ITEMS) {
      this.say(key, `列出的项目过多（${items.length} 项），已忽略`);
      return null;
    }
    const out = new Set<T>();
    const bad: string[] = [];
    for (const item of items) {
      if (accept(item)) out.add(item);
      else bad.push(item);
    }
    if (bad.length > 0) {
      this.say(key, `中的 ${bad.slice(0, 5).map(display).join('、')}${bad.length > 5 ? ` 等 ${bad.length} 项` : ''} 不是已知的${what}，已忽略`);
    }
    return out;
  }

  camera(): Camera | null {
    const v = this.raw('c');
    if (v === null) return null;
    const fail = (why: string) => {
      this.say('c', `的值 ${display(v)} 无效：${why}，已使用默认视图`);
      return null;
    };
    const parts = v.split(',');
    if ((parts.length !== 3 && parts.length !== 5) || v.length > 120) {
      return fail('应为“经度,纬度,缩放”或“经度,纬度,缩放,方位角,俯仰角”');
    }
    if (!parts.every((p) => NUMBER.test(p))) return fail('含有不是数字的部分');
    const [lng = 0, lat = 0, zoom = 0, bearing = 0, pitch = 0] = parts.map(Number);
    if (lat < -90 || lat > 90) {
      return fail(`纬度 ${lat} 超出 −90…90${lng >= -90 && lng <= 90 ? '（经纬度是否写反？）' : ''}`);
    }
    if (lng < -180 || lng > 180) return fail(`经度 ${lng} 超出 −180…180`);
    if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return fail(`缩放级别 ${zoom} 超出 ${MIN_ZOOM}…${MAX_ZOOM}`);
    if (pitch < 0 || pitch > MAX_PITCH) return fail(`俯仰角 ${pitch} 超出 0…${MAX_PITCH}`);
    const b = this.known.cameraBounds;
    if (b && (lng < b[0] || lng > b[2] || lat < b[1] || lat > b[3])) {
      return fail(`位置 ${lng},${lat} 不在兴隆台区附近${lat >= b[0] && lat <= b[2] && lng >= b[1] && lng <= b[3] ? '（经纬度是否写反？）' : ''}`);
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
      this.say('op', `的值过长（${v.length} 个字符），已忽略`);
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
      this.say('op', `中的 ${bad.slice(0, 5).map(display).join('、')} 应为“图层:0 到 1 之间的数”，已忽略`);
    }
    return out;
  }

  panel(): PanelKind | null {
    const v = this.raw('panel');
    if (v === null) return null;
    if ((PANELS as readonly string[]).includes(v)) return v as PanelKind;
    this.say('panel', `的值 ${display(v)} 未知，已忽略`);
    return null;
  }

  year(): number | null {
    const v = this.raw('year');
    if (v === null) return null;
    const y = /^\d{4}$/.test(v) ? Number(v) : NaN;
    if (y >= FIRST_YEAR && y <= LAST_YEAR) return y;
    this.say('year', `的值 ${display(v)} 不在 ${FIRST_YEAR}–${LAST_YEAR} 之间，已忽略`);
    return null;
  }

  lang(): ShareLang {
    const v = this.raw('lang');
    if (v === null) return 'zh';
    if ((LANGS as readonly string[]).includes(v)) return v as ShareLang;
    this.say('lang', `的值 ${display(v)} 未知（可用 zh 或 en），已使用中文`);
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
 * values fall back to their defaults with a notice in Chinese that names the parameter.
 */
export function parseShareState(search: string, known: ShareContext): ShareParseResult {
  const notices: string[] = [];
  try {
    let text = String(search);
    if (text.length > MAX_SEARCH_LENGTH) {
      notices.push(`链接过长（${text.length} 个字符），只读取了前 ${MAX_SEARCH_LENGTH} 个字符`);
      text = text.slice(0, MAX_SEARCH_LENGTH);
    }
    const r = new Reader(new URLSearchParams(text), known);
    const version = r.version();
    const knownLayer = (id: string) => isId(id) && (known.layer?.(id) ?? true);
    const knownSub = (id: string) => isId(id) && (known.subdistrict?.(id) ?? true);
    const defaults = defaultShareState(known);
    const state: ShareState = {
      camera: r.camera(),
      hiddenLayers: r.list('hide', (id): id is string => knownLayer(id), '图层') ?? defaults.hiddenLayers,
      opacity: r.opacity(knownLayer),
      filter: {
        statuses: r.list('status', (s): s is Status => (STATUSES as readonly string[]).includes(s), '状态') ?? new Set(),
        periods: r.list('period', (s): s is Period => (PERIODS as readonly string[]).includes(s), '时期') ?? new Set(),
        themes: r.list('theme', (s): s is Theme => Object.hasOwn(THEMES, s), '主题') ?? new Set(),
        subdistricts: r.list('sub', (id): id is string => knownSub(id), '街道') ?? new Set(),
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
    return { state: defaultShareState(), notices: [...notices, '链接参数无法解析，已打开默认视图'], version: SHARE_STATE_VERSION };
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
