/**
 * The layer of a new feature (drawn in the editor, not yet published): chosen in the properties form
 * among the plan layers — never the frame layers (the district's and the sub-districts' outlines,
 * which are context, not plan items) — with the layer of the features that already cite the same
 * plan item as the default, and no default at all when none does (the form then asks for one).
 */

/** The part of a layer entry the choice reads. */
export interface LayerChoice {
  id: string;
  role: string;
  purpose?: string | undefined;
}

/** Purposes whose layers frame the map and take no new feature. */
const FRAME_PURPOSES: ReadonlySet<string> = new Set(['district', 'subdistricts']);

/** The layers a new feature may go into, in the registry's order. */
export function newFeatureLayers<L extends LayerChoice>(layers: readonly L[]): L[] {
  return layers.filter((l) => l.role === 'plan' && !(l.purpose !== undefined && FRAME_PURPOSES.has(l.purpose)));
}

/**
 * The default layer of a new feature: the first of `citing` (the layers of the features that cite the
 * same plan item, nearest first) that a new feature may go into; '' when there is none — no silent
 * default.
 */
export function suggestedLayer(layers: readonly LayerChoice[], citing: readonly (string | undefined)[]): string {
  const allowed = new Set(newFeatureLayers(layers).map((l) => l.id));
  return citing.find((id): id is string => id !== undefined && allowed.has(id)) ?? '';
}
