import { z } from 'zod';
import { ID_PATTERN } from './featureSchema.ts';

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

export const layerEntrySchema = z.strictObject({
  id: z.string().regex(ID_PATTERN),
  /** `base` layers form the offline basemap under the plan; `plan` layers hold the plan's places. */
  role: z.enum(['base', 'plan']),
  theme: z.enum(Object.keys(THEMES) as [Theme, ...Theme[]]),
  /** How the layer's geometries are drawn; `mixed` draws polygons, lines and points from one file. */
  draw: z.enum(['fill', 'line', 'point', 'mixed']),
  name: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
  /** Shown when the app opens. */
  visible: z.boolean(),
});
export type LayerEntry = z.infer<typeof layerEntrySchema>;

export const layerRegistrySchema = z
  .strictObject({ $comment: z.string().optional(), layers: z.array(layerEntrySchema).min(1) })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.layers.forEach((l, i) => {
      if (seen.has(l.id)) ctx.addIssue({ code: 'custom', path: ['layers', i, 'id'], message: `duplicate layer id "${l.id}"` });
      seen.add(l.id);
    });
  });
export type LayerRegistry = z.infer<typeof layerRegistrySchema>;
