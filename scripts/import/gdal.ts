/**
 * The GDAL command-line tools (Debian's gdal-bin) as functions: the formats planners bring are read by
 * GDAL, not by parsers of our own. Each call is a child process with its output captured; a failure
 * becomes an ImportError carrying GDAL's own message.
 */
import { spawnSync } from 'node:child_process';

export class ImportError extends Error {}

function run(tool: 'ogrinfo' | 'ogr2ogr', args: readonly string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) {
    const missing = (r.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ImportError(missing ? `${tool} is not installed: run npm run setup (it installs Debian's gdal-bin)` : `${tool}: ${r.error.message}`);
  }
  if (r.status !== 0) {
    const said = (r.stderr || r.stdout).split('\n').filter((l) => l.trim() && !/^Warning 1: .*(not recognized as a supported|PROJ)/.test(l));
    throw new ImportError(said.slice(0, 6).join('\n') || `${tool} failed (exit ${r.status})`);
  }
  return r.stdout;
}

export interface LayerInfo {
  name: string;
  /** GDAL's well-known text of the layer's CRS, or undefined when the file names none. */
  srsWkt?: string;
  featureCount: number;
}

/** The layers of a source with their CRS and feature count (`ogrinfo -so -al`). */
export function layersOf(source: string, openOptions: readonly string[] = []): LayerInfo[] {
  const text = run('ogrinfo', ['-ro', '-so', '-al', ...openOptions.flatMap((o) => ['-oo', o]), source]);
  const layers: LayerInfo[] = [];
  for (const block of text.split(/\n(?=Layer name: )/)) {
    const name = /^Layer name: (.*)$/m.exec(block)?.[1];
    if (name === undefined) continue;
    const count = Number(/^Feature Count: (-?\d+)$/m.exec(block)?.[1] ?? -1);
    const wkt = /^Layer SRS WKT:\n([\s\S]*?)(?:\nData axis to CRS axis mapping|\n[A-Za-z_][\w ]*: |\n\w+: \w+ \(|$)/m.exec(block)?.[1]?.trim();
    layers.push({ name, featureCount: count, ...(wkt && wkt !== '(unknown)' ? { srsWkt: wkt } : {}) });
  }
  return layers;
}

export interface ConvertOptions {
  layer?: string;
  openOptions?: readonly string[];
  /** Override the source CRS (EPSG code as "EPSG:4529"). */
  sourceSrs?: string;
  /** Reproject to WGS-84 and write RFC 7946 GeoJSON; false: keep the file's own numbers. */
  toWgs84: boolean;
  /** Repair invalid geometries with GEOS (ogr2ogr -makevalid). */
  makeValid?: boolean;
  where?: string;
  /** Shapefile attribute encoding, e.g. CP936 for GBK. */
  encoding?: string;
}

/** Converts one layer to GeoJSON text with ogr2ogr. */
export function toGeoJson(source: string, outFile: string, o: ConvertOptions): void {
  const args = ['-f', 'GeoJSON', outFile, source];
  if (o.layer !== undefined) args.push(o.layer);
  for (const oo of o.openOptions ?? []) args.push('-oo', oo);
  if (o.encoding) args.push('-oo', `ENCODING=${o.encoding}`);
  if (o.sourceSrs) args.push('-s_srs', o.sourceSrs);
  if (o.toWgs84) args.push('-t_srs', 'EPSG:4326', '-lco', 'RFC7946=YES', '-lco', 'COORDINATE_PRECISION=7');
  if (o.makeValid) args.push('-makevalid');
  if (o.where) args.push('-where', o.where);
  run('ogr2ogr', args);
}
