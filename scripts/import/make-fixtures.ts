/**
 * Makes the importer's test files under tests/fixtures/gis/ from control.geojson (three control points
 * in WGS-84, Chinese names) with GDAL, the way planners' files come: a Shapefile in CGCS2000 3° zone 41
 * (EPSG:4529) whose .dbf is GBK with no .cpg (and zipped), the same in EPSG:4550, a DXF (no CRS, zone
 * 41 eastings), a KML, a GeoPackage, and CSVs of the points in GCJ-02 and BD-09 (gcoord's forward
 * transform). Run again only to change them: `npx tsx scripts/import/make-fixtures.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import gcoord from 'gcoord';

const DIR = resolve(import.meta.dirname, '../../tests/fixtures/gis');
const SRC = join(DIR, 'control.geojson');
const ogr = (...args: string[]) => {
  const r = spawnSync('ogr2ogr', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ogr2ogr ${args.join(' ')}: ${r.stderr}`);
};

function shapefile(name: string, epsg: number, encoding: 'CP936' | 'UTF-8', keepCpg: boolean) {
  const dir = join(DIR, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  ogr('-f', 'ESRI Shapefile', join(dir, 'control.shp'), SRC, '-t_srs', `EPSG:${epsg}`, '-lco', `ENCODING=${encoding}`);
  if (!keepCpg) {
    rmSync(join(dir, 'control.cpg'), { force: true });
    // As ArcGIS-era files without .cpg are: no language driver id either, so nothing says GBK.
    const dbf = readFileSync(join(dir, 'control.dbf'));
    dbf[29] = 0;
    writeFileSync(join(dir, 'control.dbf'), dbf);
  }
  return dir;
}

const gbk = shapefile('shp-4529-gbk', 4529, 'CP936', false);
writeFileSync(join(DIR, 'control-4529-gbk.zip'), zipSync(Object.fromEntries(readdirSync(gbk).map((f) => [f, readFileSync(join(gbk, f))])), { mtime: new Date('2026-11-01T00:00:00Z') }));
shapefile('shp-4550', 4550, 'UTF-8', true);
rmSync(join(DIR, 'control-4529.dxf'), { force: true });
ogr('-f', 'DXF', join(DIR, 'control-4529.dxf'), SRC, '-t_srs', 'EPSG:4529');
rmSync(join(DIR, 'control.kml'), { force: true });
ogr('-f', 'KML', join(DIR, 'control.kml'), SRC, '-dsco', 'NameField=name');
rmSync(join(DIR, 'control-4550.gpkg'), { force: true });
ogr('-f', 'GPKG', join(DIR, 'control-4550.gpkg'), SRC, '-t_srs', 'EPSG:4550', '-nln', 'control');

const points = (JSON.parse(readFileSync(SRC, 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Point, { name: string; code: string }>).features;
const csv = (crs: typeof gcoord.GCJ02 | typeof gcoord.BD09, header: string) =>
  `${header}\n${points
    .map((f) => {
      const [x, y] = gcoord.transform([...f.geometry.coordinates] as [number, number], gcoord.WGS84, crs);
      return `${f.properties.name},${f.properties.code},${x.toFixed(7)},${y.toFixed(7)}`;
    })
    .join('\n')}\n`;
writeFileSync(join(DIR, 'control-gcj02.csv'), csv(gcoord.GCJ02, '名称,编号,经度,纬度'));
writeFileSync(join(DIR, 'control-bd09.csv'), csv(gcoord.BD09, 'name,code,lng,lat'));
console.log(`fixtures written to ${DIR}`);
