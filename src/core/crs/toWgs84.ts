/**
 * From the coordinate systems planners' files come in to WGS-84 longitude/latitude, in the browser and
 * in scripts alike: CGCS2000 Gauss–Krüger projections with proj4, the GCJ-02 (Amap, Tencent) and BD-09
 * (Baidu) offsets with gcoord. Pure: no DOM.
 *
 * CGCS2000 is treated as WGS-84: the two frames differ by a few centimetres in China today, far below
 * what a plan map draws (and GDAL does the same without a datum grid). Its ellipsoid is GRS80-like
 * (same a, 1/f 298.257222101), which is what the proj4 strings below say.
 */
import gcoord from 'gcoord';
import proj4 from 'proj4';
import { epsgGk3ByMeridian, epsgGk3Zoned, epsgGk6ByMeridian, epsgGk6Zoned } from './gaussKruger.ts';

/** A coordinate system a file may be read in. `epsg` covers CGCS2000 Gauss–Krüger codes (and 4326/4490). */
export type Crs = { kind: 'wgs84' } | { kind: 'cgcs2000' } | { kind: 'gcj02' } | { kind: 'bd09' } | { kind: 'epsg'; code: number } | { kind: 'proj'; name: string; def: string };

/** A CGCS2000 Gauss–Krüger projection as EPSG numbers it (gaussKruger.ts), or undefined for any other code. */
export function gaussKrugerOf(epsg: number): { centralMeridianDeg: number; falseEastingM: number; zoneWidthDeg: 3 | 6; zoned: boolean } | undefined {
  for (let zone = 25; zone <= 45; zone++) if (epsgGk3Zoned(zone) === epsg) return { centralMeridianDeg: zone * 3, falseEastingM: zone * 1e6 + 5e5, zoneWidthDeg: 3, zoned: true };
  for (let zone = 13; zone <= 23; zone++) if (epsgGk6Zoned(zone) === epsg) return { centralMeridianDeg: zone * 6 - 3, falseEastingM: zone * 1e6 + 5e5, zoneWidthDeg: 6, zoned: true };
  for (let cm = 75; cm <= 135; cm += 3) if (epsgGk3ByMeridian(cm) === epsg) return { centralMeridianDeg: cm, falseEastingM: 5e5, zoneWidthDeg: 3, zoned: false };
  for (let cm = 75; cm <= 135; cm += 6) if (epsgGk6ByMeridian(cm) === epsg) return { centralMeridianDeg: cm, falseEastingM: 5e5, zoneWidthDeg: 6, zoned: false };
  return undefined;
}

/** The proj4 definition of a CGCS2000 Gauss–Krüger EPSG code (as the EPSG registry defines it). */
export function gaussKrugerProj4(epsg: number): string | undefined {
  const gk = gaussKrugerOf(epsg);
  if (!gk) return undefined;
  return `+proj=tmerc +lat_0=0 +lon_0=${gk.centralMeridianDeg} +k=1 +x_0=${gk.falseEastingM} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
}

/** A short name of a CRS, the same in both languages: "EPSG:4529", "GCJ-02", "WGS-84". */
export function crsLabel(c: Crs): string {
  switch (c.kind) {
    case 'wgs84':
      return 'WGS-84';
    case 'cgcs2000':
      return 'CGCS2000';
    case 'gcj02':
      return 'GCJ-02';
    case 'bd09':
      return 'BD-09';
    case 'epsg':
      return `EPSG:${c.code}`;
    case 'proj':
      return c.name;
  }
}

export type Transform = (x: number, y: number) => [number, number];

/**
 * The function taking a position of `c` to WGS-84 [lon, lat], or a reason it cannot be made (an EPSG
 * code that is not a CGCS2000 Gauss–Krüger projection, a definition proj4 refuses).
 */
export function transformToWgs84(c: Crs): Transform | { error: string } {
  switch (c.kind) {
    case 'wgs84':
    case 'cgcs2000':
      return (x, y) => [x, y];
    case 'gcj02':
    case 'bd09': {
      const from = c.kind === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
      return (x, y) => gcoord.transform([x, y], from, gcoord.WGS84) as [number, number];
    }
    case 'epsg': {
      if (c.code === 4326 || c.code === 4490) return (x, y) => [x, y];
      const def = gaussKrugerProj4(c.code);
      if (!def) return { error: `EPSG:${c.code}` };
      return projTransform(def);
    }
    case 'proj':
      return projTransform(c.def);
  }
}

function projTransform(def: string): Transform | { error: string } {
  try {
    const p = proj4(def, 'WGS84');
    return (x, y) => p.forward([x, y]) as [number, number];
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** Applies `t` to every position of a GeoJSON-like geometry in place; positions that are not two finite numbers are left for the checks to report. */
export function transformGeometry(g: unknown, t: Transform): void {
  const stack: unknown[] = [g];
  while (stack.length > 0) {
    const x = stack.pop();
    if (x === null || typeof x !== 'object') continue;
    const o = x as { type?: unknown; coordinates?: unknown; geometries?: unknown };
    if (o.type === 'GeometryCollection' && Array.isArray(o.geometries)) {
      for (const child of o.geometries) stack.push(child);
      continue;
    }
    const coords: unknown[] = [o.coordinates];
    while (coords.length > 0) {
      const c = coords.pop();
      if (!Array.isArray(c)) continue;
      if (typeof c[0] === 'number' && typeof c[1] === 'number' && Number.isFinite(c[0]) && Number.isFinite(c[1])) {
        const [lon, lat] = t(c[0], c[1]);
        c[0] = lon;
        c[1] = lat;
      } else for (const child of c) coords.push(child);
    }
  }
}
