/**
 * `--layer <id> --match <field>`: the rows of a planner's file become updates of the features they
 * describe, as a changeset for review and `npm run data:apply` — never a direct write to geo/. Each
 * matched feature gets the imported geometry and says how exact it now is and how it was made
 * (`accuracy`, `geometrySource`); everything else it has stays. Rows and features that found no
 * partner are listed, and a feature claimed by two rows is an error.
 */
import { createHash } from 'node:crypto';
import { CHANGESET_FORMAT, CHANGESET_VERSION, type Change, type Changeset } from '../../src/core/changeset/changesetSchema.ts';
import { featurePropertiesSchema, type PlanFeature } from '../../src/core/featureSchema.ts';
import type { ImportArgs } from './args.ts';
import { ImportError } from './gdal.ts';
import type { ImportedFeature } from './importFile.ts';

export interface MatchReport {
  changeset: Changeset;
  unmatchedRows: string[];
  unmatchedFeatures: string[];
}

/** A digest of the layer files a changeset was made against. */
export const dataVersionOf = (texts: readonly string[]): string => createHash('sha256').update(texts.join('\u0000')).digest('hex').slice(0, 16);

function keyOf(f: PlanFeature, key: string | undefined): string[] {
  const p = f.properties as unknown as Record<string, unknown>;
  if (key === 'id') return [f.properties.id];
  if (key === 'name') return [f.properties.name.zh, f.properties.name.en];
  if (key !== undefined) return p[key] === undefined || p[key] === null ? [] : [String(p[key])];
  return [f.properties.id, f.properties.name.zh, f.properties.name.en];
}

export function matchToChangeset(
  rows: readonly ImportedFeature[],
  layerText: string,
  match: NonNullable<ImportArgs['match']>,
  meta: { tool: string; file: string; now: Date },
): MatchReport {
  const layer = JSON.parse(layerText) as { features: PlanFeature[] };
  const byKey = new Map<string, PlanFeature>();
  for (const f of layer.features) for (const k of keyOf(f, match.key)) if (k.trim()) byKey.set(k.trim(), f);
  const claimed = new Map<string, number>();
  const changes: Change[] = [];
  const unmatchedRows: string[] = [];
  const errors: string[] = [];
  rows.forEach((row, i) => {
    const value = row.properties[match.field];
    if (value === undefined) {
      errors.push(`row #${i + 1} has no field "${match.field}" (its fields: ${Object.keys(row.properties).join(', ')})`);
      return;
    }
    const f = byKey.get(String(value).trim());
    if (!f) {
      unmatchedRows.push(`#${i + 1} ${match.field}=${String(value)}`);
      return;
    }
    const id = f.properties.id;
    if (claimed.has(id)) {
      errors.push(`rows #${claimed.get(id)! + 1} and #${i + 1} both match feature "${id}"`);
      return;
    }
    claimed.set(id, i);
    const after = { ...f.properties, accuracy: match.accuracy, geometrySource: match.source };
    const checked = featurePropertiesSchema.safeParse(after);
    if (!checked.success) {
      errors.push(`feature "${id}" would break the data contract: ${checked.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return;
    }
    changes.push({
      op: 'update',
      layer: match.layer,
      id,
      before: { type: 'Feature', geometry: f.geometry, properties: f.properties as unknown as Record<string, unknown> },
      after: { type: 'Feature', geometry: row.geometry, properties: after as unknown as Record<string, unknown> },
      note: `geometry from ${meta.file}, row #${i + 1} (${match.field}=${String(value)})`,
      time: meta.now.toISOString(),
    });
  });
  if (errors.length) throw new ImportError(`cannot match the rows to geo/${match.layer}.geojson:\n  ${errors.join('\n  ')}`);
  if (changes.length === 0) throw new ImportError(`no row matched a feature of geo/${match.layer}.geojson by "${match.field}" (unmatched rows: ${unmatchedRows.slice(0, 5).join(', ')})`);
  return {
    changeset: {
      format: CHANGESET_FORMAT,
      version: CHANGESET_VERSION,
      base: { dataVersion: dataVersionOf([layerText]), layers: [match.layer] },
      tool: meta.tool,
      createdAt: meta.now.toISOString(),
      changes,
    },
    unmatchedRows,
    unmatchedFeatures: layer.features.filter((f) => !claimed.has(f.properties.id)).map((f) => f.properties.id),
  };
}
