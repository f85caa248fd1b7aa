/**
 * The vector-tile path for city-scale data: the registry's `tiles` layers, the style built for
 * them, and the offline tiler (GDAL) with the PMTiles packer. The browser side is
 * tests/e2e/tiles.e2e.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { afterAll, describe, expect, it } from 'vitest';
import { featureCollectionText, polygonFeatures } from '../../scripts/bench/synthetic.ts';
import { geojsonToTiles, hasOgr2ogr } from '../../scripts/tiles/geojson-to-tiles.ts';
import { treeToPmtiles } from '../../scripts/tiles/tree-to-pmtiles.ts';
import { absoluteTileUrl } from '../data/appData.ts';
import { loadProject, PLAN_FILE, REGISTRY_FILE } from '../data/loadProject.ts';
import { layerRegistrySchema } from '../core/layerRegistry.ts';
import { lightPalette } from '../core/palette.ts';
import { buildStyle, interactiveLayerIds } from './style/index.ts';
import { readRepoFile } from '../../tests/support/project.ts';

const read = readRepoFile;
const tileLayer = (tiles: object, extra: object = {}) => ({
  id: 'parcels',
  role: 'plan',
  theme: 'housing-renewal',
  draw: 'fill',
  name: { zh: '地块', en: 'Parcels' },
  visible: true,
  tiles,
  ...extra,
});
const withTiles = (tiles: object, extra: object = {}) => {
  const r = JSON.parse(read(REGISTRY_FILE)) as { layers: object[] };
  r.layers.push(tileLayer(tiles, extra));
  return r;
};

describe('the registry’s "tiles" layers', () => {
  it('accept a {z}/{x}/{y} tree (relative or absolute) and a pmtiles:// archive', () => {
    for (const url of ['tiles/parcels/{z}/{x}/{y}.pbf', 'https://cdn.example.com/p/{z}/{x}/{y}.pbf', 'pmtiles://tiles/p.pmtiles', 'pmtiles://https://b.example.com/p.pmtiles']) {
      expect(layerRegistrySchema.safeParse(withTiles({ url, sourceLayer: 'parcels' })).success, url).toBe(true);
    }
  });

  it('reject unsafe or incomplete URLs, tiles on base layers and inverted zooms', () => {
    const bad = [
      withTiles({ url: 'javascript:alert(1)/{z}/{x}/{y}', sourceLayer: 'p' }),
      withTiles({ url: '//evil.example.com/{z}/{x}/{y}.pbf', sourceLayer: 'p' }),
      withTiles({ url: 'tiles/p/{z}/{x}.pbf', sourceLayer: 'p' }),
      withTiles({ url: 'tiles/p/{z}/{x}/{y}.pbf', sourceLayer: '' }),
      withTiles({ url: 'tiles/p/{z}/{x}/{y}.pbf', sourceLayer: 'p' }, { role: 'base' }),
      withTiles({ url: 'tiles/p/{z}/{x}/{y}.pbf', sourceLayer: 'p', minzoom: 12, maxzoom: 10 }),
    ];
    for (const r of bad) expect(layerRegistrySchema.safeParse(r).success, JSON.stringify((r.layers.at(-1) as { tiles: unknown }).tiles)).toBe(false);
  });

  it('need no geo/ file: the store holds the layer with no features', () => {
    const registry = JSON.stringify(withTiles({ url: 'tiles/parcels/{z}/{x}/{y}.pbf', sourceLayer: 'parcels' }));
    const asked: string[] = [];
    const { store } = loadProject(read(PLAN_FILE), registry, (id) => {
      asked.push(id);
      return read(`geo/${id}.geojson`);
    });
    expect(asked).not.toContain('parcels');
    expect(store.byLayer.get('parcels')?.features).toEqual([]);
    expect(store.layers.find((l) => l.id === 'parcels')?.tiles?.sourceLayer).toBe('parcels');
  });

  it('are drawn by the plan style from a vector source, without labels or click targets', () => {
    const registry = withTiles({ url: 'https://cdn.example.com/p/{z}/{x}/{y}.pbf', sourceLayer: 'parcels', maxzoom: 12, bounds: [121.6, 41, 122.3, 41.35] });
    (registry.layers as object[]).push({ ...tileLayer({ url: 'pmtiles://https://cdn.example.com/p.pmtiles', sourceLayer: 'parcels' }), id: 'parcels-pm' });
    const { store } = loadProject(read(PLAN_FILE), JSON.stringify(registry), (id) => read(`geo/${id}.geojson`));
    const style = buildStyle(store, { palette: lightPalette, lang: 'zh', glyphsUrl: 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf' });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.sources['src-parcels']).toEqual({
      type: 'vector',
      tiles: ['https://cdn.example.com/p/{z}/{x}/{y}.pbf'],
      minzoom: 0,
      maxzoom: 12,
      bounds: [121.6, 41, 122.3, 41.35],
      attribution: undefined,
    });
    expect(style.sources['src-parcels-pm']).toMatchObject({ type: 'vector', url: 'pmtiles://https://cdn.example.com/p.pmtiles' });
    expect(style.sources['src-parcels-labels']).toBeUndefined();
    const own = style.layers.filter((l) => 'source' in l && l.source === 'src-parcels');
    expect(own.map((l) => l.type).sort()).toEqual(['fill', 'line', 'line']);
    expect(own.every((l) => 'source-layer' in l && l['source-layer'] === 'parcels')).toBe(true);
    expect(interactiveLayerIds(store.layers).some((id) => id.startsWith('parcels'))).toBe(false);
  });

  it('get absolute URLs in the browser, with {z}/{x}/{y} kept', () => {
    const base = 'https://host.example.com/plan-map/';
    expect(absoluteTileUrl('tiles/p/{z}/{x}/{y}.pbf', base)).toBe('https://host.example.com/plan-map/tiles/p/{z}/{x}/{y}.pbf');
    expect(absoluteTileUrl('pmtiles://tiles/p.pmtiles', base)).toBe('pmtiles://https://host.example.com/plan-map/tiles/p.pmtiles');
    expect(absoluteTileUrl('pmtiles://https://cdn.example.com/p.pmtiles', base)).toBe('pmtiles://https://cdn.example.com/p.pmtiles');
    expect(absoluteTileUrl('https://cdn.example.com/{z}/{x}/{y}.pbf', base)).toBe('https://cdn.example.com/{z}/{x}/{y}.pbf');
  });
});

const tmp = mkdtempSync(join(tmpdir(), 'plan-map-tiles-unit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A PMTiles reader over a file in memory (what the browser does with range requests). */
function memorySource(file: string): Source {
  const buf = readFileSync(file);
  return {
    getKey: () => file,
    getBytes: async (offset: number, length: number): Promise<RangeResponse> => ({
      data: buf.buffer.slice(buf.byteOffset + offset, buf.byteOffset + Math.min(buf.length, offset + length)) as ArrayBuffer,
    }),
  };
}

describe('the PMTiles packer', () => {
  it('writes an archive the pmtiles reader reads back, leaf directories included', async () => {
    // 5000 distinct tiles: too many entries for the root directory alone.
    const dir = join(tmp, 'many');
    let n = 0;
    for (let x = 0; x < 100; x++) {
      mkdirSync(join(dir, '13', String(6800 + x)), { recursive: true });
      for (let y = 0; y < 50; y++) writeFileSync(join(dir, '13', String(6800 + x), `${3000 + y}.pbf`), `tile ${n++}`);
    }
    const out = join(tmp, 'many.pmtiles');
    expect(treeToPmtiles(dir, out).tiles).toBe(5000);
    const p = new PMTiles(memorySource(out));
    const h = await p.getHeader();
    expect([h.specVersion, h.minZoom, h.maxZoom, h.numAddressedTiles]).toEqual([3, 13, 13, 5000]);
    expect(h.leafDirectoryLength).toBeGreaterThan(0);
    for (const [x, y] of [[0, 0], [57, 31], [99, 49]] as const) {
      const t = await p.getZxy(13, 6800 + x, 3000 + y);
      expect(Buffer.from(t?.data ?? new ArrayBuffer(0)).toString()).toBe(`tile ${x * 50 + y}`);
    }
    expect(await p.getZxy(13, 6799, 3000)).toBeUndefined();
  });
});

describe.skipIf(!hasOgr2ogr())('the GDAL tiler (ogr2ogr -f MVT)', () => {
  it('cuts GeoJSON into an uncompressed {z}/{x}/{y}.pbf tree that packs into PMTiles', async () => {
    const input = join(tmp, 'parcels.geojson');
    writeFileSync(input, featureCollectionText(polygonFeatures(40, 3)));
    const r = geojsonToTiles({ input, outDir: join(tmp, 'tree'), layer: 'parcels', minzoom: 9, maxzoom: 11 });
    expect(r.tiles).toBeGreaterThan(10);
    expect(r.bounds?.[0]).toBeGreaterThan(121.6);
    // Uncompressed MVT: a protobuf, not gzip (1f 8b).
    const one = spawnSync('find', [join(tmp, 'tree'), '-name', '*.pbf'], { encoding: 'utf8' }).stdout.split('\n')[0] ?? '';
    expect([...readFileSync(one).subarray(0, 2)]).not.toEqual([0x1f, 0x8b]);
    const out = join(tmp, 'parcels.pmtiles');
    expect(treeToPmtiles(join(tmp, 'tree'), out).tiles).toBe(r.tiles);
    const meta = (await new PMTiles(memorySource(out)).getMetadata()) as { vector_layers?: { id: string }[] };
    expect(meta.vector_layers?.map((l) => l.id)).toEqual(['parcels']);
  }, 120_000);
});
