import { z } from './zod.ts';
import { ID_PATTERN, THEMES, type Theme } from './vocabulary.ts';

export { THEMES, type Theme } from './vocabulary.ts';

/**
 * Where a `tiles` layer's data is: vector tiles cut offline (`npm run tiles`, GDAL) and served as
 * static files, never bundled. For district- or city-wide datasets too big for a geo/ file.
 */
export const tileSourceSchema = z.strictObject({
  /**
   * A `{z}/{x}/{y}.pbf` template or a PMTiles archive (`pmtiles://…`), absolute (`https://cdn…`) or
   * relative to the app (`tiles/parcels/{z}/{x}/{y}.pbf`, `pmtiles://tiles/parcels.pmtiles`).
   */
  url: z
    .string()
    .regex(/^(pmtiles:\/\/)?(https?:\/\/|(?![a-z][a-z0-9+.-]*:)(?!\/\/))\S+$/i, 'only http(s) or a relative path, optionally behind pmtiles://')
    .refine(
      (u) => u.startsWith('pmtiles://') || (u.includes('{z}') && u.includes('{x}') && u.includes('{y}')),
      'a tile URL needs {z}, {x} and {y} (or is a pmtiles:// archive)',
    ),
  /** The layer inside the tiles (`--layer` of `npm run tiles`). */
  sourceLayer: z.string().min(1),
  /** Zooms the tiles exist for; MapLibre over-zooms `maxzoom`. Read from the archive for PMTiles. @default 0, 14 */
  minzoom: z.number().int().min(0).max(22).optional(),
  maxzoom: z.number().int().min(0).max(22).optional(),
  /** west, south, east, north: no tile is requested outside (`npm run tiles` prints them). */
  bounds: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
  attribution: z.string().min(1).optional(),
});
export type TileSource = z.infer<typeof tileSourceSchema>;

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
  /** Present: the layer is read from vector tiles and has no geo/<id>.geojson file. */
  tiles: tileSourceSchema.optional(),
});
export type LayerEntry = z.infer<typeof layerEntrySchema>;

export const layerRegistrySchema = z
  .strictObject({ $comment: z.string().optional(), layers: z.array(layerEntrySchema).min(1) })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.layers.forEach((l, i) => {
      if (seen.has(l.id)) ctx.addIssue({ code: 'custom', path: ['layers', i, 'id'], message: `duplicate layer id "${l.id}"` });
      seen.add(l.id);
      if (l.tiles && l.role !== 'plan') {
        ctx.addIssue({ code: 'custom', path: ['layers', i, 'tiles'], message: 'only plan layers can be read from tiles' });
      }
      if (l.tiles && (l.tiles.minzoom ?? 0) > (l.tiles.maxzoom ?? 14)) {
        ctx.addIssue({ code: 'custom', path: ['layers', i, 'tiles', 'minzoom'], message: 'minzoom is above maxzoom' });
      }
    });
  });
export type LayerRegistry = z.infer<typeof layerRegistrySchema>;
