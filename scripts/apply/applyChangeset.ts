/**
 * Merging a reviewed changeset into the layers, in memory: every touched feature must be as the
 * changeset saw it (`before`), or the whole changeset is refused with the list of conflicts; the
 * result is checked against the data contract by the same loader the build uses. Returns the new
 * layer texts and a summary; writing them is the caller's.
 */
import * as turf from '@turf/turf';
import { sameJson } from '../../src/core/changeset/buildChangeset.ts';
import { changesetSchema, type Change, type Changeset } from '../../src/core/changeset/changesetSchema.ts';
import type { PlanFeature } from '../../src/core/featureSchema.ts';
import { formatGeoJson } from './format.ts';

export class ApplyError extends Error {}

export interface ChangeSummary {
  op: Change['op'];
  layer: string;
  id: string;
  /** How far the geometry's centroid moved, in metres (updates). */
  movedM?: number;
  areaBeforeM2?: number;
  areaAfterM2?: number;
  lengthBeforeKm?: number;
  lengthAfterKm?: number;
}

export interface ApplyResult {
  /** New text of each changed layer file, by layer id. */
  layerTexts: Map<string, string>;
  changes: ChangeSummary[];
}

/** Reads a changeset file's text, with a message that says where it is broken. */
export function parseChangeset(text: string, file: string): Changeset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ApplyError(`${file}: not JSON (${(e as Error).message})`);
  }
  const v = (json as { version?: unknown; format?: unknown } | null) ?? {};
  if (v.format !== 'plan-map-changeset') throw new ApplyError(`${file}: not a changeset ("format" is ${JSON.stringify(v.format)}, expected "plan-map-changeset")`);
  if (v.version !== 1) throw new ApplyError(`${file}: changeset format version ${JSON.stringify(v.version)} is not known (this version of the app reads version 1)`);
  const r = changesetSchema.safeParse(json);
  if (!r.success) {
    throw new ApplyError(`${file}: ${r.error.issues.slice(0, 8).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('\n  ')}`);
  }
  return r.data;
}

function whatDiffers(current: PlanFeature, before: { geometry: unknown; properties: Record<string, unknown> }): string[] {
  const out: string[] = [];
  if (!sameJson(current.geometry, before.geometry)) out.push('geometry');
  const cur = current.properties as unknown as Record<string, unknown>;
  for (const k of new Set([...Object.keys(cur), ...Object.keys(before.properties)])) if (!sameJson(cur[k], before.properties[k])) out.push(`properties.${k}`);
  return out;
}

const measures = (g: GeoJSON.Geometry | null) => {
  // A unit with no known place (geometry null) has nothing to measure until an import places it.
  if (g === null) return {};
  const f = turf.feature(g);
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return { areaM2: turf.area(f) };
  if (g.type === 'LineString' || g.type === 'MultiLineString') return { lengthKm: turf.length(f as GeoJSON.Feature<GeoJSON.LineString>, { units: 'kilometers' }) };
  return {};
};

export function applyChangeset(cs: Changeset, readLayer: (id: string) => string | undefined): ApplyResult {
  const layers = new Map<string, { features: PlanFeature[] } & Record<string, unknown>>();
  const layerOf = (id: string) => {
    if (!layers.has(id)) {
      const text = readLayer(id);
      if (text === undefined) throw new ApplyError(`the changeset touches layer "${id}", which has no geo/${id}.geojson`);
      layers.set(id, JSON.parse(text));
    }
    return layers.get(id)!;
  };
  const conflicts: string[] = [];
  const missing: string[] = [];
  const summaries: ChangeSummary[] = [];
  const seen = new Set<string>();
  for (const c of cs.changes) {
    const where = `${c.layer}/${c.id}`;
    if (seen.has(c.id)) throw new ApplyError(`the changeset changes "${c.id}" twice`);
    seen.add(c.id);
    const layer = layerOf(c.layer);
    const i = layer.features.findIndex((f) => f.properties.id === c.id);
    if (c.op === 'add') {
      if (i >= 0) conflicts.push(`${where}: added by the changeset, but a feature with this id exists now`);
      else layer.features.push(c.after as unknown as PlanFeature);
      summaries.push({ op: 'add', layer: c.layer, id: c.id });
      continue;
    }
    if (i < 0) {
      missing.push(`${where}: no such feature in geo/${c.layer}.geojson (deleted or renamed since the changeset was made?)`);
      continue;
    }
    const current = layer.features[i]!;
    const differs = whatDiffers(current, c.before);
    if (differs.length) {
      conflicts.push(`${where}: changed since the changeset was made (${differs.join(', ')})`);
      continue;
    }
    if (c.op === 'delete') {
      layer.features.splice(i, 1);
      summaries.push({ op: 'delete', layer: c.layer, id: c.id });
      continue;
    }
    layer.features[i] = c.after as unknown as PlanFeature;
    const before = measures(current.geometry);
    const after = measures(c.after.geometry);
    summaries.push({
      op: 'update',
      layer: c.layer,
      id: c.id,
      ...(current.geometry === null ? {} : { movedM: turf.distance(turf.centroid(current.geometry), turf.centroid(c.after.geometry), { units: 'meters' }) }),
      ...(before.areaM2 !== undefined ? { areaBeforeM2: before.areaM2 } : {}),
      ...(after.areaM2 !== undefined ? { areaAfterM2: after.areaM2 } : {}),
      ...(before.lengthKm !== undefined ? { lengthBeforeKm: before.lengthKm } : {}),
      ...(after.lengthKm !== undefined ? { lengthAfterKm: after.lengthKm } : {}),
    });
  }
  if (missing.length || conflicts.length) {
    throw new ApplyError(
      `refused: nothing written.\n${[...missing, ...conflicts].map((l) => `  ${l}`).join('\n')}\n` +
        'Make the changeset again against the current data (re-export it from the editor or re-run data:import).',
    );
  }
  return { layerTexts: new Map([...layers].map(([id, fc]) => [id, formatGeoJson(fc)])), changes: summaries };
}

/** The summary a reviewer reads: counts per layer, then each change with what it did to the geometry. */
export function formatSummary(r: ApplyResult): string {
  const lines: string[] = [];
  const perLayer = new Map<string, Record<Change['op'], number>>();
  for (const c of r.changes) {
    const n = perLayer.get(c.layer) ?? { add: 0, update: 0, delete: 0 };
    n[c.op]++;
    perLayer.set(c.layer, n);
  }
  for (const [layer, n] of perLayer) lines.push(`${layer}: ${n.add} added, ${n.update} updated, ${n.delete} deleted`);
  const m2 = (v: number) => `${Math.round(v).toLocaleString('en')} m²`;
  const pct = (a: number, b: number) => `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)}%`;
  for (const c of r.changes) {
    const parts = [`  ${c.op.padEnd(6)} ${c.layer}/${c.id}`];
    if (c.movedM !== undefined) parts.push(`moved ${c.movedM < 10 ? c.movedM.toFixed(1) : Math.round(c.movedM)} m`);
    if (c.areaBeforeM2 !== undefined && c.areaAfterM2 !== undefined) parts.push(`area ${m2(c.areaBeforeM2)} → ${m2(c.areaAfterM2)} (${pct(c.areaBeforeM2, c.areaAfterM2)})`);
    if (c.lengthBeforeKm !== undefined && c.lengthAfterKm !== undefined) parts.push(`length ${c.lengthBeforeKm.toFixed(3)} → ${c.lengthAfterKm.toFixed(3)} km (${pct(c.lengthBeforeKm, c.lengthAfterKm)})`);
    lines.push(parts.join(', '));
  }
  return lines.join('\n');
}
