import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { fromYearOf } from './renderFeatures.ts';
import { statusKeyOfYear, statusSlugInYear } from './statusHistory.ts';
import type { Period, PlanFeature, Status } from './featureSchema.ts';
import type { FeatureStore } from './featureStore.ts';
import type { LayerEntry, Theme } from './layerRegistry.ts';

/**
 * What the user narrows the map to. Every set works the same way: **empty means no filter** on that
 * property; a non-empty set keeps the features whose value is in it. The sets are combined with AND.
 *
 * The frame of the map is never filtered: base layers (`role: "base"`: neighbouring counties, rivers,
 * roads) and the existing boundaries (features of a `boundaries`-theme layer whose period is `context`:
 * the district and its sub-districts). Filtering for 规划 should not make the district disappear.
 */
export interface FilterState {
  /**
   * Status slugs to keep: the status as of the end of `year` when one is chosen, else the current one
   * (src/core/statusHistory.ts). A feature with no record by then matches none.
   */
  statuses: ReadonlySet<Status>;
  /** Feature `period` values to keep. */
  periods: ReadonlySet<Period>;
  /** Layer themes (from the layer registry) to keep. */
  themes: ReadonlySet<Theme>;
  /** Layer ids to keep. Optional; absent or empty: every layer. Layer visibility (hide) is separate. */
  layers?: ReadonlySet<string>;
  /**
   * Sub-district ids to keep. A feature matches when its declared `subdistrict` is in the set; features
   * that declare none do not match while this filter is active (their sub-district is not known).
   */
  subdistricts: ReadonlySet<string>;
  /**
   * Optional time filter: keep features that belong to the plan as of this year (`fromYear <= year`,
   * see `fromYearOf` in src/core/renderFeatures.ts), and read their status as of the end of it.
   * @default null
   */
  year?: number | null;
}

/** No filter at all. */
export const EMPTY_FILTER: FilterState = Object.freeze({
  statuses: new Set<Status>(),
  periods: new Set<Period>(),
  themes: new Set<Theme>(),
  subdistricts: new Set<string>(),
});

/** The part of a layer entry the filters read. */
export type FilterLayer = Pick<LayerEntry, 'id' | 'role' | 'theme'>;

/** True for the features the filters never hide: base layers and existing boundaries. */
export function isFrameFeature(feature: PlanFeature, layer: FilterLayer): boolean {
  return layer.role === 'base' || (layer.theme === 'boundaries' && feature.properties.period === 'context');
}

/** Whether one feature of `layer` passes the filter. */
export function matches(feature: PlanFeature, layer: FilterLayer, filter: FilterState): boolean {
  if (layer.role === 'base') return true;
  if (filter.layers && filter.layers.size > 0 && !filter.layers.has(layer.id)) return false;
  if (isFrameFeature(feature, layer)) return true;
  const p = feature.properties;
  if (filter.themes.size > 0 && !filter.themes.has(layer.theme)) return false;
  if (filter.statuses.size > 0) {
    const status = statusSlugInYear(feature, filter.year ?? null);
    if (status === null || !filter.statuses.has(status)) return false;
  }
  if (filter.periods.size > 0 && !filter.periods.has(p.period)) return false;
  if (filter.subdistricts.size > 0 && (p.subdistrict === undefined || !filter.subdistricts.has(p.subdistrict))) {
    return false;
  }
  const year = filter.year ?? null;
  if (year !== null && fromYearOf(feature) > year) return false;
  return true;
}

/** How many features of one layer the filter keeps. */
export interface LayerCount {
  shown: number;
  total: number;
}

export interface FilterResult {
  /** Registry layer id → the features that pass, in file order (no outlines of plan layers). Every registry layer has an entry. */
  byLayer: ReadonlyMap<string, PlanFeature[]>;
  /** Registry layer id → counts. */
  counts: ReadonlyMap<string, LayerCount>;
  /** Counts over the plan layers only (the base map is not counted). */
  planTotals: LayerCount;
}

/**
 * Applies the filter to every layer of the store. Pure; cheap enough to run on every change. The
 * existing boundaries of the plan layers (the district and sub-district outlines, see
 * {@link isFrameFeature}) stay on the map ({@link toMapFilter}) but are not plan items: they are in
 * no count and no list (issue 14: filtering on 规划 counted and listed the 现状 sub-districts).
 */
export function applyFilters(store: FeatureStore, filter: FilterState): FilterResult {
  const byLayer = new Map<string, PlanFeature[]>();
  const counts = new Map<string, LayerCount>();
  const planTotals = { shown: 0, total: 0 };
  for (const layer of store.layers) {
    const features = store.byLayer.get(layer.id)?.features ?? [];
    const all = layer.role === 'base' ? features : features.filter((f) => !isFrameFeature(f, layer));
    const kept = all.filter((f) => matches(f, layer, filter));
    byLayer.set(layer.id, kept);
    counts.set(layer.id, { shown: kept.length, total: all.length });
    if (layer.role === 'plan') {
      planTotals.shown += kept.length;
      planTotals.total += all.length;
    }
  }
  return { byLayer, counts, planTotals };
}

function inList(property: string, values: Iterable<string>): ExpressionSpecification {
  // A missing property reads as null; coalesce keeps `in` well-typed for it.
  return ['in', ['coalesce', ['get', property], ''], ['literal', [...values].sort()]];
}

/**
 * The MapLibre filter expression that keeps exactly what {@link matches} keeps, for the map layers of
 * one registry layer. It reads the render properties of `toRenderCollection` (src/core/renderFeatures.ts):
 * `status` (`status<year>` while a year is chosen), `period`, `subdistrict`, `fromYear`. Combine it with a map layer's own filter with
 * `['all', own, filter]`.
 *
 * @returns null when nothing is filtered on this layer, `false` when the whole layer is filtered out.
 */
export function toMapFilter(filter: FilterState, layer: FilterLayer): FilterSpecification | null {
  if (layer.role === 'base') return null;
  if (filter.layers && filter.layers.size > 0 && !filter.layers.has(layer.id)) return false;
  const parts: ExpressionSpecification[] = [];
  // The theme belongs to the layer, so it decides for the whole layer (except its frame features).
  const themeOut = filter.themes.size > 0 && !filter.themes.has(layer.theme);
  const year = filter.year ?? null;
  if (filter.statuses.size > 0) parts.push(inList(year === null ? 'status' : statusKeyOfYear(year), filter.statuses));
  if (filter.periods.size > 0) parts.push(inList('period', filter.periods));
  if (filter.subdistricts.size > 0) parts.push(inList('subdistrict', filter.subdistricts));
  if (year !== null) parts.push(['<=', ['get', 'fromYear'], year]);
  if (!themeOut && parts.length === 0) return null;
  const kept: ExpressionSpecification | boolean = themeOut
    ? false
    : parts.length === 1
      ? (parts[0] as ExpressionSpecification)
      : ['all', ...parts];
  if (layer.theme !== 'boundaries') return kept;
  // Existing boundaries (period `context`) are the frame and always stay.
  const frame: ExpressionSpecification = ['==', ['get', 'period'], 'context'];
  return kept === false ? frame : ['any', frame, kept];
}
