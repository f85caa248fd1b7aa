import { readFileSync, readdirSync } from 'node:fs';
import * as turf from '@turf/turf';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../../tests/support/project.ts';
import { importFile } from './importClient.ts';
import { detectFormat } from './importFormat.ts';
import { DISTRICT, failed, ok } from './importTestFiles.ts';

/* Formats other than GeoJSON through the importer (node: no Worker, so inline; KML needs DOMParser and is tested in the browser). */
const GIS = repoPath('tests/fixtures/gis');
const file = (name: string) => new Uint8Array(readFileSync(`${GIS}/${name}`));
const zipDir = (dir: string, skip: string[] = []) =>
  zipSync(Object.fromEntries(readdirSync(`${GIS}/${dir}`).filter((f) => !skip.some((s) => f.endsWith(s))).map((f) => [f, file(`${dir}/${f}`)])));
const buf = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const control = (JSON.parse(readFileSync(`${GIS}/control.geojson`, 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Point>).features;
const worstM = (fc: { features: { geometry: unknown }[] }) =>
  Math.max(...control.map((c, i) => turf.distance(c.geometry.coordinates, (fc.features[i]!.geometry as GeoJSON.Point).coordinates, { units: 'meters' })));

describe('import: format by content, Shapefile and CRS', () => {
  it('tells the formats apart by their bytes, not their names', () => {
    expect(detectFormat(file('control-4529-gbk.zip')).format).toBe('shapefile');
    expect(detectFormat(file('control.kml')).format).toBe('kml');
    expect(detectFormat(zipSync({ 'doc.kml': file('control.kml') })).format).toBe('kmz');
    expect(detectFormat(zipSync({ 'a.txt': new Uint8Array([65]) }))).toEqual({ format: 'zip-other', names: ['a.txt'] });
    expect(detectFormat(file('control.geojson')).format).toBe('geojson');
    expect(detectFormat(new TextEncoder().encode('\uFEFF<?xml version="1.0"?>\n<!-- x -->\n<kml xmlns="http://www.opengis.net/kml/2.2">')).format).toBe('kml');
  });

  it('the zipped Shapefile in EPSG:4529 with a GBK .dbf and no .cpg: GBK names, .prj named, within 0.5 m', async () => {
    const r = ok(await importFile(new Blob([file('control-4529-gbk.zip')]), { districtBbox: DISTRICT }));
    expect(r.crs).toEqual({ label: 'EPSG:4529', from: 'prj' });
    expect(r.collection.features.map((f) => f.properties.get('name'))).toEqual(['控制点甲', '控制点乙', '控制点丙']);
    expect(worstM(r.collection)).toBeLessThan(0.5);
    expect(r.warnings[0]).toMatchObject({ code: 'encoding-guessed' });
    expect(r.warnings[0]?.zh).toMatch(/按 GBK 读取/);
  });

  it('EPSG:4550 with its .cpg (UTF-8): no encoding warning', async () => {
    const r = ok(await importFile(buf(zipDir('shp-4550')), { districtBbox: DISTRICT }));
    expect(r.crs).toEqual({ label: 'EPSG:4550', from: 'prj' });
    expect(r.warnings.map((w) => w.code)).not.toContain('encoding-guessed');
    expect(worstM(r.collection)).toBeLessThan(0.5);
  });

  it('without its .prj: refused naming EPSG:4529; with the choice, read and said so', async () => {
    const noPrj = buf(zipDir('shp-4529-gbk', ['.prj']));
    const r = failed(await importFile(noPrj, { districtBbox: DISTRICT }));
    expect(r.errors[0]).toMatchObject({ code: 'projected' });
    expect(r.errors[0]?.zh).toMatch(/EPSG:4529/);
    expect(r.errors[0]?.en).toMatch(/zone 41 in front.*choose EPSG:4529/);
    const chosen = ok(await importFile(noPrj, { districtBbox: DISTRICT, crs: { kind: 'epsg', code: 4529 } }));
    expect(chosen.crs).toEqual({ label: 'EPSG:4529', from: 'choice' });
    expect(worstM(chosen.collection)).toBeLessThan(0.5);
    // Without zone number and without .prj: both 3° and 6° codes are named.
    const unzoned = failed(await importFile(buf(zipDir('shp-4550', ['.prj'])), { districtBbox: DISTRICT }));
    expect(unzoned.errors[0]?.en).toMatch(/EPSG:4550.*EPSG:4510/);
  });

  it('GeoJSON: WGS-84 by the format; GCJ-02 and BD-09 when chosen, within 2 m', async () => {
    const plain = ok(await importFile(readFileSync(`${GIS}/control.geojson`, 'utf8'), { districtBbox: DISTRICT }));
    expect(plain.crs).toEqual({ label: 'WGS-84', from: 'format' });
    const gcjText = JSON.stringify({
      type: 'FeatureCollection',
      features: readFileSync(`${GIS}/control-gcj02.csv`, 'utf8').trim().split('\n').slice(1).map((l) => {
        const [name, , x, y] = l.split(',');
        return { type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [Number(x), Number(y)] } };
      }),
    });
    expect(worstM(ok(await importFile(gcjText, { districtBbox: DISTRICT })).collection)).toBeGreaterThan(300);
    const gcj = ok(await importFile(gcjText, { districtBbox: DISTRICT, crs: { kind: 'gcj02' } }));
    expect(gcj.crs).toEqual({ label: 'GCJ-02', from: 'choice' });
    expect(worstM(gcj.collection)).toBeLessThan(2);
  });

  it('says whether any of the data lies near the district (the tool leaves the camera alone when none does)', async () => {
    const at = (lon: number, lat: number) => JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [lon, lat] } });
    expect(ok(await importFile(at(122.07, 41.1), { districtBbox: DISTRICT })).nearDistrict).toBe(true);
    expect(ok(await importFile(at(10, 50), { districtBbox: DISTRICT })).nearDistrict).toBe(false);
    expect(ok(await importFile(at(0, 0), { districtBbox: DISTRICT })).nearDistrict).toBe(false);
    expect(ok(await importFile(at(10, 50))).nearDistrict).toBeNull();
  });

  it('a ZIP with neither Shapefile nor KML, and a Shapefile without its .dbf, are refused with what was found', async () => {
    expect(failed(await importFile(buf(zipSync({ 'readme.txt': new Uint8Array([65]) })))).errors[0]?.en).toMatch(/no \.shp or \.kml.*readme\.txt/);
    expect(failed(await importFile(buf(zipDir('shp-4550', ['.dbf'])))).errors[0]?.en).toMatch(/\.dbf is missing/);
  });
});
