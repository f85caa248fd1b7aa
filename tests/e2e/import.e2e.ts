/**
 * Planners' files in the browser's import tool: the zipped Shapefile made by GDAL in EPSG:4529 with a
 * GBK .dbf and no .cpg, and the KML, each drawn where its control points are (within a few metres of
 * control.geojson), its Chinese names intact in the imported popup, and the notice naming the CRS and
 * where it came from. Without its .prj the Shapefile is refused naming EPSG:4529; chosen in the menu,
 * it is read.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, settle, SCREENSHOT_DIR, startSession, type AppSession, screenPointOf } from '../support/browser.ts';
import { repoPath } from '../support/project.ts';

let s: AppSession;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

const GIS = repoPath('tests/fixtures/gis');
const control = (JSON.parse(readFileSync(`${GIS}/control.geojson`, 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Point, { name: string; code: string }>).features;

type MapHandle = {
  queryRenderedFeatures(o?: object): { geometry: GeoJSON.Point; properties: Record<string, unknown> }[];
  project(ll: [number, number]): { x: number; y: number };
  getCanvas(): HTMLCanvasElement;
  getCenter(): { lng: number; lat: number };
  getStyle(): { layers: { id: string }[] };
};

const centre = (page: Page) =>
  page.evaluate(() => {
    const c = (window as unknown as { planMap: MapHandle }).planMap.getCenter();
    return [c.lng, c.lat];
  });

/** A FeatureCollection of `n` small squares near the district (about 0.6 MB per 1,000). */
const squares = (n: number) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: Array.from({ length: n }, (_, i) => {
      const x = 121.7 + (i % 100) * 0.005;
      const y = 41.0 + Math.floor(i / 100) * 0.005;
      const ring = Array.from({ length: 20 }, (_, k) => [x + 0.004 * Math.cos((k / 20) * 2 * Math.PI), y + 0.004 * Math.sin((k / 20) * 2 * Math.PI)]);
      return { type: 'Feature', properties: { name: `地块${i}` }, geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } };
    }),
  });

/** The imported points MapLibre drew, by their index in the file (all MapLibre is given), with their positions. */
const drawnPoints = (page: Page) =>
  page.evaluate(() => {
    const m = (window as unknown as { planMap: MapHandle }).planMap;
    // Each import has layers of its own (overlay-import-<n>-point): the test reads the newest.
    const layers = m.getStyle().layers.map((l) => l.id).filter((id) => /^overlay-import-\d+-point$/.test(id));
    return m.queryRenderedFeatures({ layers: layers.slice(-1) }).map((f) => ({ i: Number(f.properties.i), at: f.geometry.coordinates }));
  });


const notice = (page: Page) => page.locator('[data-testid="notices"]');

/** Every control point is drawn within `metres` of where it is (the files keep control.geojson's order). */
async function expectInPlace(page: Page, metres: number) {
  const drawn = await drawnPoints(page);
  for (const [i, c] of control.entries()) {
    const d = drawn.find((p) => p.i === i);
    expect(d, `${c.properties.name} drawn (drawn: ${drawn.map((p) => p.i).join(', ')})`).toBeDefined();
    expect(turf.distance(c.geometry.coordinates, d!.at, { units: 'meters' })).toBeLessThan(metres);
  }
}

/** Clicks the first control point and returns its popup's text. */
async function popupText(page: Page) {
  const pt = await screenPointOf(page, control[0]!.geometry.coordinates as [number, number]);
  await page.mouse.click(pt.x, pt.y);
  const popup = page.locator('[data-testid="imported-popup"]');
  await popup.waitFor({ timeout: 10_000 });
  return popup.textContent();
}

describe('import: Shapefile and KML in the browser', () => {
  it('the zipped Shapefile (EPSG:4529, GBK, no .cpg) lands on its control points, named, CRS said', async () => {
    const { page, errors } = await openPage(s);
    await page.locator('[data-testid="open-import"]').click();
    await page.locator('[data-testid="import-crs"]').waitFor();
    await screenshot(page, 'import-1-menu');
    await page.locator('[data-testid="import-input"]').setInputFiles(`${GIS}/control-4529-gbk.zip`);
    await expect.poll(() => notice(page).textContent(), { timeout: 30_000 }).toContain('已导入 control-4529-gbk.zip：3 个要素');
    await settle(page);
    const text = (await notice(page).textContent()) ?? '';
    expect(text).toContain('坐标系：EPSG:4529（来自 .prj）');
    expect(text).toMatch(/按 GBK 读取/);
    await expectInPlace(page, 3);
    const popup = await popupText(page);
    expect(popup).toContain('控制点甲');
    expect(popup).toContain('KZ-01');
    await screenshot(page, 'import-2-shapefile');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the KML: WGS-84 by its format, names from <name>; the same as a KMZ', async () => {
    const { page, errors } = await openPage(s);
    await page.locator('[data-testid="import-input"]').setInputFiles(`${GIS}/control.kml`);
    await expect.poll(() => notice(page).textContent(), { timeout: 30_000 }).toContain('已导入 control.kml：3 个要素');
    await settle(page);
    expect(await notice(page).textContent()).toContain('坐标系：WGS-84（文件格式规定为 WGS-84）');
    await expectInPlace(page, 3);
    expect(await popupText(page)).toContain('控制点甲');
    await screenshot(page, 'import-3-kml');
    // The same zipped as a KMZ (named .zip: the content says what it is).
    const kmz = resolve(SCREENSHOT_DIR, 'control-kmz.zip');
    writeFileSync(kmz, zipSync({ 'doc.kml': new Uint8Array(readFileSync(`${GIS}/control.kml`)) }));
    await page.locator('[data-testid="import-input"]').setInputFiles(kmz);
    await expect.poll(() => notice(page).textContent(), { timeout: 30_000 }).toContain('已导入 control-kmz.zip：3 个要素');
    await settle(page);
    await expectInPlace(page, 3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without its .prj: refused naming EPSG:4529; with EPSG:4529 chosen in the menu, drawn in place (English)', async () => {
    const { page } = await openPage(s, '?lang=en');
    const dir = `${GIS}/shp-4529-gbk`;
    const file = resolve(SCREENSHOT_DIR, 'control-no-prj.zip');
    writeFileSync(file, zipSync(Object.fromEntries(readdirSync(dir).filter((f) => !f.endsWith('.prj')).map((f) => [f, new Uint8Array(readFileSync(`${dir}/${f}`))]))));
    await page.locator('[data-testid="import-input"]').setInputFiles(file);
    const box = page.locator('[data-testid="import-errors"]');
    await box.waitFor({ timeout: 30_000 });
    expect(await box.textContent()).toMatch(/zone 41 in front.*choose EPSG:4529/);
    await screenshot(page, 'import-4-no-prj');
    await box.getByRole('button', { name: 'Close' }).click();
    await page.locator('[data-testid="open-import"]').click();
    await page.locator('[data-testid="import-crs"]').selectOption('epsg4529');
    await page.locator('[data-testid="import-input"]').setInputFiles(file);
    await expect.poll(() => notice(page).textContent(), { timeout: 30_000 }).toContain('CRS: EPSG:4529 (as chosen)');
    await settle(page);
    await expectInPlace(page, 3);
    await page.close();
  });
});

describe('import: what a file cannot do to the app (issue 16)', () => {
  it('property names such as toString and hasOwnProperty are only names: the popup shows each row as written', async () => {
    const { page, errors } = await openPage(s);
    const file = resolve(SCREENSHOT_DIR, 'import-proto-names.geojson');
    const properties = { 地块: 'A-01', toString: '某公司', hasOwnProperty: 'x', valueOf: 'v' };
    const ring = [[122.06, 41.1], [122.07, 41.1], [122.07, 41.108], [122.06, 41.108], [122.06, 41.1]];
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } }] }));
    await page.locator('[data-testid="import-input"]').setInputFiles(file);
    await expect.poll(() => notice(page).textContent(), { timeout: 30_000 }).toContain('已导入 import-proto-names.geojson');
    await settle(page);
    const pt = await screenPointOf(page, [122.065, 41.104]);
    await page.mouse.click(pt.x, pt.y);
    const popup = page.locator('[data-testid="imported-popup"]');
    await popup.waitFor({ timeout: 10_000 });
    const rows = await popup.locator('tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]));
    expect(rows).toEqual(Object.entries(properties));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('one import at a time: the input is disabled while a file is read, a file dropped meanwhile is refused; the notice expires', async () => {
    const { page, errors } = await openPage(s);
    const big = resolve(SCREENSHOT_DIR, 'import-big.geojson');
    // Just under the import's limit of 100,000 positions (4,700 × 21), so that reading it takes a while.
    writeFileSync(big, squares(4700));
    const input = page.locator('[data-testid="import-input"]');
    await input.setInputFiles(big);
    await expect.poll(() => input.isDisabled(), { timeout: 2_000, interval: 50 }).toBe(true);
    // A second file dropped on the map while the first is read.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      const text = JSON.stringify({ type: 'Feature', properties: { name: 'later' }, geometry: { type: 'Point', coordinates: [122.07, 41.1] } });
      dt.items.add(new File([text], 'import-small.geojson', { type: 'application/geo+json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => notice(page).textContent(), { timeout: 10_000 }).toContain('上一个文件还在导入');
    await expect.poll(() => notice(page).textContent(), { timeout: 60_000 }).toContain('已导入 import-big.geojson：4700 个要素');
    expect(await input.isDisabled()).toBe(false);
    await settle(page);
    expect(await notice(page).textContent()).not.toContain('import-small.geojson');
    // Import notices go by themselves (20 s).
    await notice(page).locator('.notice', { hasText: '已导入 import-big.geojson' }).waitFor({ state: 'detached', timeout: 40_000 });
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);

  it('data far from the district leave the camera where it was; the notice offers to go there', async () => {
    const { page, errors } = await openPage(s);
    const file = resolve(SCREENSHOT_DIR, 'import-far.geojson');
    writeFileSync(file, JSON.stringify({ type: 'Feature', properties: { name: '远处' }, geometry: { type: 'Point', coordinates: [10, 50] } }));
    const before = await centre(page);
    await page.locator('[data-testid="import-input"]').setInputFiles(file);
    await expect.poll(() => notice(page).textContent(), { timeout: 30_000 }).toContain('已导入 import-far.geojson');
    await settle(page);
    expect(await notice(page).textContent()).toContain('数据离兴隆台区很远，地图视野未移动');
    const after = await centre(page);
    expect(Math.abs(after[0]! - before[0]!) + Math.abs(after[1]! - before[1]!)).toBeLessThan(1e-6);
    await screenshot(page, 'import-5-far');
    await page.locator('[data-testid="notice-action"]').click();
    await settle(page);
    const there = await centre(page);
    expect(Math.abs(there[0]! - 10) + Math.abs(there[1]! - 50)).toBeLessThan(0.01);
    expect(errors).toEqual([]);
    await page.close();
  });
});
