import { z } from '../zod.ts';
import { ID_PATTERN } from '../vocabulary.ts';

/**
 * A changeset: edits to the committed layers, made by a tool (the command-line importer now; the
 * in-app editor later) and merged into geo/ only after review. Each change carries the feature as it
 * was when the change was made (`before`) so that whoever applies it can refuse a change whose feature
 * has changed since, instead of overwriting someone else's work.
 */
export const CHANGESET_FORMAT = 'plan-map-changeset';
export const CHANGESET_VERSION = 1;

const feature = z.strictObject({
  type: z.literal('Feature'),
  geometry: z.custom<GeoJSON.Geometry>((g) => typeof g === 'object' && g !== null && typeof (g as { type?: unknown }).type === 'string', 'a GeoJSON geometry'),
  properties: z.record(z.string(), z.unknown()),
});

/** A feature as it was: its geometry may be null (a unit with no known place, which an import can place). */
const featureBefore = feature.extend({ geometry: feature.shape.geometry.nullable() });

const common = {
  layer: z.string().regex(ID_PATTERN),
  id: z.string().regex(ID_PATTERN),
  /** Why, in the author's words (the importer writes the file and row it came from). */
  note: z.string().max(2000).optional(),
  /** When the change was made, ISO 8601. */
  time: z.iso.datetime({ offset: true }),
};

export const changeSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('add'), ...common, after: feature }),
  z.strictObject({ op: z.literal('update'), ...common, before: featureBefore, after: feature }),
  z.strictObject({ op: z.literal('delete'), ...common, before: featureBefore }),
]);

export const changesetSchema = z.strictObject({
  format: z.literal(CHANGESET_FORMAT),
  version: z.literal(CHANGESET_VERSION),
  /** The data the changes were made against: a digest of the touched layers' files, and when. */
  base: z.strictObject({ dataVersion: z.string().min(8), layers: z.array(z.string().regex(ID_PATTERN)) }),
  /** What made it, e.g. `npm run data:import -- survey.shp --layer schools --match name`. */
  tool: z.string().min(1).max(500),
  createdAt: z.iso.datetime({ offset: true }),
  changes: z.array(changeSchema),
});

export type Change = z.infer<typeof changeSchema>;
export type Changeset = z.infer<typeof changesetSchema>;
