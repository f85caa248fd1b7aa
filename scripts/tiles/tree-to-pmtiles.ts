/**
 * Packs a `{z}/{x}/{y}.pbf` tree (from geojson-to-tiles.ts) into one PMTiles v3 archive, for hosts
 * where one file is easier than thousands (an object store bucket): MapLibre reads it with HTTP
 * range requests through the `pmtiles` package's protocol. GDAL 3.6 (Debian 12) cannot write
 * PMTiles itself (its driver arrived in 3.8), and the archive format is small enough to write here:
 * https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md
 *
 *     tsx scripts/tiles/tree-to-pmtiles.ts <tile-dir> <out.pmtiles>
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zxyToTileId } from 'pmtiles';

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
/** Readers fetch the first 16 KiB: header and root directory must fit in it. */
const ROOT_LIMIT = 16384 - HEADER_BYTES;

function varint(out: number[], v: number): void {
  let n = v;
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

/** Directory bytes (internal compression: none). */
function serializeDirectory(entries: Entry[]): Buffer {
  const b: number[] = [];
  varint(b, entries.length);
  let last = 0;
  for (const e of entries) {
    varint(b, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) varint(b, e.runLength);
  for (const e of entries) varint(b, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    varint(b, i > 0 && prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return Buffer.from(b);
}

/** A root directory that fits in the first 16 KiB, with leaf directories when the tiles are many. */
function directories(entries: Entry[]): { root: Buffer; leaves: Buffer } {
  const root = serializeDirectory(entries);
  if (root.length <= ROOT_LIMIT) return { root, leaves: Buffer.alloc(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries: Entry[] = [];
    const parts: Buffer[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = serializeDirectory(entries.slice(i, i + leafSize));
      rootEntries.push({ tileId: entries[i]?.tileId ?? 0, offset, length: leaf.length, runLength: 0 });
      parts.push(leaf);
      offset += leaf.length;
    }
    const r = serializeDirectory(rootEntries);
    if (r.length <= ROOT_LIMIT) return { root: r, leaves: Buffer.concat(parts) };
  }
}

function listTiles(dir: string): { z: number; x: number; y: number; file: string }[] {
  const out: { z: number; x: number; y: number; file: string }[] = [];
  for (const z of readdirSync(dir).filter((d) => /^\d+$/.test(d))) {
    for (const x of readdirSync(join(dir, z)).filter((d) => /^\d+$/.test(d))) {
      for (const f of readdirSync(join(dir, z, x))) {
        const m = /^(\d+)\.pbf$/.exec(f);
        if (m) out.push({ z: Number(z), x: Number(x), y: Number(m[1]), file: join(dir, z, x, f) });
      }
    }
  }
  return out;
}

/** Reads GDAL's metadata.json (MBTiles-style) for bounds, centre and the vector layers. */
function gdalMetadata(dir: string): { bounds: number[]; center: number[]; json: Record<string, unknown> } {
  const file = join(dir, 'metadata.json');
  if (!existsSync(file)) return { bounds: [-180, -85, 180, 85], center: [0, 0, 0], json: {} };
  const m = JSON.parse(readFileSync(file, 'utf8')) as { bounds?: string; center?: string; json?: string };
  const nums = (s: string | undefined, d: number[]) => (s ? s.split(',').map(Number) : d);
  return {
    bounds: nums(m.bounds, [-180, -85, 180, 85]),
    center: nums(m.center, [0, 0, 0]),
    json: m.json ? (JSON.parse(m.json) as Record<string, unknown>) : {},
  };
}

export function treeToPmtiles(dir: string, out: string): { tiles: number; bytes: number } {
  const tiles = listTiles(dir)
    .map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) }))
    .sort((a, b) => a.tileId - b.tileId);
  if (tiles.length === 0) throw new Error(`${dir}: no {z}/{x}/{y}.pbf tiles`);
  const entries: Entry[] = [];
  const data: Buffer[] = [];
  const seen = new Map<string, { offset: number; length: number }>();
  let offset = 0;
  for (const t of tiles) {
    const bytes = readFileSync(t.file);
    const hash = createHash('sha1').update(bytes).digest('hex');
    let at = seen.get(hash);
    if (!at) {
      at = { offset, length: bytes.length };
      seen.set(hash, at);
      data.push(bytes);
      offset += bytes.length;
    }
    const prev = entries[entries.length - 1];
    // A run of identical consecutive tiles (e.g. empty sea) is one entry.
    if (prev && prev.tileId + prev.runLength === t.tileId && prev.offset === at.offset) prev.runLength++;
    else entries.push({ tileId: t.tileId, offset: at.offset, length: at.length, runLength: 1 });
  }
  const meta = gdalMetadata(dir);
  const { root, leaves } = directories(entries);
  const metadata = Buffer.from(JSON.stringify({ ...meta.json, name: 'tiles', format: 'pbf' }));
  const tileData = Buffer.concat(data);
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;

  const h = Buffer.alloc(HEADER_BYTES);
  h.write('PMTiles', 0, 'ascii');
  h.writeUInt8(3, 7);
  const u64 = (v: number, at: number) => h.writeBigUInt64LE(BigInt(v), at);
  u64(rootOffset, 8);
  u64(root.length, 16);
  u64(metadataOffset, 24);
  u64(metadata.length, 32);
  u64(leavesOffset, 40);
  u64(leaves.length, 48);
  u64(dataOffset, 56);
  u64(tileData.length, 64);
  u64(tiles.length, 72);
  u64(entries.length, 80);
  u64(seen.size, 88);
  h.writeUInt8(1, 96); // clustered: tile data in tile-id order
  h.writeUInt8(1, 97); // internal compression: none
  h.writeUInt8(1, 98); // tile compression: none (the tiles are written uncompressed)
  h.writeUInt8(1, 99); // tile type: MVT
  const zooms = tiles.map((t) => t.z);
  h.writeUInt8(Math.min(...zooms), 100);
  h.writeUInt8(Math.max(...zooms), 101);
  const e7 = (v: number) => Math.round(v * 1e7);
  const [w = -180, s = -85, e = 180, n = 85] = meta.bounds;
  h.writeInt32LE(e7(w), 102);
  h.writeInt32LE(e7(s), 106);
  h.writeInt32LE(e7(e), 110);
  h.writeInt32LE(e7(n), 114);
  const [cx = (w + e) / 2, cy = (s + n) / 2, cz = Math.min(...zooms)] = meta.center;
  h.writeUInt8(cz, 118);
  h.writeInt32LE(e7(cx), 119);
  h.writeInt32LE(e7(cy), 123);

  const archive = Buffer.concat([h, root, metadata, leaves, tileData]);
  writeFileSync(out, archive);
  return { tiles: tiles.length, bytes: archive.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, out] = process.argv.slice(2);
  if (!dir || !out) {
    console.error('usage: tsx scripts/tiles/tree-to-pmtiles.ts <tile-dir> <out.pmtiles>');
    process.exit(2);
  }
  const r = treeToPmtiles(dir, out);
  console.log(`${out}: ${r.tiles} tiles, ${(r.bytes / 1e6).toFixed(2)} MB`);
}
