import type { FeatureCollection } from 'geojson';
import type { PlanFeature } from './featureSchema.ts';
import { currentStatus, FIRST_YEAR, LAST_YEAR, NO_RECORD, statusKeyOfYear, statusSlugInYear } from './statusHistory.ts';

/** `status2016` … `status2025`: the status as of the end of each year of the time control, or `none`. */
function statusByYear(f: PlanFeature): Record<string, string> {
  const out: Record<string, string> = {};
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) out[statusKeyOfYear(y)] = statusSlugInYear(f, y) ?? NO_RECORD;
  return out;
}

/** The first year a feature belongs to the plan shown by the time control: its start year, else its plan period's. */
export function fromYearOf(f: PlanFeature): number {
  const p = f.properties;
  if (p.startYear !== undefined) return p.startYear;
  return p.period === '13th-plan' ? 2016 : p.period === '14th-plan' ? 2021 : 0;
}

/**
 * MapLibre flattens nested properties to JSON strings, so the map gets a flat copy of what it draws
 * and filters with (src/core/filters.ts reads `status`, `period`, `subdistrict`, `fromYear`); the
 * full properties stay in the FeatureStore and are looked up by id. `status` is the current status
 * (the history's latest entry); `status<year>` the one as of the end of each year of the time control
 * (`none`: no record by then), which the map's colour and status filter read while a year is chosen.
 */
export function toRenderCollection(features: PlanFeature[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        id: f.properties.id,
        layer: f.properties.layer,
        kind: f.properties.kind,
        status: currentStatus(f).status,
        ...statusByYear(f),
        accuracy: f.properties.accuracy,
        period: f.properties.period,
        nameZh: f.properties.name.zh,
        nameEn: f.properties.name.en,
        fromYear: fromYearOf(f),
        subdistrict: f.properties.subdistrict ?? null,
      },
    })),
  };
}
