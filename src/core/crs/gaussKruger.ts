/**
 * Recognising coordinates by their numbers: CGCS2000 Gauss–Krüger eastings (with or without the zone
 * number in front), longitude/latitude that were swapped, and degrees that are plainly degrees.
 * Planners' files often carry no CRS at all (a DXF never does; a Shapefile without its .prj), and the
 * numbers alone usually say which of the CGCS2000 projections they are in — so the importer can name
 * the EPSG code to use instead of guessing silently. Pure: no GDAL, no DOM.
 *
 * EPSG numbering of CGCS2000 Gauss–Krüger (EPSG registry):
 * - 3° zones 25–45 with the zone in the easting: EPSG:4513–4533 (zone 41, central meridian 123°E: 4529);
 * - 3° central meridians 75°E–135°E without it: EPSG:4534–4554 (123°E: 4550);
 * - 6° zones 13–23 with the zone: EPSG:4491–4501 (zone 21, central meridian 123°E: 4499);
 * - 6° central meridians 75°E–135°E without it: EPSG:4502–4512 (123°E: 4510).
 */

/** [minX, minY, maxX, maxY] of a file's coordinates as they are written in it. */
export type RawBbox = readonly [number, number, number, number];

export type CoordinateGuess =
  | { kind: 'lonlat' }
  | { kind: 'latlon-swapped' }
  | { kind: 'gk-zoned'; zone: number; zoneWidthDeg: 3 | 6; centralMeridianDeg: number; epsg: number }
  | { kind: 'gk-unzoned'; epsg3: number; epsg6: number; centralMeridianDeg: number }
  | { kind: 'unknown' };

/** China's longitudes and latitudes, generously: what a file about Panjin may hold in degrees. */
const CHINA_LON: readonly [number, number] = [73, 136];
const CHINA_LAT: readonly [number, number] = [3, 54];
/** A Gauss–Krüger easting without zone is 500 000 m ± about 340 km at China's latitudes (6° zone edge). */
const UNZONED_EASTING_M: readonly [number, number] = [150_000, 850_000];
/** Northings in China: about 330 km (3°N) to 6 000 km (54°N). */
const NORTHING_M: readonly [number, number] = [300_000, 6_100_000];

const within = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;

/** EPSG code of CGCS2000 3° Gauss–Krüger zone `zone` with the zone number in the easting (zones 25–45). */
export const epsgGk3Zoned = (zone: number): number | undefined => (zone >= 25 && zone <= 45 ? 4488 + zone : undefined);
/** EPSG code of CGCS2000 6° Gauss–Krüger zone `zone` with the zone number in the easting (zones 13–23). */
export const epsgGk6Zoned = (zone: number): number | undefined => (zone >= 13 && zone <= 23 ? 4478 + zone : undefined);
/** EPSG code of CGCS2000 3° Gauss–Krüger without zone number, by central meridian (75–135°E, step 3). */
export const epsgGk3ByMeridian = (cmDeg: number): number | undefined =>
  cmDeg >= 75 && cmDeg <= 135 && cmDeg % 3 === 0 ? 4534 + (cmDeg - 75) / 3 : undefined;
/** EPSG code of CGCS2000 6° Gauss–Krüger without zone number, by central meridian (75–135°E, step 6). */
export const epsgGk6ByMeridian = (cmDeg: number): number | undefined =>
  cmDeg >= 75 && cmDeg <= 135 && (cmDeg - 75) % 6 === 0 ? 4502 + (cmDeg - 75) / 6 : undefined;

/** The 3° central meridian nearest to a longitude (Panjin, ~122°E: 123°E). */
export const nearestGk3Meridian = (lonDeg: number): number => Math.round(lonDeg / 3) * 3;
/** The central meridian of the 6° zone holding a longitude (Panjin: zone 21, 123°E). */
export const gk6MeridianOf = (lonDeg: number): number => Math.floor(lonDeg / 6) * 6 + 3;

/**
 * What the coordinates of a file look like. `expectedLonDeg` is where the data should be (the
 * district's longitude), used to name the central meridian for eastings that carry no zone number.
 */
export function guessCoordinates(bbox: RawBbox, expectedLonDeg: number): CoordinateGuess {
  const [minX, minY, maxX, maxY] = bbox;
  if (![minX, minY, maxX, maxY].every(Number.isFinite)) return { kind: 'unknown' };
  if (within(minX, CHINA_LON) && within(maxX, CHINA_LON) && within(minY, CHINA_LAT) && within(maxY, CHINA_LAT)) {
    return { kind: 'lonlat' };
  }
  if (within(minX, CHINA_LAT) && within(maxX, CHINA_LAT) && within(minY, CHINA_LON) && within(maxY, CHINA_LON)) {
    return { kind: 'latlon-swapped' };
  }
  if (!within(minY, NORTHING_M) || !within(maxY, NORTHING_M)) return { kind: 'unknown' };
  const zone = Math.floor(minX / 1e6);
  if (zone === Math.floor(maxX / 1e6) && zone >= 13) {
    const inZone = within(minX - zone * 1e6, UNZONED_EASTING_M) && within(maxX - zone * 1e6, UNZONED_EASTING_M);
    const epsg3 = epsgGk3Zoned(zone);
    const epsg6 = epsgGk6Zoned(zone);
    if (inZone && epsg3 !== undefined && (epsg6 === undefined || Math.abs(zone * 3 - expectedLonDeg) <= Math.abs(zone * 6 - 3 - expectedLonDeg))) {
      return { kind: 'gk-zoned', zone, zoneWidthDeg: 3, centralMeridianDeg: zone * 3, epsg: epsg3 };
    }
    if (inZone && epsg6 !== undefined) return { kind: 'gk-zoned', zone, zoneWidthDeg: 6, centralMeridianDeg: zone * 6 - 3, epsg: epsg6 };
  }
  if (within(minX, UNZONED_EASTING_M) && within(maxX, UNZONED_EASTING_M)) {
    const cm3 = nearestGk3Meridian(expectedLonDeg);
    return { kind: 'gk-unzoned', centralMeridianDeg: cm3, epsg3: epsgGk3ByMeridian(cm3)!, epsg6: epsgGk6ByMeridian(gk6MeridianOf(expectedLonDeg))! };
  }
  return { kind: 'unknown' };
}

/** The bounding box of every position in a GeoJSON geometry (or undefined for an empty one). */
export function bboxOfGeometries(geometries: Iterable<GeoJSON.Geometry | null>): RawBbox | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      if (x! < minX) minX = x!;
      if (x! > maxX) maxX = x!;
      if (y! < minY) minY = y!;
      if (y! > maxY) maxY = y!;
      return;
    }
    for (const p of c) visit(p);
  };
  const walk = (g: GeoJSON.Geometry | null): void => {
    if (!g) return;
    if (g.type === 'GeometryCollection') g.geometries.forEach(walk);
    else visit(g.coordinates);
  };
  for (const g of geometries) walk(g);
  return Number.isFinite(minX) ? [minX, minY, maxX, maxY] : undefined;
}
