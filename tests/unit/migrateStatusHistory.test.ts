/**
 * The status-history migration (scripts/migrate/statusHistory.ts): every committed geo/ file is
 * migrated; going back to the single-status shape and migrating again gives the committed text byte
 * for byte (so the migration moved the facts and added none); features with a half-old shape are
 * refused and nothing is written.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatGeoJson } from '../../scripts/apply/format.ts';
import { migrateProperties, migrateText, runMigrate } from '../../scripts/migrate/statusHistory.ts';
import { repoPath } from '../support/project.ts';

const tmp = mkdtempSync(join(tmpdir(), 'migrate-status-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const GEO = readdirSync(repoPath('geo')).filter((f) => f.endsWith('.geojson')).sort();
type Props = Record<string, unknown> & { statusHistory?: { status: string; asOf: string; source: unknown }[] };
type Fc = { type: string; features: { properties: Props }[] };

/** The committed file in the shape before the migration: the one entry back in status/statusAsOf/statusSource. */
function unmigrated(text: string): string {
  const fc = JSON.parse(text) as Fc;
  const features = fc.features.map((f) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(f.properties)) {
      if (k !== 'statusHistory') {
        out[k] = v;
        continue;
      }
      const h = v as NonNullable<Props['statusHistory']>;
      expect(h).toHaveLength(1);
      out.status = h[0]!.status;
      out.statusAsOf = h[0]!.asOf;
      out.statusSource = h[0]!.source;
    }
    return { ...f, properties: out };
  });
  return formatGeoJson({ ...fc, features });
}

describe('the status history migration', () => {
  it('has migrated every committed geo/ file (nothing left to do)', () => {
    expect(GEO.length).toBeGreaterThan(10);
    const copy = join(tmp, 'repo');
    cpSync(repoPath('geo'), join(copy, 'geo'), { recursive: true });
    const r = runMigrate([], copy);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(GEO.length);
    for (const line of r.out) expect(line).toMatch(/: already migrated$/);
    for (const f of GEO) expect(readFileSync(join(copy, 'geo', f), 'utf8')).toBe(readFileSync(repoPath(`geo/${f}`), 'utf8'));
  });

  it.each(GEO)('%s: old shape → migration → the committed text, byte for byte', (file) => {
    const committed = readFileSync(repoPath(`geo/${file}`), 'utf8');
    const old = unmigrated(committed);
    expect(old).not.toContain('"statusHistory"');
    const r = migrateText(old, file);
    expect(r.changed).toBe((JSON.parse(committed) as Fc).features.length);
    expect(r.text).toBe(committed);
  });

  it('writes the migrated files from the command line and keeps every fact', () => {
    const copy = join(tmp, 'cli');
    cpSync(repoPath('geo'), join(copy, 'geo'), { recursive: true });
    for (const f of GEO) writeFileSync(join(copy, 'geo', f), unmigrated(readFileSync(join(copy, 'geo', f), 'utf8')));
    const r = runMigrate([], copy);
    expect(r.code).toBe(0);
    expect(r.out.every((l) => / feature\(s\) migrated$/.test(l))).toBe(true);
    for (const f of GEO) expect(readFileSync(join(copy, 'geo', f), 'utf8')).toBe(readFileSync(repoPath(`geo/${f}`), 'utf8'));
  });

  it('moves the three fields into one entry in place, keeping the key order', () => {
    const p = { id: 'a', status: 'planned', statusAsOf: '2021-06-16', statusSource: { ref: 't5-r7', label: '表5' }, planRefs: ['t5-r7'] };
    const m = migrateProperties(p, 'x');
    expect(Object.keys(m)).toEqual(['id', 'statusHistory', 'planRefs']);
    expect(m.statusHistory).toEqual([{ status: 'planned', asOf: '2021-06-16', source: { ref: 't5-r7', label: '表5' } }]);
  });

  it('refuses a half-old feature and writes nothing', () => {
    expect(() => migrateProperties({ id: 'a', status: 'planned', statusSource: { label: 'x' } }, 'f: feature "a"')).toThrow(
      'f: feature "a": no statusHistory and the old status is incomplete (missing statusAsOf)',
    );
    expect(() => migrateProperties({ id: 'a', statusHistory: [], status: 'planned' }, 'f')).toThrow('f: has both statusHistory and status');
    const dir = join(tmp, 'refuse');
    cpSync(repoPath('geo'), join(dir, 'geo'), { recursive: true });
    const good = join(dir, 'geo', 'parks.geojson');
    writeFileSync(good, unmigrated(readFileSync(good, 'utf8')));
    const before = readFileSync(good, 'utf8');
    const bad = join(dir, 'geo', 'schools.geojson');
    writeFileSync(bad, unmigrated(readFileSync(bad, 'utf8')).replace(/\n\s*"statusAsOf": "[^"]+",/, ''));
    const r = runMigrate([], dir);
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/^refused, nothing written: .*schools\.geojson: feature "[^"]+": no statusHistory and the old status is incomplete \(missing statusAsOf\)$/);
    expect(readFileSync(good, 'utf8')).toBe(before);
  });
});
