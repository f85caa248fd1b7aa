/**
 * The command line of `npm run data:import -- <file> [options]`: what a planner types, checked before
 * anything is read. A usage mistake exits with code 2 and the usage text.
 */
import { GEOMETRY_ACCURACIES as ACCURACIES, ID_PATTERN, type Accuracy } from '../../src/core/vocabulary.ts';

export const USAGE = `Usage: npm run data:import -- <file> [options]

Reads a planner's file with GDAL (GeoJSON, Shapefile .shp or .zip, KML/KMZ, GPX, GeoPackage, DXF, CSV),
checks it and converts it to WGS-84.

  --out <path>            where to write: a .geojson (plain conversion) or, with --layer, a changeset .json
  --crs <crs>             the file's coordinate system when it names none or names it wrongly:
                          EPSG:<code> (e.g. EPSG:4529 CGCS2000 3° zone 41, EPSG:4550 the same without the
                          zone number), CGCS2000 (geographic, EPSG:4490), WGS84, GCJ02 (Amap, Tencent), BD09 (Baidu)
  --encoding <name>       the attribute table's encoding when the file does not say (GBK for most Chinese .dbf)
  --source-layer <name>   which layer of a multi-layer file (GeoPackage, KML folders); default: the first
  --cad-layer <names>     DXF: only entities on these CAD layers (comma-separated)
  --x <column> --y <column>
                          CSV: the coordinate columns (default: detected, e.g. lon/lat, lng/lat, x/y, 经度/纬度)
  --max-distance-km <km>  refuse a result farther than this from the district (default 10)
  --layer <id> --match <field>[=<key>]
                          instead of converting, match rows to the features of geo/<id>.geojson by the
                          row's <field> (against the feature's id or name; or =<key>: id, name, or a property)
                          and write a changeset for npm run data:apply
  --accuracy <${ACCURACIES.join('|')}>  with --layer: how exact the imported geometry is
  --source <text>         with --layer: how it was made, e.g. "surveyed, CGCS2000, from file 2026-11 测量.dwg"
  --help                  this text

Exit codes: 0 done, 1 bad input (the reason is printed), 2 usage.`;

export type CrsOption = { kind: 'epsg'; code: number } | { kind: 'gcj02' } | { kind: 'bd09' };

export interface ImportArgs {
  file: string;
  out: string;
  crs?: CrsOption;
  encoding?: string;
  sourceLayer?: string;
  cadLayers?: string[];
  xColumn?: string;
  yColumn?: string;
  maxDistanceKm: number;
  match?: { layer: string; field: string; key?: string; accuracy: Accuracy; source: string };
}

export class UsageError extends Error {}

/** CRS words a planner uses, to what GDAL or gcoord needs. */
export function parseCrs(value: string): CrsOption {
  const v = value.trim().toUpperCase().replace(/[-_\s]/g, '');
  if (v === 'GCJ02') return { kind: 'gcj02' };
  if (v === 'BD09') return { kind: 'bd09' };
  if (v === 'CGCS2000') return { kind: 'epsg', code: 4490 };
  if (v === 'WGS84') return { kind: 'epsg', code: 4326 };
  const m = /^(?:EPSG:?)?(\d{4,6})$/.exec(v);
  if (m) return { kind: 'epsg', code: Number(m[1]) };
  throw new UsageError(`--crs "${value}": expected EPSG:<code>, CGCS2000, WGS84, GCJ02 or BD09`);
}

const ENCODINGS: Record<string, string> = { GBK: 'CP936', CP936: 'CP936', GB2312: 'CP936', GB18030: 'GB18030', UTF8: 'UTF-8', BIG5: 'CP950' };

export function parseArgs(argv: readonly string[]): ImportArgs | 'help' {
  const opts = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return 'help';
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      if (opts.has(name)) throw new UsageError(`--${name} is given twice`);
      opts.set(name, value);
    } else positional.push(a);
  }
  const known = new Set(['out', 'crs', 'encoding', 'source-layer', 'cad-layer', 'x', 'y', 'max-distance-km', 'layer', 'match', 'accuracy', 'source']);
  for (const k of opts.keys()) if (!known.has(k)) throw new UsageError(`unknown option --${k}`);
  if (positional.length !== 1) throw new UsageError(positional.length === 0 ? 'name the file to import' : `one file at a time (got ${positional.length})`);
  const out = opts.get('out');
  if (!out) throw new UsageError('--out <path> is required: where to write the result');
  const encodingWord = opts.get('encoding');
  let encoding: string | undefined;
  if (encodingWord !== undefined) {
    encoding = ENCODINGS[encodingWord.toUpperCase().replace(/[-_]/g, '')];
    if (!encoding) throw new UsageError(`--encoding "${encodingWord}": expected one of GBK, GB18030, UTF-8, BIG5`);
  }
  const maxDistanceKm = Number(opts.get('max-distance-km') ?? 10);
  if (!Number.isFinite(maxDistanceKm) || maxDistanceKm <= 0) throw new UsageError('--max-distance-km takes a positive number of kilometres');
  if ((opts.get('x') === undefined) !== (opts.get('y') === undefined)) throw new UsageError('--x and --y go together');
  const args: ImportArgs = { file: positional[0]!, out, maxDistanceKm };
  if (opts.has('crs')) args.crs = parseCrs(opts.get('crs')!);
  if (encoding) args.encoding = encoding;
  if (opts.has('source-layer')) args.sourceLayer = opts.get('source-layer')!;
  if (opts.has('cad-layer')) args.cadLayers = opts.get('cad-layer')!.split(',').map((s) => s.trim()).filter(Boolean);
  if (opts.has('x')) {
    args.xColumn = opts.get('x')!;
    args.yColumn = opts.get('y')!;
  }
  const layer = opts.get('layer');
  const match = opts.get('match');
  if ((layer === undefined) !== (match === undefined)) throw new UsageError('--layer and --match go together');
  if (layer !== undefined && match !== undefined) {
    if (!ID_PATTERN.test(layer)) throw new UsageError(`--layer "${layer}" is not a layer id`);
    const accuracy = opts.get('accuracy');
    if (!accuracy || !(ACCURACIES as readonly string[]).includes(accuracy)) {
      throw new UsageError(`--layer needs --accuracy ${ACCURACIES.join('|')}: how exact the imported geometry is`);
    }
    const source = opts.get('source')?.trim();
    if (!source || source.length < 10) throw new UsageError('--layer needs --source "<how the geometry was made>" (at least 10 characters)');
    const [field, key] = match.split('=', 2) as [string, string | undefined];
    if (!field) throw new UsageError('--match names the row field to match on');
    args.match = { layer, field, accuracy: accuracy as Accuracy, source, ...(key ? { key } : {}) };
  } else if (opts.has('accuracy') || opts.has('source')) {
    throw new UsageError('--accuracy and --source go with --layer and --match');
  }
  return args;
}
