/**
 * City-scale data as vector tiles: a registry layer of kind `tiles` read from a static
 * `{z}/{x}/{y}.pbf` tree and one read from a PMTiles archive (range requests), both drawn by the
 * app's own style builder. The tiles are tests/fixtures/tiles/, cut by GDAL from synthetic parcels
 * (`tsx scripts/tiles/make-fixture.ts`). The app is built here with a registry that adds the two
 * layers (PLAN_MAP_REGISTRY); the app's own registry stays GeoJSON only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../scripts/bench/build.ts';
import { canvasInkRatio, MAP_TIMEOUT_MS, openPage, screenshot, startSession, waitForMapIdle, type AppSession } from '../support/browser.ts';
import { readLayerFile, readRepoJson, repoPath } from '../support/project.ts';

const FIXTURE = repoPath('tests/fixtures/tiles');
const parcels = readRepoJson<{
  features: { properties: { id: string }; geometry: { coordinates: number[][][] } }[];
}>('tests/fixtures/tiles/parcels.geojson');
const metadata = readRepoJson<{ bounds: string }>('tests/fixtures/tiles/parcels/metadata.json');
const bounds = metadata.bounds.split(',').map(Number);

const entry = (id: string, url: string, extra: object) => ({
  id,
  role: 'plan',
  theme: 'housing-renewal',
  draw: 'fill',
  name: { zh: `测试瓦片 ${id}`, en: `Test tiles ${id}` },
  visible: true,
  tiles: { url, sourceLayer: 'parcels', ...extra },
});

let dir = '';
let s: AppSession;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-map-tiles-'));
  const registry = readRepoJson<{ layers: object[] }>('geo/layers.json');
  registry.layers.push(
    entry('fixture-tree', 'tiles/parcels/{z}/{x}/{y}.pbf', { minzoom: 9, maxzoom: 12, bounds }),
    entry('fixture-pmtiles', 'pmtiles://tiles/parcels.pmtiles', {}),
  );
  const registryFile = join(dir, 'layers.json');
  writeFileSync(registryFile, JSON.stringify(registry));
  const env = { registry: process.env.PLAN_MAP_REGISTRY, node: process.env.NODE_ENV };
  process.env.PLAN_MAP_REGISTRY = registryFile;
  process.env.NODE_ENV = 'production';
  try {
    await buildApp(join(dir, 'app'), { logLevel: 'error', build: { sourcemap: false } });
  } finally {
    if (env.registry === undefined) delete process.env.PLAN_MAP_REGISTRY;
    else process.env.PLAN_MAP_REGISTRY = env.registry;
    process.env.NODE_ENV = env.node;
  }
  // A sub-path, like a deployment; the tiles are static files next to the app (any host or CDN).
  s = await startSession({ mounts: { '/plan-map/': join(dir, 'app'), '/plan-map/tiles/': FIXTURE } });
});

afterAll(async () => {
  await s?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type TestMap = {
  queryRenderedFeatures(o: object): { layer: { id: string }; properties: Record<string, unknown> }[];
  jumpTo(o: object): void;
  getStyle(): { sources: Record<string, { type: string; tiles?: string[]; url?: string }> };
};

describe('a registry layer of kind "tiles"', () => {
  it('draws a static {z}/{x}/{y}.pbf tree and a PMTiles archive with the plan style', async () => {
    const requests: { url: string; range: string | undefined }[] = [];
    const { page, errors } = await openPage(s, '', {
      before: (p) => p.on('request', (r) => requests.push({ url: r.url(), range: r.headers().range })),
    });
    const baseUrl = s.baseUrl;

    // Given the app open on the district: both tile sources are vector sources with absolute URLs.
    const sources = await page.evaluate(() => (window as unknown as { planMap: TestMap }).planMap.getStyle().sources);
    expect(sources['src-fixture-tree']).toMatchObject({ type: 'vector', tiles: [`${baseUrl}tiles/parcels/{z}/{x}/{y}.pbf`] });
    expect(sources['src-fixture-pmtiles']).toMatchObject({ type: 'vector', url: `pmtiles://${baseUrl}tiles/parcels.pmtiles` });

    // When the camera is on a parcel, close enough to see it.
    const ring = parcels.features[0]?.geometry.coordinates[0] ?? [];
    const center = [ring.reduce((s, p) => s + (p[0] ?? 0), 0) / ring.length, ring.reduce((s, p) => s + (p[1] ?? 0), 0) / ring.length];
    await page.evaluate((c) => (window as unknown as { planMap: TestMap }).planMap.jumpTo({ center: c, zoom: 15 }), center);
    await page.waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-map-idle') === 'false', undefined, {
      timeout: 5_000,
    }).catch(() => undefined);
    await waitForMapIdle(page);

    // Then both layers' parcels are drawn from tiles, with the properties the style colours by.
    const drawn = await page.evaluate(() => {
      const m = (window as unknown as { planMap: TestMap }).planMap;
      const of = (layer: string) => m.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties);
      return { tree: of('fixture-tree-fill'), pmtiles: of('fixture-pmtiles-fill') };
    });
    const firstId = parcels.features[0]?.properties.id;
    expect(drawn.tree.map((p) => p.id)).toContain(firstId);
    expect(drawn.pmtiles.map((p) => p.id)).toContain(firstId);
    expect(drawn.tree[0]).toHaveProperty('status');
    const { ink } = await canvasInkRatio(page);
    expect(ink, 'share of non-background pixels').toBeGreaterThan(0.01);
    await screenshot(page, '20-tiles-parcel');

    // The tree was read tile by tile; the archive by HTTP range requests on one file.
    expect(requests.some((r) => /\/tiles\/parcels\/\d+\/\d+\/\d+\.pbf$/.test(r.url))).toBe(true);
    expect(requests.some((r) => r.url.endsWith('/tiles/parcels.pmtiles') && r.range?.startsWith('bytes='))).toBe(true);
    // No page errors; a tile the tree does not have is a 404 that MapLibre treats as empty.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await page.close();
  }, MAP_TIMEOUT_MS * 2);

  it('leaves the app’s own plan layers as GeoJSON files', () => {
    const own = readRepoJson<{ layers: { id: string; tiles?: unknown }[] }>('geo/layers.json');
    expect(own.layers.filter((l) => l.tiles).map((l) => l.id), 'layers of kind "tiles"').toEqual([]);
    // Each one is drawn from its own committed file, a FeatureCollection.
    const withoutFile = own.layers.filter((l) => {
      const text = readLayerFile(l.id);
      return text === undefined || (JSON.parse(text) as { type?: string }).type !== 'FeatureCollection';
    });
    expect(withoutFile.map((l) => l.id), 'layers without a geo/<id>.geojson FeatureCollection').toEqual([]);
  });
});
