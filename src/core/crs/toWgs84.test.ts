import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import { parseShp } from 'shpjs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../../tests/support/project.ts';
import { crsOfPrj } from './prj.ts';
import { gaussKrugerProj4, transformToWgs84, type Crs, type Transform } from './toWgs84.ts';

/*
 * Against the GDAL-made fixtures (scripts/import/make-fixtures.ts): the control points of
 * control.geojson, projected by GDAL into EPSG:4529/4550 and offset by gcoord into GCJ-02/BD-09,
 * come back to where they were.
 */
const GIS = repoPath('tests/fixtures/gis');
const control = (JSON.parse(readFileSync(`${GIS}/control.geojson`, 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Point>).features.map((f) => f.geometry.coordinates);
const transform = (c: Crs): Transform => {
  const t = transformToWgs84(c);
  if ('error' in t) throw new Error(t.error);
  return t;
};
const worstM = (got: number[][]) => Math.max(...got.map((p, i) => turf.distance(control[i]!, p, { units: 'meters' })));
const shpPoints = (dir: string) => (parseShp(readFileSync(`${GIS}/${dir}/control.shp`)) as GeoJSON.Point[]).map((g) => g.coordinates);
const csvPoints = (name: string) =>
  readFileSync(`${GIS}/${name}`, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',').slice(2).map(Number));

describe('coordinate systems to WGS-84', () => {
  it('EPSG:4529 and EPSG:4550 (proj4) within 0.5 m of GDAL', () => {
    const p4529 = shpPoints('shp-4529-gbk');
    expect(p4529[0]![0]).toBeGreaterThan(41_000_000);
    expect(worstM(p4529.map(([x, y]) => transform({ kind: 'epsg', code: 4529 })(x!, y!)))).toBeLessThan(0.5);
    const p4550 = shpPoints('shp-4550');
    expect(worstM(p4550.map(([x, y]) => transform({ kind: 'epsg', code: 4550 })(x!, y!)))).toBeLessThan(0.5);
    // 6° zone 21 has the same central meridian (123°E): the same numbers without the zone read alike.
    expect(worstM(p4550.map(([x, y]) => transform({ kind: 'epsg', code: 4510 })(x!, y!)))).toBeLessThan(0.5);
    expect(worstM(p4529.map(([x, y]) => transform({ kind: 'epsg', code: 4499 })(x! - 20e6, y!)))).toBeLessThan(0.5);
    // The wrong zone (40, 120°E) puts them hundreds of kilometres off: the comparison can fail.
    expect(worstM(p4529.map(([x, y]) => transform({ kind: 'epsg', code: 4528 })(x! - 1e6, y!)))).toBeGreaterThan(100_000);
  });

  it('GCJ-02 and BD-09 (gcoord) within 2 m', () => {
    const gcj = csvPoints('control-gcj02.csv');
    const bd = csvPoints('control-bd09.csv');
    expect(worstM(gcj)).toBeGreaterThan(300); // as written they are hundreds of metres off
    expect(worstM(gcj.map(([x, y]) => transform({ kind: 'gcj02' })(x!, y!)))).toBeLessThan(2);
    expect(worstM(bd.map(([x, y]) => transform({ kind: 'bd09' })(x!, y!)))).toBeLessThan(2);
  });

  it('the proj4 strings of the four Panjin codes, and none for codes that are not CGCS2000 Gauss–Krüger', () => {
    expect(gaussKrugerProj4(4529)).toBe('+proj=tmerc +lat_0=0 +lon_0=123 +k=1 +x_0=41500000 +y_0=0 +ellps=GRS80 +units=m +no_defs');
    expect(gaussKrugerProj4(4550)).toContain('+lon_0=123 +k=1 +x_0=500000');
    expect(gaussKrugerProj4(4499)).toContain('+lon_0=123 +k=1 +x_0=21500000');
    expect(gaussKrugerProj4(4510)).toContain('+lon_0=123 +k=1 +x_0=500000');
    expect(gaussKrugerProj4(3857)).toBeUndefined();
    expect(transformToWgs84({ kind: 'epsg', code: 3857 })).toEqual({ error: 'EPSG:3857' });
  });

  it('a .prj names its EPSG code, in the GDAL/ESRI spelling of the fixtures', () => {
    expect(crsOfPrj(readFileSync(`${GIS}/shp-4529-gbk/control.prj`, 'utf8'))).toEqual({ kind: 'epsg', code: 4529 });
    expect(crsOfPrj(readFileSync(`${GIS}/shp-4550/control.prj`, 'utf8'))).toEqual({ kind: 'epsg', code: 4550 });
    expect(crsOfPrj('GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]]]')).toEqual({ kind: 'epsg', code: 4490 });
    expect(crsOfPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]]')).toEqual({ kind: 'epsg', code: 4326 });
    const other = crsOfPrj('PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984"],PROJECTION["Mercator_Auxiliary_Sphere"]]');
    expect(other).toMatchObject({ kind: 'proj', name: 'WGS_1984_Web_Mercator_Auxiliary_Sphere' });
  });
});
