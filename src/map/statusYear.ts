import type { ExpressionSpecification, Map as MlMap } from 'maplibre-gl';
import { NO_RECORD } from '../core/statusHistory.ts';
import type { Palette } from '../core/palette.ts';

/**
 * The map's colour follows the status as of the year of the time control. Each drawn feature carries
 * its current `status` and `status<year>` for every year of the control (src/core/renderFeatures.ts);
 * the colour reads the property named by the style's global state `statusYear` ('' for the current
 * status, '2023' for the end of 2023), so a change of year is one `setGlobalStateProperty`, with no
 * new data and no new paint.
 */
export const STATUS_YEAR_STATE = 'statusYear';

/** The style's `state` root property: no year chosen. */
export const STATUS_YEAR_DEFAULTS = { [STATUS_YEAR_STATE]: { default: '' } };

/**
 * The status colour match. `none` (no record by then) and anything unknown get the neutral colour of
 * `existing`; a tiles layer without per-year properties keeps its `status`.
 */
export function statusColourExpression(p: Palette): ExpressionSpecification {
  const pairs = Object.entries(p.status).flatMap(([k, v]) => [k, v]);
  const key: ExpressionSpecification = ['concat', 'status', ['global-state', STATUS_YEAR_STATE]];
  const status: ExpressionSpecification = ['coalesce', ['get', key], ['get', 'status'], NO_RECORD];
  return ['match', status, ...pairs, p.status.existing] as unknown as ExpressionSpecification;
}

/** Colours the map by the status as of the end of `year` (null: the current status). */
export function showStatusOfYear(map: MlMap, year: number | null): void {
  const value = year === null ? '' : String(year);
  if (map.getGlobalState()[STATUS_YEAR_STATE] !== value) map.setGlobalStateProperty(STATUS_YEAR_STATE, value);
}
