import { z } from '../../core/zod.ts';
import { ID_PATTERN } from '../../core/featureSchema.ts';

/**
 * The contract of the presentation mode's story file (`src/features/present/tour.json`). Editing that file
 * changes the tour without code changes; `checkTour` then checks it against the plan and the map data,
 * and the unit tests run both.
 */

const id = z.string().regex(ID_PATTERN, 'ids are lower-case a-z, 0-9 and "-"');

/** Han characters and the CJK / full-width punctuation blocks: an English field must have none. */
export const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The English rendering of a Chinese field, shown when the interface is in English. Required, so a
 * step added in Chinese only fails here with its path (e.g. `steps.3.titleEn: missing …`) instead of
 * showing Chinese on an English screen. Its figures must be the Chinese field's (checkTour).
 */
const english = (max: number, min = 2) =>
  z
    .string({ error: (i) => (i.input === undefined ? 'missing: the English rendering of the field beside it is required' : undefined) })
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !CJK.test(s), 'English text, without Chinese characters');

/** Where the camera looks. `zoom` is the zoom on a 1920×1080 screen: larger screens zoom in so the same area fills the frame. */
export const cameraSchema = z.strictObject({
  center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]),
  zoom: z.number().min(2).max(18),
  /** @default 0 */
  pitch: z.number().min(0).max(70).default(0),
  /** @default 0 */
  bearing: z.number().min(-180).max(180).default(0),
});
export type TourCamera = z.infer<typeof cameraSchema>;

/** A passage of the plan, verbatim; omitted parts are written `……`. */
export const passageSchema = z.strictObject({
  ref: id,
  text: z.string().trim().min(4).max(160),
  /** The passage in English, same meaning (a translation, not the authority: the Chinese is). */
  en: english(320, 4),
});
export type TourPassage = z.infer<typeof passageSchema>;

/** One of the step's key numbers: the figure as the plan writes it, and the passage it is read from. */
export const keyNumberSchema = z.strictObject({
  /** The figure as written, e.g. `1084.5`. */
  value: z.string().regex(/^[0-9]+(\.[0-9]+)?$/, 'a figure as the plan writes it, e.g. 1084.5'),
  /** What follows the figure, e.g. `亩`, `%以上`, `个工作日`. */
  unit: z.string().trim().max(12),
  /** What the figure counts, in a few words. */
  label: z.string().trim().min(2).max(40),
  /** `label` in English. */
  labelEn: english(64),
  /** `unit` in English words (亿元: `hundred million yuan`), never a conversion with new digits. */
  unitEn: english(40, 0),
  /** The plan node the figure is read from (section, table row). */
  ref: id,
  /** The plan's own words around the figure; must contain `value` and occur in `ref`'s text. */
  quote: z.string().trim().min(1).max(80),
});
export type KeyNumber = z.infer<typeof keyNumberSchema>;

/** An animated arc from the district to a partner (a feature of the map data, usually in `cooperation`). */
export const arcSchema = z.strictObject({
  /** Feature id of the partner; it must be a point. */
  to: id,
  /** The kind of cooperation, shown in the legend and used for the arc's colour (one colour per group). */
  group: z.string().trim().min(2).max(16),
  /** `group` in English; arcs of one group must all say the same. */
  groupEn: english(32),
  ref: id,
});
export type TourArc = z.infer<typeof arcSchema>;

export const TOUR_VIEWS = ['map', 'indicators', 'completion'] as const;
export type TourView = (typeof TOUR_VIEWS)[number];

export const stepSchema = z
  .strictObject({
    id,
    /** The chapter (`c1` … `c10`) or table (`appendix`) the step tells; shown above the title. */
    chapter: id,
    title: z.string().trim().min(2).max(40),
    /** `title` in English. */
    titleEn: english(72),
    passages: z.array(passageSchema).min(1).max(3),
    /**
     * What fills the screen beside the text: the map, the 附表 indicators dashboard or the 13th plan's
     * completion tables (表1–表4). @default "map"
     */
    view: z.enum(TOUR_VIEWS).default('map'),
    /** 附表 categories the indicators view shows (all when absent). */
    indicatorCategories: z.array(z.string().trim().min(1)).min(1).optional(),
    camera: cameraSchema,
    /** Plan layers shown (registry ids); the base layers always are. Empty only for dashboard views. */
    layers: z.array(id),
    /** Features outlined and labelled. @default [] */
    highlight: z.array(id).default([]),
    /** deck.gl views, loaded lazily: extruded plan areas (height = declared area) and arcs to partners. */
    deck: z
      .strictObject({
        extrusion: z.boolean().default(false),
        arcs: z.array(arcSchema).default([]),
      })
      .optional(),
    numbers: z.array(keyNumberSchema).min(2).max(4),
  })
  .superRefine((s, ctx) => {
    if (s.view === 'map' && s.layers.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['layers'], message: 'a map step shows at least one plan layer' });
    }
    if (s.indicatorCategories && s.view !== 'indicators') {
      ctx.addIssue({ code: 'custom', path: ['indicatorCategories'], message: 'only for view "indicators"' });
    }
    s.numbers.forEach((n, i) => {
      if (!n.quote.includes(n.value)) {
        ctx.addIssue({ code: 'custom', path: ['numbers', i, 'quote'], message: `the quote must contain the figure ${n.value}` });
      }
    });
  });
export type TourStep = z.infer<typeof stepSchema>;

export const tourSchema = z
  .strictObject({
    $comment: z.string().optional(),
    /** Version of this contract; a change that old files cannot satisfy raises it. */
    version: z.literal(2),
    title: z.string().trim().min(2),
    titleEn: english(80),
    steps: z.array(stepSchema).min(1).max(99),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.steps.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `duplicate step id "${s.id}"` });
      seen.add(s.id);
    });
    // One colour per group in the legend, so one English name per group too.
    const groupEn = new Map<string, string>();
    t.steps.forEach((s, i) =>
      s.deck?.arcs.forEach((a, j) => {
        const known = groupEn.get(a.group);
        if (known === undefined) groupEn.set(a.group, a.groupEn);
        else if (known !== a.groupEn) {
          ctx.addIssue({ code: 'custom', path: ['steps', i, 'deck', 'arcs', j, 'groupEn'], message: `"${a.group}" is called "${known}" elsewhere` });
        }
      }),
    );
  });
export type Tour = z.infer<typeof tourSchema>;

/** Parses the story file; the error names the step and the field. */
export function parseTour(json: unknown, file = 'src/features/present/tour.json'): Tour {
  const r = tourSchema.safeParse(json);
  if (r.success) return r.data;
  throw new Error(r.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`).join('\n'));
}
