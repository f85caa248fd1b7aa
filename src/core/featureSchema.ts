import { z } from './zod.ts';
import { ACCURACIES, ID_PATTERN, isSafeHref, PERIODS, STATUSES } from './vocabulary.ts';

/**
 * The data contract of every feature in `geo/`. One place for the rules; the loader, the build plugin,
 * the tests and the import path all use it.
 *
 * Naming rules (followed across the project):
 * - ids are lower-case ASCII, digits and `-`, so they can stand in a URL unescaped;
 * - measures carry their unit in the name: `declaredAreaM2`, `declaredLengthKm`;
 * - statuses are stored as the English slugs below and shown with the plan's own Chinese words.
 */

export {
  ACCURACIES,
  ACCURACY_WORDS,
  ID_PATTERN,
  isSafeHref,
  PERIODS,
  STATUS_WORDS,
  STATUSES,
  type Accuracy,
  type Period,
  type Status,
} from './vocabulary.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

const bilingual = z.strictObject({
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

/** A dated document's address: https only (a status needs a source a reader can open safely). */
const httpsUrl = z
  .string()
  .refine((s) => /^https:\/\//i.test(s) && isSafeHref(s), 'a status source URL must be an https: address');

/**
 * Where a status is stated: a plan id (`ref`), an https URL of a dated document (`url`), or a named
 * document (`label` alone, e.g. `兴隆台区2024年政府工作报告`). The label is always there: it is what a
 * reader sees.
 */
export const statusSourceSchema = z.strictObject({
  /** A plan id (`s9`, `t5-r7`) that states the status. */
  ref: z.string().regex(ID_PATTERN).optional(),
  /** How a reader finds it, e.g. `表5 第7行：城市绿岛公园项目`. */
  label: z.string().trim().min(2, 'a status source needs a label of at least 2 characters'),
  /** A dated outside source, when the status is not the plan's own. */
  url: httpsUrl.optional(),
});

/** One dated status: what a source says the feature's state was on a day. */
export const statusEntrySchema = z.strictObject({
  status: z.enum(STATUSES),
  asOf: isoDate,
  source: statusSourceSchema,
});

/**
 * A feature's status over time (src/core/statusHistory.ts reads it): at least one entry, in date
 * order, no two on one date. The latest entry is the current status.
 */
export const statusHistorySchema = z
  .array(statusEntrySchema)
  .min(1, 'a status history needs at least one entry (status, asOf, source)')
  .superRefine((h, ctx) => {
    for (let i = 1; i < h.length; i++) {
      const prev = h[i - 1]?.asOf;
      const cur = h[i]?.asOf;
      if (prev === undefined || cur === undefined) continue;
      if (cur === prev) {
        ctx.addIssue({ code: 'custom', path: [i, 'asOf'], message: `entries ${i - 1} and ${i} are both dated ${cur}: one status per date` });
      } else if (cur < prev) {
        ctx.addIssue({ code: 'custom', path: [i, 'asOf'], message: `${cur} is before the previous entry's ${prev}: entries go oldest first` });
      }
    }
  });

export const declaredSourceSchema = z.strictObject({
  ref: z.string().regex(ID_PATTERN),
  /** The plan's own words for the measure, verbatim (checked against the plan text). */
  quote: z.string().trim().min(2),
});

export const featurePropertiesSchema = z
  .strictObject({
    id: z.string().regex(ID_PATTERN, 'ids are lower-case a-z, 0-9 and "-", at most 80 characters'),
    name: bilingual,
    /** The layer id, equal to the geo/ file's base name. */
    layer: z.string().regex(ID_PATTERN),
    /** What the feature is, e.g. `school`, `kindergarten`, `park`, `river-works`. */
    kind: z.string().regex(ID_PATTERN),
    /** The status over time, oldest first; the last entry is the current status. */
    statusHistory: statusHistorySchema,
    /** Ids into the parsed plan; at least one. */
    planRefs: z.array(z.string().regex(ID_PATTERN)).min(1),
    /** Verbatim passages of the cited plan text to highlight; each must occur in one of `planRefs`. */
    planQuotes: z.array(z.string().min(2)).optional(),
    period: z.enum(PERIODS),
    /** Years the plan or a dated source gives for the work (inclusive). */
    startYear: z.number().int().min(1900).max(2100).optional(),
    endYear: z.number().int().min(1900).max(2100).optional(),
    accuracy: z.enum(ACCURACIES),
    /** How the geometry was drawn, in plain words. */
    geometrySource: z.string().trim().min(10),
    /** The official 9-digit statistical division code (统计用区划代码), for an administrative unit. */
    adminCode: z.string().regex(/^\d{9}$/, 'a 9-digit statistical division code').optional(),
    /** The sub-district (街道) id the feature lies in, when known. */
    subdistrict: z.string().regex(ID_PATTERN).optional(),
    declaredAreaM2: z.number().positive().finite().optional(),
    declaredLengthKm: z.number().positive().finite().optional(),
    declaredCapacityM3PerDay: z.number().positive().finite().optional(),
    declaredSource: declaredSourceSchema.optional(),
    /** Allowed difference between declared and computed measure, in percent. @default 15 */
    measureTolerancePct: z.number().positive().max(1000).optional(),
    note: bilingual.optional(),
  })
  .superRefine((p, ctx) => {
    const hasDeclared =
      p.declaredAreaM2 !== undefined || p.declaredLengthKm !== undefined || p.declaredCapacityM3PerDay !== undefined;
    if (hasDeclared && !p.declaredSource) {
      ctx.addIssue({ code: 'custom', path: ['declaredSource'], message: 'a declared measure needs its source quote' });
    }
    if (p.startYear !== undefined && p.endYear !== undefined && p.endYear < p.startYear) {
      ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'endYear is before startYear' });
    }
    if (p.measureTolerancePct !== undefined && p.measureTolerancePct > 15 && p.accuracy !== 'schematic') {
      ctx.addIssue({
        code: 'custom',
        path: ['measureTolerancePct'],
        message: 'a tolerance above 15% is only allowed for schematic geometry',
      });
    }
  });

export type FeatureProperties = z.infer<typeof featurePropertiesSchema>;
export type StatusEntryData = z.infer<typeof statusEntrySchema>;

/** A validated plan feature: RFC 7946 geometry in WGS-84 with contract properties. */
export interface PlanFeature {
  type: 'Feature';
  geometry: GeoJSON.Geometry;
  properties: FeatureProperties;
}

/**
 * A feature with no known place (`geometry: null`, RFC 7946 §3.2; `accuracy: "unlocated"`): an official
 * unit the app knows by name and code but cannot draw. The loader keeps it out of `features`.
 */
export interface UnlocatedFeature {
  type: 'Feature';
  geometry: null;
  properties: FeatureProperties;
}

export interface PlanFeatureCollection {
  type: 'FeatureCollection';
  /** The features with a geometry: what is drawn, measured and listed. */
  features: PlanFeature[];
  /** The features with no known place, in file order (absent when there are none). */
  unlocated?: UnlocatedFeature[];
}
