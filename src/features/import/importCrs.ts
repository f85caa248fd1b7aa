/**
 * Which coordinate system an imported file is read in, and where that came from — the user's choice,
 * the Shapefile's .prj, the format (GeoJSON by RFC 7946 and KML by OGC are WGS-84), or the numbers
 * themselves — then every position moved to WGS-84 before the geometry checks. Projected numbers with
 * no CRS named are refused with the EPSG code to choose (core's gaussKruger recognition, as the CLI).
 */
import { guessCoordinates, type RawBbox } from '../../core/crs/gaussKruger.ts';
import { crsOfPrj } from '../../core/crs/prj.ts';
import { crsLabel, transformGeometry, transformToWgs84, type Crs, type Transform } from '../../core/crs/toWgs84.ts';
import type { Bounds, CrsUsed, ImportSource } from './importTypes.ts';

export type CrsDecision = { ok: true; used: CrsUsed; transform: Transform | null } | { ok: false; zh: string; en: string };

/** The bounding box of every finite [x, y] position of the geometries, as written. */
export function rawBboxOf(geometries: readonly unknown[]): RawBbox | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const g of geometries) {
    transformGeometry(g, (x, y) => {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
      return [x, y];
    });
  }
  return Number.isFinite(minX) ? [minX, minY, maxX, maxY] : undefined;
}

const m = (n: number) => Math.round(n).toLocaleString('en').replace(/,/g, ' ');

/** Projected numbers with nothing naming their CRS: the EPSG code to choose, or null when they do not look like a Gauss–Krüger projection of this district. */
function projectedWithoutCrs(bbox: RawBbox | undefined, district: Bounds | undefined): { zh: string; en: string } | null {
  if (!bbox || !district) return null;
  const lon = (district[0] + district[2]) / 2;
  const g = guessCoordinates(bbox, lon);
  if (g.kind === 'gk-zoned' && Math.abs(g.centralMeridianDeg - lon) <= g.zoneWidthDeg) {
    return {
      zh: `坐标是投影坐标（x ≈ ${m(bbox[0])} 米：前面带 ${g.zone} 带号的高斯-克吕格东坐标），但文件没有说明坐标系：请在「坐标系」中选择 EPSG:${g.epsg}（CGCS2000 ${g.zoneWidthDeg}° 带第 ${g.zone} 带，中央经线 ${g.centralMeridianDeg}°E）后再导入`,
      en: `the coordinates are projected (x ≈ ${m(bbox[0])} m: a Gauss–Krüger easting with zone ${g.zone} in front) but nothing names the CRS: choose EPSG:${g.epsg} (CGCS2000 ${g.zoneWidthDeg}° zone ${g.zone}, central meridian ${g.centralMeridianDeg}°E) under "CRS" and import again`,
    };
  }
  if (g.kind === 'gk-unzoned') {
    return {
      zh: `坐标是投影坐标（x ≈ ${m(bbox[0])} 米，y ≈ ${m(bbox[1])} 米：不带带号的高斯-克吕格坐标），但文件没有说明坐标系：盘锦一般选择 EPSG:${g.epsg3}（CGCS2000 3° 带，中央经线 ${g.centralMeridianDeg}°E），6° 带为 EPSG:${g.epsg6}；请向制图方确认`,
      en: `the coordinates are projected (x ≈ ${m(bbox[0])} m, y ≈ ${m(bbox[1])} m: a Gauss–Krüger easting without zone number) but nothing names the CRS: for Panjin that is usually EPSG:${g.epsg3} (CGCS2000 3° zone, central meridian ${g.centralMeridianDeg}°E), or EPSG:${g.epsg6} for a 6° zone; ask who made the file`,
    };
  }
  return null;
}

export function decideCrs(choice: Crs | undefined, source: ImportSource | undefined, geometries: readonly unknown[], district: Bounds | undefined): CrsDecision {
  const format = source?.format ?? 'geojson';
  let crs: Crs;
  let from: CrsUsed['from'];
  if (choice) {
    crs = choice;
    from = 'choice';
  } else if (source?.prj) {
    crs = crsOfPrj(source.prj);
    from = 'prj';
  } else {
    const projected = projectedWithoutCrs(rawBboxOf(geometries), district);
    if (projected) return { ok: false, ...projected };
    crs = { kind: 'wgs84' };
    // GeoJSON (RFC 7946) and KML are WGS-84 by definition; a Shapefile without .prj only by its numbers.
    from = format === 'shapefile' ? 'numbers' : 'format';
  }
  const t = transformToWgs84(crs);
  if ('error' in t) {
    return {
      ok: false,
      zh: `无法使用坐标系 ${crsLabel(crs)}（${t.error}）：请在「坐标系」中选择一个`,
      en: `cannot use the CRS ${crsLabel(crs)} (${t.error}): choose one under "CRS"`,
    };
  }
  const identity = crs.kind === 'wgs84' || crs.kind === 'cgcs2000' || (crs.kind === 'epsg' && (crs.code === 4326 || crs.code === 4490));
  return { ok: true, used: { label: crsLabel(crs), from }, transform: identity ? null : t };
}
