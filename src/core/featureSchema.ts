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

/** A link from data: only http(s) or a same-origin relative path; anything else is rejected. */
const safeUrl = z.string().refine((s) => isSafeHref(s), 'only https:, http: or a relative path');

export const statusSourceSchema = z
  .strictObject({
    /** A plan id (`s9`, `t5-r7`) that states the status. */
    ref: z.string().regex(ID_PATTERN).optional(),
    /** How a reader finds it, e.g. `表5 第7行：城市绿岛公园项目`. */
    label: z.string().trim().min(2),
    /** A dated outside source, when the status is not the plan's own. */
    url: safeUrl.optional(),
  })
  .refine((s) => s.ref !== undefined || s.url !== undefined, 'a status source needs a plan ref or a url');

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
    status: z.enum(STATUSES),
    statusAsOf: isoDate,
    statusSource: statusSourceSchema,
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
