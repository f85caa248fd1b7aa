import { z } from './zod.ts';
import { ID_PATTERN, THEMES, type Theme } from './vocabulary.ts';
import { KINDS, PALETTE_ROLES } from './palette.ts';
import { PURPOSES } from './layerPurpose.ts';

export { PURPOSES, type Purpose } from './layerPurpose.ts';
import type { Purpose } from './layerPurpose.ts';

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

/** A palette role (src/core/palette.ts), or `status`: each feature in the colour of its status. */
const colourSchema = z.enum([...PALETTE_ROLES, 'status']);
export type LookColour = z.infer<typeof colourSchema>;

/** Pixels: one number, or `[zoom, px]` stops interpolated linearly between zooms. */
const sizeSchema = z.union([
  z.number().min(0),
  z.array(z.tuple([z.number().min(0).max(24), z.number().min(0)])).min(2),
]);
export type LookSize = z.infer<typeof sizeSchema>;
const dashSchema = z.tuple([z.number().positive(), z.number().positive()]);

/**
 * How a layer is drawn, by palette roles, so that a theme is one more palette. Which parts are used
 * follows the layer's role and draw: a `base` layer draws `fill`, `casing`, `line` (or `outline`)
 * and `label` as they are; a `plan` layer draws each geometry type it has, schematic features
 * (`accuracy: "schematic"`) dashed or hollow.
 */
export const lookSchema = z.strictObject({
  /** Drawn with the lowest layers (under the base map's rivers and roads, which stay visible inside it). */
  ground: z.boolean().optional(),
  fill: z.strictObject({ colour: colourSchema, opacity: z.number().min(0).max(1).optional() }).optional(),
  /** A wider line under `line`, as roads have. */
  casing: z.strictObject({ colour: colourSchema, width: sizeSchema }).optional(),
  /** Lines: `schematicDash` dashes the schematic ones of a plan layer. */
  line: z.strictObject({ colour: colourSchema, width: sizeSchema, schematicDash: dashSchema.optional() }).optional(),
  /** The edge of polygons whose place is known (of every polygon in a base layer). */
  outline: z.strictObject({ colour: colourSchema, width: sizeSchema }).optional(),
  /** The edge of schematic polygons (plan layers). */
  schematicOutline: z.strictObject({ colour: colourSchema, width: sizeSchema, dash: dashSchema }).optional(),
  /** Points: filled with `colour`; schematic ones hollow (filled with `hollow`), with a wider ring. */
  point: z
    .strictObject({
      colour: colourSchema,
      radius: sizeSchema,
      strokeWidth: z.number().min(0),
      schematicStrokeWidth: z.number().min(0),
      hollow: colourSchema,
      /** At low zoom, points lying close together (of every layer that says so) are drawn as one circle with their count. */
      cluster: z.boolean().optional(),
    })
    .optional(),
  label: z
    .strictObject({
      size: z.number().positive(),
      colour: colourSchema,
      halo: colourSchema,
      haloWidth: z.number().min(0),
      /** @default 0 */
      minzoom: z.number().min(0).max(24).optional(),
      letterSpacing: z.number().optional(),
      /** Ems before a label wraps. @default MapLibre's */
      maxWidth: z.number().positive().optional(),
      /** Written along the layer's lines (base layers); else at one point per feature. */
      alongLines: z.boolean().optional(),
      /** A label that orients the viewer: it stays when plan labels give way (presentation). */
      orientation: z.boolean().optional(),
    })
    .optional(),
});
export type Look = z.infer<typeof lookSchema>;


/** A credit line: plain text only, never markup (the attribution control writes text, but the PNG and exports copy it too). */
const plainCredit = z
  .string()
  .trim()
  .min(1)
  .refine((s) => !/[<>]/.test(s), 'plain text only (no HTML)');

const layerEntryInputSchema = z.strictObject({
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
  /** What its places are, for the colour by kind (a palette's `kind` colour); none: status colour only. */
  kind: z.enum(KINDS).optional(),
  /** What the app uses this layer for, beyond drawing it. */
  purpose: z.enum(PURPOSES).optional(),
  /**
   * The credit the layer's outside data requires, as plain text (no HTML) in each language: shown in
   * the map's attribution while the layer is drawn, e.g. `街道驻地：Vonng/adcode（CC BY 4.0）`.
   */
  attribution: z.strictObject({ zh: plainCredit, en: plainCredit }).optional(),
  /** A look's name in the registry's `looks`, or a look of its own. @default the registry's `defaultLook` */
  // An inline look is checked by lookSchema in the registry's refinement: inside a union, zod would
  // report "Invalid input" on `look` instead of the place of the error.
  look: z.union([z.string().min(1), z.record(z.string(), z.unknown())]).optional(),
});

/** A registry layer as the app holds it: its look resolved. */
export type LayerEntry = Omit<z.infer<typeof layerEntryInputSchema>, 'look'> & { look: Look };

export const layerRegistrySchema = z
  .strictObject({
    $comment: z.string().optional(),
    /** Named looks that layers share. */
    looks: z.record(z.string().regex(ID_PATTERN), lookSchema),
    /** The look of a layer that names none. */
    defaultLook: z.string().min(1),
    layers: z.array(layerEntryInputSchema).min(1),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    const purposes = new Map<Purpose, number>();
    if (!(r.defaultLook in r.looks)) ctx.addIssue({ code: 'custom', path: ['defaultLook'], message: `no look "${r.defaultLook}" in looks` });
    r.layers.forEach((l, i) => {
      if (seen.has(l.id)) ctx.addIssue({ code: 'custom', path: ['layers', i, 'id'], message: `duplicate layer id "${l.id}"` });
      seen.add(l.id);
      if (l.tiles && l.role !== 'plan') {
        ctx.addIssue({ code: 'custom', path: ['layers', i, 'tiles'], message: 'only plan layers can be read from tiles' });
      }
      if (l.tiles && (l.tiles.minzoom ?? 0) > (l.tiles.maxzoom ?? 14)) {
        ctx.addIssue({ code: 'custom', path: ['layers', i, 'tiles', 'minzoom'], message: 'minzoom is above maxzoom' });
      }
      if (typeof l.look === 'string' && !(l.look in r.looks)) {
        ctx.addIssue({ code: 'custom', path: ['layers', i, 'look'], message: `no look "${l.look}" in looks` });
      }
      if (typeof l.look === 'object') {
        const look = lookSchema.safeParse(l.look);
        for (const issue of look.error?.issues ?? []) {
          ctx.addIssue({ code: 'custom', path: ['layers', i, 'look', ...issue.path], message: issue.message });
        }
      }
      if (l.purpose) {
        const first = purposes.get(l.purpose);
        if (first !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['layers', i, 'purpose'], message: `purpose "${l.purpose}" is already layer ${first}'s` });
        }
        purposes.set(l.purpose, i);
      }
    });
  })
  .transform((r) => ({
    layers: r.layers.map(({ look, ...l }): LayerEntry => {
      // superRefine has checked every name and inline look; a registry that fails it never reaches here.
      const resolved = typeof look === 'object' ? lookSchema.parse(look) : r.looks[look ?? r.defaultLook];
      return { ...l, look: resolved as Look };
    }),
  }));
export type LayerRegistry = z.output<typeof layerRegistrySchema>;

export { featuresWithPurpose, layerWithPurpose } from './layerPurpose.ts';
