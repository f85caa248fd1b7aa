/**
 * `npm run data:import` on real files made with GDAL (tests/fixtures/gis, by
 * scripts/import/make-fixtures.ts from control.geojson): each format and CRS brings the control points
 * back to where they are, with their Chinese names; each usual mistake gets its message, exit code 1
 * and no output file.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { changesetSchema } from '../../src/core/changeset/changesetSchema.ts';
import { runImport } from '../../scripts/import/cli.ts';
import { readRepoFile, repoPath } from '../support/project.ts';

// GDAL runs as child processes: seconds each on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const GIS = repoPath('tests/fixtures/gis');
const tmp = mkdtempSync(join(tmpdir(), 'data-import-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const control = JSON.parse(readRepoFile('tests/fixtures/gis/control.geojson')) as GeoJSON.FeatureCollection<GeoJSON.Point, { name: string; code: string }>;
let n = 0;
const outPath = (ext = 'geojson') => join(tmp, `out-${++n}.${ext}`);

function imported(args: string[]) {
  const out = outPath();
  const r = runImport([...args, '--out', out]);
  expect(r.err, r.err.join('\n')).toEqual([]);
  expect(r.code).toBe(0);
  return { ...r, fc: JSON.parse(readFileSync(out, 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Point> };
}

/** Metres between each control point and the imported point with the same code (or order). */
function offsetsM(fc: GeoJSON.FeatureCollection<GeoJSON.Point>, codeField = 'code'): number[] {
  return control.features.map((c, i) => {
    const got = fc.features.find((f) => f.properties?.[codeField] === c.properties.code) ?? fc.features[i]!;
    return turf.distance(c.geometry.coordinates, got.geometry.coordinates, { units: 'meters' });
  });
}

function refused(args: string[]) {
  const out = outPath();
  const r = runImport([...args, '--out', out]);
  expect(r.code).toBe(1);
  expect(existsSync(out), 'nothing is written on bad input').toBe(false);
  return r.err.join('\n');
}

describe('data:import reads planners’ files into WGS-84', () => {
  it('a Shapefile in EPSG:4529 with a GBK .dbf and no .cpg: refused with the hint, then read with --encoding GBK', () => {
    expect(refused([`${GIS}/shp-4529-gbk/control.shp`])).toMatch(/not UTF-8 and no \.cpg.*--encoding GBK/);
    const { fc, out } = imported([`${GIS}/shp-4529-gbk/control.shp`, '--encoding', 'GBK']);
    expect(out.join('\n')).toContain('3-degree Gauss-Kruger zone 41');
    expect(Math.max(...offsetsM(fc))).toBeLessThan(0.5);
    expect(fc.features.map((f) => f.properties?.name)).toEqual(['控制点甲', '控制点乙', '控制点丙']);
  });

  it('the same zipped, and in EPSG:4550 (UTF-8 with .cpg)', () => {
    expect(Math.max(...offsetsM(imported([`${GIS}/control-4529-gbk.zip`, '--encoding', 'GBK']).fc))).toBeLessThan(0.5);
    const r = imported([`${GIS}/shp-4550/control.shp`]);
    expect(r.out.join('\n')).toContain('CM 123E');
    expect(Math.max(...offsetsM(r.fc))).toBeLessThan(0.5);
    expect(r.fc.features[1]?.properties?.name).toBe('控制点乙');
  });

  it('a DXF: no CRS in it, so the zone-41 eastings are recognised and EPSG:4529 named; with it and --cad-layer, the points', () => {
    expect(refused([`${GIS}/control-4529.dxf`])).toMatch(/Gauss–Krüger easting with zone 41 in front.*--crs EPSG:4529/);
    const { fc } = imported([`${GIS}/control-4529.dxf`, '--crs', 'EPSG:4529', '--cad-layer', 'CONTROL']);
    expect(fc.features).toHaveLength(3);
    expect(Math.max(...offsetsM(fc))).toBeLessThan(0.5);
    expect(refused([`${GIS}/control-4529.dxf`, '--crs', 'EPSG:4529', '--cad-layer', 'NO-SUCH-LAYER'])).toMatch(/no features with geometry on CAD layer\(s\) NO-SUCH-LAYER/);
  });

  it('a KML and a GeoPackage (EPSG:4550)', () => {
    const kml = imported([`${GIS}/control.kml`]).fc;
    expect(kml.features.map((f) => f.properties?.Name)).toEqual(['控制点甲', '控制点乙', '控制点丙']);
    expect(Math.max(...offsetsM(kml))).toBeLessThan(0.5);
    expect(Math.max(...offsetsM(imported([`${GIS}/control-4550.gpkg`]).fc))).toBeLessThan(0.5);
  });

  it('CSVs of web-map coordinates: GCJ-02 and BD-09 back within 2 m of gcoord’s forward transform', () => {
    const gcj = imported([`${GIS}/control-gcj02.csv`, '--crs', 'GCJ02']);
    expect(Math.max(...offsetsM(gcj.fc, '编号'))).toBeLessThan(2);
    expect(gcj.fc.features[0]?.properties?.名称).toBe('控制点甲');
    expect(Math.max(...offsetsM(imported([`${GIS}/control-bd09.csv`, '--crs', 'BD09']).fc))).toBeLessThan(2);
    // Without --crs the numbers are read as WGS-84 — about 500 m off — and the summary says what to do.
    const plain = imported([`${GIS}/control-gcj02.csv`]);
    expect(Math.min(...offsetsM(plain.fc, '编号'))).toBeGreaterThan(300);
    expect(plain.out.join('\n')).toContain('--crs GCJ02');
  });
});

describe('data:import catches the usual mistakes', () => {
  it('projected coordinates with no CRS and no zone number: names EPSG:4550', () => {
    const dir = join(tmp, 'noprj');
    rmSync(dir, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', dir]);
    for (const ext of ['shp', 'shx', 'dbf', 'cpg']) copyFileSync(`${GIS}/shp-4550/control.${ext}`, join(dir, `control.${ext}`));
    expect(refused([join(dir, 'control.shp')])).toMatch(/without zone number.*--crs EPSG:4550/);
  });

  it('swapped longitude and latitude', () => {
    const file = join(tmp, 'swapped.csv');
    writeFileSync(file, `name,x,y\n${control.features.map((f) => `${f.properties.name},${f.geometry.coordinates[1]},${f.geometry.coordinates[0]}`).join('\n')}\n`);
    expect(refused([file])).toMatch(/longitude and latitude look swapped.*--x/s);
  });

  it('a result far outside the district (a wrong zone)', () => {
    expect(refused([`${GIS}/control-4529.dxf`, '--crs', 'EPSG:4530'])).toMatch(/3 of 3 features land more than 10 km from the district.*Gauss–Krüger zone/s);
  });

  it('an empty layer, an unreadable file, a missing file, an unknown kind', () => {
    const empty = join(tmp, 'empty.geojson');
    writeFileSync(empty, '{"type":"FeatureCollection","features":[]}');
    expect(refused([empty])).toMatch(/has no features with geometry/);
    const garbage = join(tmp, 'garbage.shp');
    writeFileSync(garbage, 'not a shapefile');
    expect(refused([garbage])).toMatch(/\.dbf file is missing/);
    const bad = join(tmp, 'bad.gpkg');
    writeFileSync(bad, 'not a geopackage');
    expect(refused([bad])).not.toBe('');
    expect(refused([join(tmp, 'nope.geojson')])).toMatch(/no such file/);
    expect(refused([repoPath('README.md')])).toMatch(/unknown kind of file "\.md"/);
  });

  it('invalid geometry is repaired with GDAL’s make-valid and reported', () => {
    const file = join(tmp, 'bowtie.geojson');
    const [x, y] = [122.07, 41.12];
    const ring = [[x, y], [x + 0.01, y + 0.01], [x + 0.01, y], [x, y + 0.01], [x, y]];
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '自相交地块' }, geometry: { type: 'Polygon', coordinates: [ring] } }] }));
    const { fc, out } = imported([file]);
    expect(out.join('\n')).toMatch(/1 invalid geometry repaired with GDAL's make-valid: #1 \(自相交地块\): self-intersecting ring/);
    const g = fc.features[0]!.geometry as unknown as GeoJSON.MultiPolygon;
    expect(g.type).toBe('MultiPolygon');
    expect(turf.kinks(turf.polygon(g.coordinates[0]!)).features).toHaveLength(0);
  });

  it('usage mistakes exit 2 with the usage text', () => {
    for (const argv of [[], [`${GIS}/control.kml`], [`${GIS}/control.kml`, '--out', 'x', '--bogus', '1'], [`${GIS}/control.kml`, '--out', 'x', '--layer', 'schools', '--match', 'name'], [`${GIS}/control.kml`, '--out', 'x', '--crs', 'Mars']]) {
      const r = runImport(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err.join('\n')).toContain('Usage: npm run data:import');
    }
  });
});

describe('data:import --layer --match writes a changeset for review', () => {
  const school = (JSON.parse(readRepoFile('geo/schools.geojson')) as { features: { properties: { id: string; name: { zh: string } }; geometry: GeoJSON.Point }[] }).features[0]!;

  it('matches rows by name, sets accuracy and geometrySource, lists what did not match', () => {
    const file = join(tmp, 'survey.geojson');
    const moved = turf.destination(school.geometry.coordinates, 0.3, 90, { units: 'kilometers' }).geometry;
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { 名称: school.properties.name.zh }, geometry: moved },
      { type: 'Feature', properties: { 名称: '不存在的学校' }, geometry: moved },
    ] }));
    const out = outPath('json');
    const r = runImport([file, '--out', out, '--layer', 'schools', '--match', '名称', '--accuracy', 'surveyed', '--source', 'surveyed, CGCS2000, from file 2026-11 测量.dwg'], new Date('2026-12-01T08:00:00Z'));
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const cs = changesetSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(cs.changes).toHaveLength(1);
    const [c] = cs.changes;
    expect(c?.op).toBe('update');
    if (c?.op !== 'update') return;
    expect(c.id).toBe(school.properties.id);
    expect(c.before.geometry).toEqual(school.geometry);
    expect(c.after.properties.accuracy).toBe('surveyed');
    expect(c.after.properties.geometrySource).toBe('surveyed, CGCS2000, from file 2026-11 测量.dwg');
    expect(turf.distance(school.geometry.coordinates, (c.after.geometry as GeoJSON.Point).coordinates, { units: 'meters' })).toBeCloseTo(300, -1);
    expect(r.out.join('\n')).toMatch(/unmatched rows \(1\): #2 名称=不存在的学校/);
    expect(r.out.join('\n')).toMatch(/features without a row \(\d+\)/);
  });
});

describe('the command itself', () => {
  it('exits 0, 1 and 2 as documented', () => {
    const tsx = repoPath('node_modules/.bin/tsx');
    const cli = repoPath('scripts/import/cli.ts');
    const run = (...a: string[]) => spawnSync(tsx, [cli, ...a], { encoding: 'utf8' });
    expect(run('--help').status).toBe(0);
    expect(run(`${GIS}/control.kml`).status).toBe(2);
    const bad = run(`${GIS}/shp-4529-gbk/control.shp`, '--out', outPath());
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--encoding GBK');
  }, 120_000);
});
