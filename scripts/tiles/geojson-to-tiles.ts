/**
 * Cuts a large GeoJSON layer into Mapbox Vector Tiles with GDAL (`ogr2ogr -f MVT`, Debian's
 * gdal-bin): a static `{z}/{x}/{y}.pbf` tree that any web server, object store or CDN can serve.
 * List it in geo/layers.json as a `tiles` layer (see README, "City-scale data").
 *
 *     npm run tiles -- <in.geojson> <out-dir> [--layer <name>] [--minzoom 8] [--maxzoom 14] [--pmtiles <out.pmtiles>]
 *
 * Tiles are written uncompressed (`COMPRESS=NO`): a static host serves a `.pbf` as it is, and
 * MapLibre cannot read a gzipped tile unless the server sends `Content-Encoding: gzip`. Let the CDN
 * compress on the wire instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { treeToPmtiles } from './tree-to-pmtiles.ts';

export interface TileOptions {
  input: string;
  outDir: string;
  /** The source-layer name inside the tiles (what the registry's `sourceLayer` names). @default 'data' */
  layer?: string;
  /** @default 8 */
  minzoom?: number;
  /** Deeper zooms over-zoom the last level in MapLibre. @default 14 */
  maxzoom?: number;
  /** Properties to keep (default: all). Fewer properties, smaller tiles. */
  fields?: string[];
}

export interface TileResult {
  tiles: number;
  bytes: number;
  seconds: number;
  /** west, south, east, north of the data, from GDAL's metadata.json. */
  bounds: [number, number, number, number] | null;
}

/** Reads the data's bounds from the metadata.json GDAL writes next to the tiles. */
export function tileBounds(dir: string): [number, number, number, number] | null {
  const file = join(dir, 'metadata.json');
  if (!existsSync(file)) return null;
  const b = (JSON.parse(readFileSync(file, 'utf8')) as { bounds?: string }).bounds?.split(',').map(Number);
  return b && b.length === 4 && b.every(Number.isFinite) ? (b as [number, number, number, number]) : null;
}

/** True when GDAL's ogr2ogr with the MVT driver is installed. */
export function hasOgr2ogr(): boolean {
  const r = spawnSync('ogr2ogr', ['--formats'], { encoding: 'utf8' });
  return r.status === 0 && /\bMVT\b/.test(r.stdout);
}

function countTiles(dir: string): { tiles: number; bytes: number } {
  let tiles = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const c = countTiles(p);
      tiles += c.tiles;
      bytes += c.bytes;
    } else if (e.name.endsWith('.pbf')) {
      tiles++;
      bytes += statSync(p).size;
    }
  }
  return { tiles, bytes };
}

/** Runs ogr2ogr; replaces `outDir`. Throws with GDAL's message when it fails. */
export function geojsonToTiles(o: TileOptions): TileResult {
  if (!existsSync(o.input)) throw new Error(`${o.input}: no such file`);
  if (!hasOgr2ogr()) throw new Error('ogr2ogr with the MVT driver is missing: apt-get install gdal-bin (npm run setup does)');
  const minzoom = o.minzoom ?? 8;
  const maxzoom = o.maxzoom ?? 14;
  if (!(minzoom >= 0 && maxzoom <= 22 && minzoom <= maxzoom)) throw new Error(`bad zoom range ${minzoom}–${maxzoom}`);
  rmSync(o.outDir, { recursive: true, force: true });
  const args = [
    '-f', 'MVT', o.outDir, o.input,
    '-nln', o.layer ?? 'data',
    '-dsco', `MINZOOM=${minzoom}`,
    '-dsco', `MAXZOOM=${maxzoom}`,
    '-dsco', 'FORMAT=DIRECTORY',
    '-dsco', 'TILE_EXTENSION=pbf',
    '-dsco', 'COMPRESS=NO',
    // Keep every feature: GDAL's defaults (500 kB, 200k features per tile) drop some in dense tiles.
    '-dsco', 'MAX_SIZE=20000000',
    '-dsco', 'MAX_FEATURES=5000000',
    ...(o.fields ? ['-select', o.fields.join(',')] : []),
  ];
  const t0 = Date.now();
  const r = spawnSync('ogr2ogr', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`ogr2ogr failed (${r.status}): ${(r.stderr || r.stdout).trim()}`);
  return { ...countTiles(o.outDir), seconds: (Date.now() - t0) / 1000, bounds: tileBounds(o.outDir) };
}

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const [input, outDir] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!input || !outDir) {
    console.error('usage: npm run tiles -- <in.geojson> <out-dir> [--layer data] [--minzoom 8] [--maxzoom 14] [--fields a,b] [--pmtiles out.pmtiles]');
    process.exit(2);
  }
  const num = (name: string) => (arg(args, name) === undefined ? undefined : Number(arg(args, name)));
  try {
    const r = geojsonToTiles({
      input: resolve(input),
      outDir: resolve(outDir),
      layer: arg(args, '--layer'),
      minzoom: num('--minzoom'),
      maxzoom: num('--maxzoom'),
      fields: arg(args, '--fields')?.split(','),
    });
    console.log(`${outDir}: ${r.tiles} tiles, ${(r.bytes / 1e6).toFixed(1)} MB, ${r.seconds.toFixed(1)} s`);
    const tiles = {
      url: `<where ${outDir} is served>/{z}/{x}/{y}.pbf`,
      sourceLayer: arg(args, '--layer') ?? 'data',
      minzoom: num('--minzoom') ?? 8,
      maxzoom: num('--maxzoom') ?? 14,
      ...(r.bounds ? { bounds: r.bounds.map((v) => Math.round(v * 1e5) / 1e5) } : {}),
    };
    console.log(`geo/layers.json entry (add id, role "plan", theme, draw, name, visible):\n  "tiles": ${JSON.stringify(tiles)}`);
    const pm = arg(args, '--pmtiles');
    if (pm) {
      const p = treeToPmtiles(resolve(outDir), resolve(pm));
      console.log(`${pm}: ${p.tiles} tiles in one archive, ${(p.bytes / 1e6).toFixed(1)} MB`);
    }
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
