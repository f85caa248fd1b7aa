/**
 * The words of the data contract that the screens need: id pattern, statuses, accuracies, periods,
 * themes and the link check. Kept apart from the zod schemas (`featureSchema.ts`,
 * `layerRegistry.ts`, which re-export them) so that the first screen can use them without loading
 * zod: the data is validated at build time.
 */
import { checkLink } from './link/safeLink.ts';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Status slugs and the words the plan (and Chinese planners) use for them. */
export const STATUS_WORDS = {
  /** 现状: an existing place shown for context (a boundary, a river); not a project. */
  existing: { zh: '现状', en: 'Existing' },
  planned: { zh: '规划', en: 'Planned' },
  'under-construction': { zh: '在建', en: 'Under construction' },
  completed: { zh: '已完成', en: 'Completed' },
  /** 13th-plan completion words of 表1–表4. */
  exceeded: { zh: '超额完成', en: 'Exceeded' },
  'basically-completed': { zh: '基本完成', en: 'Basically completed' },
  'not-completed': { zh: '未完成', en: 'Not completed' },
} as const;

export type Status = keyof typeof STATUS_WORDS;
export const STATUSES = Object.keys(STATUS_WORDS) as [Status, ...Status[]];

export const ACCURACY_WORDS = {
  surveyed: { zh: '测绘', en: 'Surveyed' },
  /** From road descriptions, public boundaries or a geocoded seat: how, the feature's geometrySource says. */
  approximate: { zh: '近似', en: 'Approximate' },
  schematic: { zh: '示意', en: 'Schematic' },
  /** No known place: the feature's geometry is null (RFC 7946 §3.2); it is listed, never drawn. */
  unlocated: { zh: '位置未知', en: 'No known place' },
} as const;
export type Accuracy = keyof typeof ACCURACY_WORDS;
export const ACCURACIES = Object.keys(ACCURACY_WORDS) as [Accuracy, ...Accuracy[]];
/** The accuracies a geometry can have (all but `unlocated`). */
export const GEOMETRY_ACCURACIES = ACCURACIES.filter((a) => a !== 'unlocated') as [Accuracy, ...Accuracy[]];

export const PERIODS = ['13th-plan', '14th-plan', 'context'] as const;
export type Period = (typeof PERIODS)[number];

/**
 * True when `href` is a link the app may show: https/http outside with no credentials, or a path that
 * resolves to the app's own origin (the one rule: src/core/link/safeLink.ts).
 */
export function isSafeHref(href: string, appOrigin?: string): boolean {
  return checkLink(href, appOrigin) !== undefined;
}

/** Themes group layers in the legend and the layer panel. */
export const THEMES = {
  boundaries: { zh: '行政区划与道路', en: 'Boundaries and roads' },
  'ecology-water': { zh: '生态与水系', en: 'Ecology and water' },
  education: { zh: '教育', en: 'Education' },
  'housing-renewal': { zh: '居住与更新', en: 'Housing and renewal' },
  'culture-commerce': { zh: '文化与商业', en: 'Culture and commerce' },
  'headquarters-industry': { zh: '总部与产业', en: 'Headquarters and industry' },
  cooperation: { zh: '区域合作', en: 'Cooperation' },
  health: { zh: '医疗卫生', en: 'Health' },
} as const;
export type Theme = keyof typeof THEMES;
