/**
 * What a Shapefile's .prj (ESRI WKT) says, as a CRS this project can name: CGCS2000 Gauss–Krüger
 * projections become their EPSG code (recognised by central meridian and false easting, so the
 * ArcGIS and the GDAL spellings of the same projection are one code), geographic CGCS2000 and WGS-84
 * their own; anything else is handed to proj4 whole under the name the file gives it. Pure.
 */
import { epsgGk3ByMeridian, epsgGk3Zoned, epsgGk6ByMeridian, epsgGk6Zoned } from './gaussKruger.ts';
import type { Crs } from './toWgs84.ts';

const param = (wkt: string, name: string): number | undefined => {
  const m = new RegExp(`PARAMETER\\["${name}",\\s*(-?[\\d.eE+-]+)\\]`, 'i').exec(wkt);
  return m ? Number(m[1]) : undefined;
};

export function crsOfPrj(wkt: string): Crs {
  const text = wkt.trim();
  const head = /^(PROJCS|GEOGCS|PROJCRS|GEOGCRS)\["([^"]*)"/i.exec(text);
  const name = head?.[2] ?? 'the .prj';
  const china2000 = /China[_ ]Geodetic[_ ]Coordinate[_ ]System[_ ]2000|CGCS[_ ]?2000|China[_ ]2000/i.test(text);
  const wgs84 = /WGS[_ ]?(19)?84/i.test(text);
  if (head && /^GEOG/i.test(head[1]!)) {
    if (china2000) return { kind: 'epsg', code: 4490 };
    if (wgs84) return { kind: 'epsg', code: 4326 };
  }
  if (head && /^PROJ/i.test(head[1]!) && china2000 && /Gauss_Kruger|Transverse_Mercator/i.test(text)) {
    const cm = param(text, 'Central_Meridian');
    const fe = param(text, 'False_Easting');
    const k = param(text, 'Scale_Factor') ?? 1;
    const lat0 = param(text, 'Latitude_Of_Origin') ?? 0;
    const fn = param(text, 'False_Northing') ?? 0;
    if (cm !== undefined && fe !== undefined && k === 1 && lat0 === 0 && fn === 0) {
      const six = /6_?Degree|6度/i.test(name);
      const zone = Math.round((fe - 5e5) / 1e6);
      let code: number | undefined;
      if (fe === 5e5) code = six ? epsgGk6ByMeridian(cm) : epsgGk3ByMeridian(cm);
      else if (fe === zone * 1e6 + 5e5 && zone * 3 === cm) code = epsgGk3Zoned(zone);
      else if (fe === zone * 1e6 + 5e5 && zone * 6 - 3 === cm) code = epsgGk6Zoned(zone);
      if (code !== undefined) return { kind: 'epsg', code };
    }
  }
  return { kind: 'proj', name, def: text };
}
