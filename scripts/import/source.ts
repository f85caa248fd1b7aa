/**
 * Turns the file a planner names into something GDAL opens, and catches what GDAL would get wrong
 * without a word: a zipped Shapefile or a KMZ is unpacked, a `.shp` is checked for its side files,
 * a `.dbf` whose text is not UTF-8 and that has no `.cpg` is refused with the hint to name its
 * encoding (GDAL would read GBK as Latin-1: mojibake, not an error), and a CSV gets its coordinate
 * columns.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { ImportError } from './gdal.ts';

export type Format = 'geojson' | 'shapefile' | 'kml' | 'gpx' | 'gpkg' | 'dxf' | 'csv';

export interface PreparedSource {
  /** What GDAL opens. */
  path: string;
  format: Format;
  openOptions: string[];
  /** Temporary folder to remove afterwards, if one was made. */
  tempDir?: string;
}

const BY_EXTENSION: Record<string, Format> = {
  '.geojson': 'geojson',
  '.json': 'geojson',
  '.shp': 'shapefile',
  '.kml': 'kml',
  '.gpx': 'gpx',
  '.gpkg': 'gpkg',
  '.dxf': 'dxf',
  '.csv': 'csv',
};

/** Column names taken as coordinates when --x/--y are not given (GDAL's CSV driver matches them). */
const X_NAMES = ['lon', 'lng', 'long', 'longitude', 'x', 'easting', '经度', 'X坐标', 'x坐标', '东坐标'];
const Y_NAMES = ['lat', 'latitude', 'y', 'northing', '纬度', 'Y坐标', 'y坐标', '北坐标'];

function unzipTo(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-map-import-'));
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(readFileSync(file));
  } catch (e) {
    throw new ImportError(`${basename(file)} is not a readable ZIP archive (${(e as Error).message})`);
  }
  for (const [name, bytes] of Object.entries(entries)) {
    if (name.endsWith('/') || name.split('/').includes('..') || name.startsWith('/')) continue;
    const target = join(dir, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return dir;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]));
}

/** The sibling of `shp` with extension `ext`, whatever its case (ArcGIS writes .DBF, .PRJ …). */
function sibling(shp: string, ext: string): string | undefined {
  const stem = basename(shp, extname(shp)).toLowerCase();
  return readdirSync(dirname(shp))
    .filter((f) => f.toLowerCase() === `${stem}${ext}`)
    .map((f) => join(dirname(shp), f))[0];
}

/**
 * True when the .dbf's records hold text that is not valid UTF-8. A dBASE file has a header (its
 * length at bytes 8–9) and then fixed-width records; only those are decoded.
 */
export function dbfTextIsUtf8(dbf: Uint8Array): boolean {
  const headerBytes = dbf[8]! | (dbf[9]! << 8);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(headerBytes));
    return true;
  } catch {
    return false;
  }
}

function checkShapefile(shp: string, encoding: string | undefined): void {
  const name = basename(shp);
  for (const ext of ['.dbf', '.shx']) {
    if (!sibling(shp, ext)) throw new ImportError(`${name}: its ${ext} file is missing (a Shapefile is several files: .shp, .shx, .dbf, usually .prj and .cpg; zip them together)`);
  }
  const dbf = sibling(shp, '.dbf')!;
  if (encoding || sibling(shp, '.cpg')) return;
  const bytes = readFileSync(dbf);
  // dBASE language driver id (byte 29): 0x4D/0x7A and friends say GBK, and GDAL honours them.
  const ldid = bytes[29] ?? 0;
  if (ldid === 0 && !dbfTextIsUtf8(bytes)) {
    throw new ImportError(
      `${basename(dbf)}: the attribute table is not UTF-8 and no .cpg file says what it is. ` +
        'Chinese tables are usually GBK: run again with --encoding GBK (or add a .cpg file with the text "GBK").',
    );
  }
}

export function prepareSource(file: string, o: { encoding?: string; xColumn?: string; yColumn?: string }): PreparedSource {
  if (!existsSync(file) || !statSync(file).isFile()) throw new ImportError(`${file}: no such file`);
  const ext = extname(file).toLowerCase();
  if (ext === '.zip' || ext === '.kmz') {
    const tempDir = unzipTo(file);
    const inside = filesUnder(tempDir);
    const pick = (e: string) => inside.filter((f) => extname(f).toLowerCase() === e);
    const shp = pick('.shp');
    const kml = pick('.kml');
    const gpkg = pick('.gpkg');
    const found = shp.length ? { path: shp[0]!, format: 'shapefile' as const } : kml.length ? { path: kml[0]!, format: 'kml' as const } : gpkg.length ? { path: gpkg[0]!, format: 'gpkg' as const } : undefined;
    if (!found) {
      throw new ImportError(`${basename(file)} holds no .shp, .kml or .gpkg (found: ${inside.map((f) => basename(f)).join(', ') || 'nothing'})`);
    }
    if (shp.length > 1) throw new ImportError(`${basename(file)} holds ${shp.length} Shapefiles (${shp.map((f) => basename(f)).join(', ')}): zip one per import`);
    if (found.format === 'shapefile') checkShapefile(found.path, o.encoding);
    return { ...found, openOptions: [], tempDir };
  }
  const format = BY_EXTENSION[ext];
  if (!format) {
    throw new ImportError(`${basename(file)}: unknown kind of file "${ext || '(no extension)'}"; expected .geojson, .shp, .zip, .kml, .kmz, .gpx, .gpkg, .dxf or .csv`);
  }
  if (format === 'shapefile') checkShapefile(file, o.encoding);
  const openOptions: string[] = [];
  if (format === 'csv') {
    const header = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    const columns = header.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    const find = (names: readonly string[], given?: string) =>
      given !== undefined ? columns.find((c) => c === given) : columns.find((c) => names.some((n) => n.toLowerCase() === c.toLowerCase()));
    const x = find(X_NAMES, o.xColumn);
    const y = find(Y_NAMES, o.yColumn);
    if (!x || !y) {
      const asked = o.xColumn ? `--x ${o.xColumn} --y ${o.yColumn}` : `a longitude and a latitude column (${X_NAMES.slice(0, 3).join('/')}, ${Y_NAMES.slice(0, 2).join('/')}, 经度/纬度, x/y)`;
      throw new ImportError(`${basename(file)}: no coordinate columns found: expected ${asked}; the columns are ${columns.join(', ')}. Name them with --x and --y.`);
    }
    openOptions.push(`X_POSSIBLE_NAMES=${x}`, `Y_POSSIBLE_NAMES=${y}`, 'KEEP_GEOM_COLUMNS=NO', 'AUTODETECT_TYPE=YES');
  }
  return { path: file, format, openOptions };
}
