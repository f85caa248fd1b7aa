import type { Status } from './vocabulary.ts';

/**
 * A feature's status over time. The data contract (featureSchema.ts) keeps, per feature, a
 * `statusHistory`: entries of status, as-of date and source, sorted by date with no two on one date.
 * The current status is the latest entry; the status "as of" a date is the latest entry dated on or
 * before it, and there is none before the first entry (the app then says "no record by then", it
 * never guesses). Pure and zod-free, so the first screen and the editor can call it.
 */

/** First and last year of the time control: the 13th plan starts in 2016, the 14th ends in 2025. */
export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;

/** Where a status is stated: a plan id, an https URL of a dated document, or a named document (label only). */
export interface StatusSource {
  /** A plan id (`s9`, `t5-r7`) that states the status. */
  ref?: string;
  /** How a reader finds it, e.g. `表5 第7行：城市绿岛公园项目` or `兴隆台区2024年政府工作报告`. */
  label: string;
  /** The https URL of a dated document. */
  url?: string;
}

export interface StatusEntry {
  status: Status;
  /** YYYY-MM-DD: the date the source states the status for. */
  asOf: string;
  source: StatusSource;
}

/** What the functions read: a feature or its properties. */
type HasHistory = { statusHistory: readonly StatusEntry[] } | { properties: { statusHistory: readonly StatusEntry[] } };

function historyOf(f: HasHistory): readonly StatusEntry[] {
  return 'properties' in f ? f.properties.statusHistory : f.statusHistory;
}

/** The latest entry: the current status. */
export function currentStatus(f: HasHistory): StatusEntry {
  const h = historyOf(f);
  return h[h.length - 1]!;
}

/**
 * The entry in force on `date` (YYYY-MM-DD): the latest one dated on or before it; null when the
 * history starts after it ("no record by then"). Relies on the contract's order (sorted, one per date).
 */
export function statusAsOf(f: HasHistory, date: string): StatusEntry | null {
  const h = historyOf(f);
  let found: StatusEntry | null = null;
  for (const e of h) {
    if (e.asOf <= date) found = e;
    else break;
  }
  return found;
}

/** The last day of a year, as the time control means it ("as of the end of 2023"). */
export const endOfYear = (year: number): string => `${String(year).padStart(4, '0')}-12-31`;

/**
 * The entry the app shows for the year of the time control: as of the end of `year`, or the current
 * one when no year is chosen (null).
 */
export function statusInYear(f: HasHistory, year: number | null): StatusEntry | null {
  return year === null ? currentStatus(f) : statusAsOf(f, endOfYear(year));
}

/** The status slug shown for the year, or null for "no record by then". */
export function statusSlugInYear(f: HasHistory, year: number | null): Status | null {
  return statusInYear(f, year)?.status ?? null;
}

/** The render property that carries the status as of the end of `year` (src/core/renderFeatures.ts). */
export const statusKeyOfYear = (year: number): string => `status${year}`;

/** The render value of "no record by then": not a status, drawn in the neutral colour. */
export const NO_RECORD = 'none';
