/**
 * A zipped Shapefile as GeoJSON in the file's own coordinates, with its .prj text, for the importer to
 * choose the CRS (and say which) and check it like any GeoJSON file. shpjs reads the .shp and .dbf;
 * its own reprojection is not used, so the CRS used is always the importer's to report.
 *
 * The .dbf's text: the .cpg names its encoding; without one, UTF-8 when the records decode as UTF-8,
 * else GBK (what Chinese ArcGIS-era tables are), said in a warning: read as Latin-1 it would be
 * mojibake without an error.
 */
import { unzipSync } from 'fflate';
import { parseDbf, parseShp } from 'shpjs';

export interface ShapefileRead {
  collection: { type: 'FeatureCollection'; features: { type: 'Feature'; geometry: GeoJSON.Geometry | null; properties: Record<string, unknown> }[] };
  prj?: string;
  /** The encoding the attributes were read in, and whether the importer chose it (no .cpg). */
  encoding: { name: string; guessed: boolean };
  layer: string;
  /** Other Shapefiles in the archive, not read. */
  others: string[];
}

export class ShapefileError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** True when the .dbf's records (after its header, length at bytes 8–9) are valid UTF-8. */
export function dbfTextIsUtf8(dbf: Uint8Array): boolean {
  const headerBytes = (dbf[8] ?? 0) | ((dbf[9] ?? 0) << 8);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(headerBytes));
    return true;
  } catch {
    return false;
  }
}

export function readShapefileZip(bytes: Uint8Array): ShapefileRead {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => /\.(shp|shx|dbf|prj|cpg)$/i.test(f.name) && !f.name.includes('__MACOSX') });
  } catch (e) {
    throw new ShapefileError(`ZIP 压缩包无法读取（${(e as Error).message}）`, `the ZIP archive cannot be read (${(e as Error).message})`);
  }
  const names = Object.keys(entries);
  const shps = names.filter((n) => /\.shp$/i.test(n)).sort();
  const shp = shps[0];
  if (!shp) throw new ShapefileError('ZIP 中没有 .shp 文件', 'the ZIP holds no .shp file');
  const stem = shp.slice(0, -4).toLowerCase();
  const side = (ext: string) => {
    const n = names.find((x) => x.toLowerCase() === `${stem}${ext}`);
    return n ? entries[n] : undefined;
  };
  const dbf = side('.dbf');
  if (!dbf) {
    throw new ShapefileError(
      `${shp}：缺少 .dbf 属性表（Shapefile 由 .shp、.shx、.dbf 等多个文件组成，请一起压缩）`,
      `${shp}: its .dbf is missing (a Shapefile is several files: .shp, .shx, .dbf, usually .prj and .cpg; zip them together)`,
    );
  }
  const cpgBytes = side('.cpg');
  const prjBytes = side('.prj');
  const cpg = cpgBytes ? new TextDecoder().decode(cpgBytes).trim() : '';
  const encoding = cpg ? { name: cpg, guessed: false } : dbfTextIsUtf8(dbf) ? { name: 'UTF-8', guessed: false } : { name: 'GBK', guessed: true };
  let geometries: (GeoJSON.Geometry | null)[];
  let rows: Record<string, unknown>[];
  try {
    geometries = parseShp(side('.shp')!);
    rows = parseDbf(dbf, encoding.name);
  } catch (e) {
    throw new ShapefileError(`${shp}：无法读取（${(e as Error).message}）`, `${shp}: cannot be read (${(e as Error).message})`);
  }
  const features = geometries.map((geometry, i) => ({ type: 'Feature' as const, geometry: geometry ?? null, properties: rows[i] ?? {} }));
  return {
    collection: { type: 'FeatureCollection', features },
    ...(prjBytes ? { prj: new TextDecoder().decode(prjBytes) } : {}),
    encoding,
    layer: shp,
    others: shps.slice(1),
  };
}
