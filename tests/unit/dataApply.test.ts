/**
 * `npm run data:apply` on a copy of the repository's data: a changeset from `data:import` changes
 * exactly its features, and the files keep their format (a diff shows only what changed); a stale
 * base, a missing feature, a broken contract, a file that is not JSON or has an unknown version are
 * refused with nothing written.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runApply } from '../../scripts/apply/cli.ts';
import { formatGeoJson } from '../../scripts/apply/format.ts';
import { runImport } from '../../scripts/import/cli.ts';
import { repoPath } from '../support/project.ts';

vi.setConfig({ testTimeout: 60_000 });

const tmp = mkdtempSync(join(tmpdir(), 'data-apply-test-'));
const root = join(tmp, 'repo');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** geo/ and seeds/ as committed, fresh for every test. */
beforeEach(() => {
  rmSync(root, { recursive: true, force: true });
  cpSync(repoPath('geo'), join(root, 'geo'), { recursive: true });
  cpSync(repoPath('seeds'), join(root, 'seeds'), { recursive: true });
});

const snapshot = () => Object.fromEntries(readdirSync(join(root, 'geo')).map((f) => [f, readFileSync(join(root, 'geo', f), 'utf8')]));
type Fc = { features: { properties: Record<string, unknown> & { id: string; name: { zh: string } }; geometry: GeoJSON.Geometry }[] };
const layer = (id: string) => JSON.parse(readFileSync(join(root, 'geo', `${id}.geojson`), 'utf8')) as Fc;

/** A changeset from the real importer: the first school moved 300 m east, surveyed. */
function importChangeset(): { file: string; id: string; moved: GeoJSON.Point } {
  const school = layer('schools').features[0]!;
  const moved = turf.destination((school.geometry as GeoJSON.Point).coordinates, 0.3, 90, { units: 'kilometers' }).geometry;
  const survey = join(tmp, 'survey.geojson');
  writeFileSync(survey, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { 名称: school.properties.name.zh }, geometry: moved }] }));
  const file = join(tmp, 'schools.changeset.json');
  const r = runImport([survey, '--out', file, '--layer', 'schools', '--match', '名称', '--accuracy', 'surveyed', '--source', 'surveyed, CGCS2000, from file 测量.dwg (2026-11)']);
  expect(r.err).toEqual([]);
  return { file, id: school.properties.id, moved };
}

describe('data:apply', () => {
  it('changes exactly the changeset’s features, in the repository’s format, and reports how far they moved', () => {
    const { file, id, moved } = importChangeset();
    const before = snapshot();
    const dry = runApply([file, '--dry-run'], root);
    expect(dry.code, dry.err.join('\n')).toBe(0);
    expect(snapshot()).toEqual(before);
    const r = runApply([file], root);
    expect(r.code, r.err.join('\n')).toBe(0);
    const text = r.out.join('\n');
    expect(text).toMatch(/schools: 0 added, 1 updated, 0 deleted/);
    expect(text).toMatch(new RegExp(`update schools/${id}, moved (29\\d|30\\d) m`));
    expect(text).toMatch(/plan check: passed/);
    const after = snapshot();
    const changedFiles = Object.keys(after).filter((f) => after[f] !== before[f]);
    expect(changedFiles).toEqual(['schools.geojson']);
    const schools = layer('schools');
    const f = schools.features.find((x) => x.properties.id === id)!;
    // GDAL writes 7 decimals: the stored point is the moved one to the centimetre.
    expect(turf.distance((f.geometry as GeoJSON.Point).coordinates, moved.coordinates, { units: 'meters' })).toBeLessThan(0.05);
    expect(f.properties.accuracy).toBe('surveyed');
    expect(formatGeoJson(schools)).toBe(after['schools.geojson']);
    // Only the moved feature's lines differ.
    const a = before['schools.geojson']!.split('\n');
    const b = after['schools.geojson']!.split('\n');
    expect(a.length).toBe(b.length);
    expect(a.filter((l, i) => l !== b[i]).length).toBeLessThanOrEqual(3);
  });

  it('places a sub-district that had no known place, from an imported boundary', () => {
    const square = turf.bboxPolygon([122.0, 41.1, 122.02, 41.12]).geometry;
    const file = join(tmp, 'boundary.geojson');
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { 名称: '创新街道' }, geometry: square }] }));
    const cs = join(tmp, 'subdistricts.changeset.json');
    const imported = runImport([file, '--out', cs, '--crs', 'WGS84', '--layer', 'subdistricts', '--match', '名称', '--accuracy', 'surveyed', '--source', 'test boundary, not real']);
    expect(imported.err).toEqual([]);
    const r = runApply([cs], root);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(r.out.join('\n')).toMatch(/update subdistricts\/subdistrict-chuangxin\n/);
    const f = layer('subdistricts').features.find((x) => x.properties.id === 'subdistrict-chuangxin')!;
    expect(f.geometry.type).toBe('Polygon');
    expect(f.properties.accuracy).toBe('surveyed');
  });

  it('refuses a stale base with the conflict list and writes nothing', () => {
    const { file, id } = importChangeset();
    const schools = layer('schools');
    (schools.features.find((x) => x.properties.id === id)!.properties.statusHistory as { asOf: string }[])[0]!.asOf = '2024-01-01';
    writeFileSync(join(root, 'geo/schools.geojson'), formatGeoJson(schools));
    const before = snapshot();
    const r = runApply([file], root);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain(`schools/${id}: changed since the changeset was made (properties.statusHistory)`);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a file that is not JSON, an unknown version, a missing feature and a broken contract', () => {
    const { file, id } = importChangeset();
    const cs = JSON.parse(readFileSync(file, 'utf8')) as { version: number; changes: { id: string; after: { properties: Record<string, unknown> } }[] };
    const write = (name: string, text: string) => (writeFileSync(join(tmp, name), text), join(tmp, name));
    const before = snapshot();
    const cases: [string, RegExp][] = [
      [write('garbage.json', '{ not json'), /not JSON/],
      [write('v9.json', JSON.stringify({ ...cs, version: 9 })), /format version 9 is not known/],
      [write('missing.json', JSON.stringify({ ...cs, changes: cs.changes.map((c) => ({ ...c, id: 'no-such-school' })) })), /schools\/no-such-school: no such feature/],
      [
        write('contract.json', JSON.stringify({ ...cs, changes: cs.changes.map((c) => ({ ...c, after: { ...c.after, properties: { ...c.after.properties, name: { zh: '', en: 'x' } } } })) })),
        new RegExp(`breaks the data contract[\\s\\S]*${id}[\\s\\S]*name`),
      ],
    ];
    for (const [f, message] of cases) {
      const r = runApply([f], root);
      expect(r.code, f).toBe(1);
      expect(r.err.join('\n')).toMatch(message);
    }
    expect(snapshot()).toEqual(before);
    expect(runApply([], root).code).toBe(2);
    expect(runApply([file, '--bogus'], root).code).toBe(2);
  });
});
