import type { FeatureProperties } from '../featureSchema.ts';

/**
 * What the editor has changed, as plain data (kept in the undo history and saved as the draft): per
 * edited feature, keyed by its id on the drawing (the feature's own id for an existing one), the
 * feature as it is now, or null when it is deleted. A feature not in `edits` is as published.
 */
export interface EditedFeature {
  type: 'Feature';
  geometry: GeoJSON.Geometry;
  /** The contract's properties; a new feature's may be incomplete until its form is saved. */
  properties: Partial<FeatureProperties> & { layer: string };
}

export interface EditRecord {
  /** The layer file it belongs to (for a deletion, the one it was in). */
  layer: string;
  after: EditedFeature | null;
  /** Properties the form could not save yet (invalid): kept so nothing typed is lost. */
  draftProperties?: Record<string, unknown>;
}

export interface EditState {
  readonly edits: Readonly<Record<string, EditRecord>>;
}

export const EMPTY_EDITS: EditState = { edits: {} };

/** The published feature by id (the store's, with its layer), or undefined for a new one. */
export type BaseLookup = (id: string) => EditedFeature | undefined;

/** The feature as it is now in the editor: edited, published or gone (null). */
export function currentFeature(state: EditState, base: BaseLookup, key: string): EditedFeature | null {
  const r = state.edits[key];
  if (r) return r.after;
  return base(key) ?? null;
}

function withRecord(state: EditState, key: string, record: EditRecord | undefined): EditState {
  const edits = { ...state.edits };
  if (record) edits[key] = record;
  else delete edits[key];
  return { edits };
}

/** A feature's geometry changed (moved, reshaped, redrawn). */
export function setGeometry(state: EditState, base: BaseLookup, key: string, geometry: GeoJSON.Geometry): EditState {
  const f = currentFeature(state, base, key);
  if (!f) return state;
  const r = state.edits[key];
  return withRecord(state, key, { ...r, layer: f.properties.layer, after: { ...f, geometry } });
}

/** The form was saved with valid properties: they replace the feature's, and its draft goes. */
export function setProperties(state: EditState, base: BaseLookup, key: string, properties: EditedFeature['properties']): EditState {
  const f = currentFeature(state, base, key);
  if (!f) return state;
  return withRecord(state, key, { layer: properties.layer, after: { ...f, properties } });
}

/** The form holds invalid properties: they are kept with the feature (and in the draft) until fixed. */
export function setDraftProperties(state: EditState, base: BaseLookup, key: string, draft: Record<string, unknown> | undefined): EditState {
  const f = currentFeature(state, base, key);
  if (!f) return state;
  const r = state.edits[key] ?? { layer: f.properties.layer, after: f };
  const rest: EditRecord = { ...r };
  delete rest.draftProperties;
  return withRecord(state, key, draft ? { ...rest, draftProperties: draft } : rest);
}

/** A new feature drawn on the map, in `layer`. */
export function addFeature(state: EditState, key: string, layer: string, geometry: GeoJSON.Geometry, properties: Partial<FeatureProperties> = {}): EditState {
  return withRecord(state, key, { layer, after: { type: 'Feature', geometry, properties: { ...properties, layer } } });
}

/** A feature deleted: a published one is recorded as gone, a new one is simply dropped. */
export function deleteFeature(state: EditState, base: BaseLookup, key: string): EditState {
  const b = base(key);
  if (!b) return withRecord(state, key, undefined);
  return withRecord(state, key, { layer: b.properties.layer, after: null });
}

export type EditOp = 'add' | 'update' | 'delete';

/** What each edit amounts to against the published data (edits that came back to it count as none). */
export function editOps(state: EditState, base: BaseLookup, same: (a: unknown, b: unknown) => boolean): { key: string; op: EditOp; record: EditRecord }[] {
  const out: { key: string; op: EditOp; record: EditRecord }[] = [];
  for (const [key, record] of Object.entries(state.edits)) {
    const b = base(key);
    if (!b && record.after) out.push({ key, op: 'add', record });
    else if (b && !record.after) out.push({ key, op: 'delete', record });
    else if (b && record.after && !(same(b.geometry, record.after.geometry) && same(b.properties, record.after.properties))) out.push({ key, op: 'update', record });
  }
  return out;
}
