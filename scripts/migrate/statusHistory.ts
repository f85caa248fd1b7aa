/**
 * `npx tsx scripts/migrate/statusHistory.ts [files…]`: turns a feature's single status
 * (`status`, `statusAsOf`, `statusSource`) into a one-entry `statusHistory` (issue 12 item 2). It
 * adds nothing: the entry is the feature's own status, date and source, moved. Every geo/*.geojson
 * when no file is named. A file already migrated is left as it is; a feature with both shapes, or
 * with part of the old one, is refused and no file is written. Exit codes: 0 done, 1 refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatGeoJson } from '../apply/format.ts';
import { runIfMain, writeFileAtomically, type CliResult } from '../cli.ts';

const OLD = ['status', 'statusAsOf', 'statusSource'] as const;

export class MigrationError extends Error {}

/** The properties with the old three fields replaced, in place, by `statusHistory` (key order kept). */
export function migrateProperties(p: Record<string, unknown>, where: string): Record<string, unknown> {
  const has = OLD.filter((k) => k in p);
  if ('statusHistory' in p) {
    if (has.length > 0) throw new MigrationError(`${where}: has both statusHistory and ${has.join(', ')}`);
    return p;
  }
  if (has.length !== OLD.length) {
    const missing = OLD.filter((k) => !(k in p));
    throw new MigrationError(`${where}: no statusHistory and the old status is incomplete (missing ${missing.join(', ')})`);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    if (k === 'status') out.statusHistory = [{ status: p.status, asOf: p.statusAsOf, source: p.statusSource }];
    else if (k !== 'statusAsOf' && k !== 'statusSource') out[k] = v;
  }
  return out;
}

interface Collection {
  type: string;
  features: { properties: Record<string, unknown> | null }[];
}

/** A whole layer file's text, migrated; `changed` is false when there was nothing to do. */
export function migrateText(text: string, file: string): { text: string; changed: number } {
  const fc = JSON.parse(text) as Collection;
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new MigrationError(`${file}: not a FeatureCollection`);
  let changed = 0;
  const features = fc.features.map((f, i) => {
    if (!f.properties) return f;
    const id = typeof f.properties.id === 'string' ? `"${f.properties.id}"` : `#${i}`;
    const properties = migrateProperties(f.properties, `${file}: feature ${id}`);
    if (properties !== f.properties) changed++;
    return { ...f, properties };
  });
  return { text: changed ? formatGeoJson({ ...fc, features }) : text, changed };
}

/** `root` is the repository whose geo/ is migrated when no file is named (tests use a copy). */
export function runMigrate(argv: readonly string[], root = resolve(import.meta.dirname, '../..')): CliResult {
  const files = argv.length
    ? argv.map((a) => resolve(a))
    : readdirSync(resolve(root, 'geo'))
        .filter((n) => n.endsWith('.geojson'))
        .sort()
        .map((n) => resolve(root, 'geo', n));
  const out: string[] = [];
  const results: { file: string; text: string; changed: number }[] = [];
  try {
    // Everything is read and migrated first: a refusal writes nothing.
    for (const file of files) results.push({ file, ...migrateText(readFileSync(file, 'utf8'), file) });
  } catch (e) {
    return { code: 1, out, err: [`refused, nothing written: ${(e as Error).message}`] };
  }
  for (const r of results) {
    if (r.changed) writeFileAtomically(r.file, r.text);
    out.push(`${r.file}: ${r.changed ? `${r.changed} feature(s) migrated` : 'already migrated'}`);
  }
  return { code: 0, out, err: [] };
}

runIfMain(import.meta.filename, runMigrate);
