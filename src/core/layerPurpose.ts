/**
 * Finding a layer by what it is for (`purpose` in geo/layers.json) instead of by its id, so no layer
 * id is written in code. Kept apart from the registry's zod schema (layerRegistry.ts re-exports it)
 * so that the first screen can use it without loading zod.
 */
/**
 * What code asks the registry for instead of naming a layer: each purpose is held by at most one layer.
 * `district`: the district's boundary (one feature); `subdistricts`: its sub-districts; the life-circle
 * analysis reads `facilities` (public facilities), `residential-zones` and `renewal-sites`.
 */
export const PURPOSES = ['district', 'subdistricts', 'facilities', 'residential-zones', 'renewal-sites'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The layer declared for a purpose (geo/layers.json `purpose`), if the registry has one. */
export function layerWithPurpose<L extends { purpose?: Purpose | undefined }>(layers: readonly L[], purpose: Purpose): L | undefined {
  return layers.find((l) => l.purpose === purpose);
}

/** The features of the layer declared for a purpose; none when no layer has it. */
export function featuresWithPurpose<F>(
  store: { layers: readonly { id: string; purpose?: Purpose | undefined }[]; byLayer: ReadonlyMap<string, { features: F[] }> },
  purpose: Purpose,
): F[] {
  const layer = layerWithPurpose(store.layers, purpose);
  return layer ? (store.byLayer.get(layer.id)?.features ?? []) : [];
}
