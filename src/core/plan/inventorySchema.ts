import { z } from '../zod.ts';
import { ID_PATTERN, PERIODS } from '../featureSchema.ts';
import { THEMES, type Theme } from '../layerRegistry.ts';

/**
 * Why an inventory item has no feature of its own:
 * - `district-wide`: it applies to the whole district or to many unnamed places (87 old compounds);
 * - `policy`: a measure without a place (tax policy, a reform);
 * - `indicator`: a number the plan tracks (GDP, a coverage rate);
 * - `unplaceable`: it has a place in reality, but nothing available here says where. These count
 *   against coverage: they are placeable items not mapped.
 */
export const NOT_MAPPABLE_KINDS = ['district-wide', 'policy', 'indicator', 'unplaceable'] as const;
export type NotMappableKind = (typeof NOT_MAPPABLE_KINDS)[number];

const bilingual = z.strictObject({ zh: z.string().trim().min(1), en: z.string().trim().min(1) });

export const inventoryItemSchema = z
  .strictObject({
    /** Stable, URL-safe. */
    id: z.string().regex(ID_PATTERN),
    /** The plan id that names the item (section or table row). */
    planRef: z.string().regex(ID_PATTERN),
    name: bilingual,
    theme: z.enum(Object.keys(THEMES) as [Theme, ...Theme[]]),
    period: z.enum(PERIODS).exclude(['context']),
    startYear: z.number().int().min(2000).max(2100).optional(),
    endYear: z.number().int().min(2000).max(2100).optional(),
    /** Features that show the item on the map. */
    features: z.array(z.string().regex(ID_PATTERN)).default([]),
    notMappable: z.strictObject({ kind: z.enum(NOT_MAPPABLE_KINDS), reason: bilingual }).optional(),
  })
  .superRefine((it, ctx) => {
    if (it.features.length > 0 && it.notMappable) {
      ctx.addIssue({ code: 'custom', path: ['notMappable'], message: 'an item with features cannot be notMappable' });
    }
  });
export type InventoryItem = z.infer<typeof inventoryItemSchema>;

export const inventorySchema = z.strictObject({
  $comment: z.string().optional(),
  items: z.array(inventoryItemSchema).min(1),
});
export type Inventory = z.infer<typeof inventorySchema>;
