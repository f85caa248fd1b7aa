import { CHANGESET_FORMAT, CHANGESET_VERSION, type Change, type Changeset } from './changesetSchema.ts';
import { editOps, type BaseLookup, type EditState } from '../editor/editState.ts';

/**
 * The editor's edits as a changeset for review (`npm run data:apply -- <file>`): per feature add,
 * update or delete with the feature before (as published, so the merge can refuse a feature changed
 * since) and after. Pure: the caller gives the data version, the note and the time.
 */

/** Deep equality of JSON values, key order ignored (as data:apply compares). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export interface ChangesetInput {
  state: EditState;
  base: BaseLookup;
  /** A digest of the published layers the edits were made against. */
  dataVersion: string;
  /** The author's words, given to every change. */
  note?: string;
  /** ISO 8601 with offset. */
  time: string;
  tool?: string;
}

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export function buildChangeset(i: ChangesetInput): Changeset {
  const note = i.note?.trim() ? { note: i.note.trim().slice(0, 2000) } : {};
  const changes: Change[] = editOps(i.state, i.base, sameJson)
    .map(({ key, op, record }): Change => {
      const before = i.base(key);
      const id = String(record.after?.properties.id ?? before?.properties.id ?? key);
      const common = { layer: record.layer, id, ...note, time: i.time };
      const feature = (f: NonNullable<typeof before>) => plain({ type: 'Feature' as const, geometry: f.geometry, properties: f.properties as Record<string, unknown> });
      if (op === 'add') return { op, ...common, after: feature(record.after!) };
      if (op === 'delete') return { op, ...common, before: feature(before!) };
      return { op, ...common, before: feature(before!), after: feature(record.after!) };
    })
    .sort((a, b) => a.layer.localeCompare(b.layer) || a.id.localeCompare(b.id));
  return {
    format: CHANGESET_FORMAT,
    version: CHANGESET_VERSION,
    base: { dataVersion: i.dataVersion, layers: [...new Set(changes.map((c) => c.layer))].sort() },
    tool: i.tool ?? 'plan-map editor (导出修改 / Export changes)',
    createdAt: i.time,
    changes,
  };
}
