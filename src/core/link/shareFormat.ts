import type { Bounds } from '../geometry/anchor.ts';
import type { FilterState } from '../filters.ts';
import type { Lang } from '../lang.ts';
import type { ColourBy } from '../palette.ts';

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
 * | `colour` | what the places are coloured by: `kind` or `status` | `kind` |
 *
 * Parameters this module does not own (e.g. `tour=<n>`) are kept as they were when serializing.
 */

export const SHARE_STATE_VERSION = 1;

export const PANELS = ['plan', 'coverage', 'district-wide', 'list', 'analysis'] as const;
export type PanelKind = (typeof PANELS)[number];

/** First and last year of the time control (src/core/statusHistory.ts, where the map's statuses by year use them). */
export { FIRST_YEAR, LAST_YEAR } from '../statusHistory.ts';

/** The interface language a link carries: the app's one list of languages. */
export { LANGS } from '../lang.ts';
export type ShareLang = Lang;

/** Every parameter this module reads and writes, in the order they are written. */
export const SHARE_PARAMS = ['v', 'c', 'hide', 'op', 'status', 'period', 'theme', 'sub', 'feature', 'plan', 'panel', 'year', 'lang', 'colour'] as const;

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
  /** 着色 / Colour by: what the plan's places are coloured by. */
  colourBy: ColourBy;
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
    colourBy: 'kind',
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
  | { kind: 'unknownColour'; param: 'colour'; value: string }
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

