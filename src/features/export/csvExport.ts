import { anchorOf } from '../../core/geometry/anchor.ts';
import { computeMeasures, M2_PER_MU } from '../../core/geometry/measure.ts';
import { figureOf } from '../../core/geometry/figure.ts';
import { STATUS_WORDS, type PlanFeature } from '../../core/featureSchema.ts';
import { statusInYear, type StatusSource } from '../../core/statusHistory.ts';

/**
 * CSV export (RFC 4180): UTF-8 with a byte-order mark (so that Excel and WPS open Chinese text correctly),
 * CRLF line ends, a header row, one row per feature.
 *
 * Spreadsheet formula injection: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return (or their full-width forms ＝ ＋ － ＠) gets a leading apostrophe, so spreadsheets show it as text.
 * Number cells are written by this module from numbers (digits, `.`, a leading `-`) and are left as numbers.
 * Nothing is HTML: the CSV is plain text. The computed area and length of schematic geometry are
 * rounded to 2 significant figures and `computedSchematic` is `true` (src/core/geometry/figure.ts).
 *
 * Status: `status`, `statusAsOf` and `statusSource` are the entry in force at the end of the time
 * control's year (the current one without a year); all three are empty, and `status_zh` says 无记录,
 * when the feature's history starts later. `statusHistory` lists every entry, oldest first:
 * `2021-06-16 planned 表5 第7行 [t5-r7] | 2024-05-01 completed …`.
 */

export const CSV_BOM = '\uFEFF';

/** Columns in order; names are stable (the export's format version is in `EXPORT_FORMAT_VERSION`). */
export const CSV_COLUMNS = [
  'id',
  'name_zh',
  'name_en',
  'layer',
  'kind',
  'status_zh',
  'status',
  'statusAsOf',
  'statusSource',
  'planRefs',
  'period',
  'accuracy',
  'subdistrict',
  'declaredAreaM2',
  'declaredAreaMu',
  'computedAreaM2',
  'computedAreaMu',
  'declaredLengthKm',
  'computedLengthKm',
  'anchorLon',
  'anchorLat',
  'computedSchematic',
  'statusHistory',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** A text cell made safe for spreadsheets: a leading apostrophe before formula characters. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a cell when RFC 4180 requires it (a quote, comma, CR or LF) and doubles its quotes. */
export function quoteCsvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A cell from a value: text is neutralised and quoted, numbers are written as they are, nothing is empty. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return quoteCsvCell(neutraliseFormula(value));
}

/** Rows to CSV text: BOM, CRLF between rows and after the last one. */
export function csvText(rows: (string | number | null | undefined)[][]): string {
  return CSV_BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const fixed = (x: number | undefined, digits: number): number | null =>
  x === undefined || !Number.isFinite(x) ? null : Number(x.toFixed(digits));

const sourceText = (src: StatusSource): string => [src.label, src.ref ? `[${src.ref}]` : '', src.url ?? ''].filter(Boolean).join(' ');

/** One feature's cells, in `CSV_COLUMNS` order; the status as of the end of `year` (null: the current one). */
export function csvRow(f: PlanFeature, year: number | null = null): (string | number | null)[] {
  const p = f.properties;
  const raw = computeMeasures(f.geometry);
  // Measures of schematic geometry are rounded (2 significant figures) and flagged in computedSchematic.
  const area = raw.areaM2 === undefined ? undefined : figureOf(raw.areaM2, 'area', [p.accuracy]);
  const len = raw.lengthKm === undefined ? undefined : figureOf(raw.lengthKm, 'length', [p.accuracy]);
  const computed = { areaM2: area?.value, lengthKm: len?.value };
  const schematic = (area?.schematic ?? false) || (len?.schematic ?? false);
  const [lon, lat] = anchorOf(f.geometry);
  const shown = statusInYear(f, year);
  const row: Record<CsvColumn, string | number | null> = {
    id: p.id,
    name_zh: p.name.zh,
    name_en: p.name.en,
    layer: p.layer,
    kind: p.kind,
    status_zh: shown ? STATUS_WORDS[shown.status].zh : '无记录',
    status: shown?.status ?? null,
    statusAsOf: shown?.asOf ?? null,
    statusSource: shown ? sourceText(shown.source) : null,
    planRefs: p.planRefs.join(';'),
    period: p.period,
    accuracy: p.accuracy,
    subdistrict: p.subdistrict ?? null,
    declaredAreaM2: fixed(p.declaredAreaM2, 0),
    declaredAreaMu: fixed(p.declaredAreaM2 === undefined ? undefined : p.declaredAreaM2 / M2_PER_MU, 2),
    computedAreaM2: fixed(computed.areaM2, 0),
    computedAreaMu: fixed(computed.areaM2 === undefined ? undefined : computed.areaM2 / M2_PER_MU, 2),
    declaredLengthKm: fixed(p.declaredLengthKm, 3),
    computedLengthKm: fixed(computed.lengthKm, 3),
    anchorLon: fixed(lon, 6),
    anchorLat: fixed(lat, 6),
    computedSchematic: area || len ? String(schematic) : null,
    statusHistory: p.statusHistory.map((e) => `${e.asOf} ${e.status} ${sourceText(e.source)}`).join(' | '),
  };
  return CSV_COLUMNS.map((c) => row[c]);
}

/** The features as CSV text (see the module comment for the format), statuses as of the end of `year`. */
export function toCsv(features: readonly PlanFeature[], year: number | null = null): string {
  return csvText([[...CSV_COLUMNS], ...features.map((f) => csvRow(f, year))]);
}

/** Media type of the CSV export. */
export const CSV_MEDIA_TYPE = 'text/csv;charset=utf-8';
