/**
 * Imports of any size (issue 16, items 1, 2, 9): a 1M-vertex ring, a 49 MB file of points, a
 * MultiPoint and a GeometryCollection of 1M points are refused up front with their counts, the page's
 * main thread never blocked over 200 ms (PerformanceObserver longtask) and the page alive; five files
 * just under the position limit in a row, then one just under the feature limit (points), stay on the
 * map with no main-thread task over 300 ms (see the test: MapLibre's own parse of each file on the main
 * thread), each listed with its name and count, and removing
 * them gives the memory back; two files at once, one removed with its own button while the other stays.
 * The files are generated here, under tests/output/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, settle, startSession, type AppSession } from '../support/browser.ts';
import { heapAfterGcMB } from '../support/memory.ts';
import { repoPath } from '../support/project.ts';
import { MAX_FEATURES, MAX_POSITIONS } from '../../src/features/import/importLimits.ts';

let s: AppSession;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

const OUT = repoPath('tests/output/import-scale');
mkdirSync(OUT, { recursive: true });
const write = (name: string, text: string) => {
  const file = resolve(OUT, name);
  writeFileSync(file, text);
  return file;
};

/** Notes the longest main-thread task (Chromium's longtask entries) since the last reset. */
const LONGTASKS = `(() => {
  window.__longest = 0;
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask', buffered: false });
})();`;
const longest = (page: Page) => page.evaluate(() => Math.round((window as unknown as { __longest: number }).__longest));
const resetLongest = (page: Page) => page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));

const circle = (n: number, r = 0.02): number[][] => {
  const ring = Array.from({ length: n }, (_, k) => [121.8 + r * Math.cos((k / n) * 2 * Math.PI), 41.1 + r * Math.sin((k / n) * 2 * Math.PI)]);
  return [...ring, ring[0]!];
};
const feature = (geometry: object) => JSON.stringify({ type: 'Feature', properties: { name: '大文件' }, geometry });

/** `n` small squares of 20 vertices near the district (21 positions each: 4,700 is 98,700 positions, just under the limit). */
const squares = (n: number, dx = 0) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: Array.from({ length: n }, (_, i) => {
      const x = 121.7 + dx + (i % 100) * 0.005;
      const y = 41.0 + Math.floor(i / 100) * 0.005;
      const ring = Array.from({ length: 20 }, (_, k) => [x + 0.002 * Math.cos((k / 20) * 2 * Math.PI), y + 0.002 * Math.sin((k / 20) * 2 * Math.PI)]);
      return { type: 'Feature', properties: { name: `地块${i}` }, geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } };
    }),
  });

/** About `mb` MB of point features, written in pieces (no one 49 MB JSON.stringify). */
function pointsOfMb(mb: number): { text: string; count: number } {
  const parts: string[] = [];
  let size = 40;
  let i = 0;
  while (size < mb * 2 ** 20 - 200) {
    const p = `{"type":"Feature","properties":{"name":"点${i}","code":"XLT-${String(i).padStart(7, '0')}"},"geometry":{"type":"Point","coordinates":[${(121.7 + (i % 1000) * 0.0002).toFixed(6)},${(41 + Math.floor(i / 1000) * 0.0002).toFixed(6)}]}}`;
    parts.push(p);
    size += p.length + 1;
    i++;
  }
  return { text: `{"type":"FeatureCollection","features":[${parts.join(',')}]}`, count: i };
}

const input = (page: Page) => page.locator('[data-testid="import-input"]');
const errors = (page: Page) => page.locator('[data-testid="import-errors"]');
const rows = (page: Page) => page.locator('[data-testid="import-row"]');
const notice = (page: Page) => page.locator('[data-testid="notices"]');
const alive = (page: Page) => page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(1 + 1))));

/** Imports `file` and waits for its card of problems; returns its text. */
async function refused(page: Page, file: string): Promise<string> {
  await input(page).setInputFiles(file);
  // From the change event on: Playwright's own copy of a 49 MB file into the page is not the app's work.
  await resetLongest(page);
  await errors(page).waitFor({ timeout: 90_000 });
  const text = (await errors(page).textContent()) ?? '';
  await errors(page).getByRole('button').click();
  return text;
}

describe('imports of any size', () => {
  it('1M-vertex ring, 49 MB of points, 1M-point MultiPoint and GeometryCollection: refused with their counts, no task over 200 ms, page alive', async () => {
    const { page, errors: pageErrors, close } = await openPage(s, '', { initScripts: [LONGTASKS] });
    const pts = pointsOfMb(49);
    // Four decimals (about 10 m): the GeometryCollection stays under the 50 MB size limit (47.7 MB), as the 48 MB file did.
    const million = circle(1_000_000).slice(0, 1_000_000).map(([x, y]) => [Number(x!.toFixed(4)), Number(y!.toFixed(4))]);
    const cases: [string, string, RegExp][] = [
      ['ring-1m.geojson', feature({ type: 'Polygon', coordinates: [circle(1_000_000)] }), /1,000,001/],
      ['points-49mb.geojson', pts.text, new RegExp(pts.count.toLocaleString('en-US'))],
      ['multipoint-1m.geojson', feature({ type: 'MultiPoint', coordinates: million }), /1,000,000/],
      ['collection-1m.geojson', feature({ type: 'GeometryCollection', geometries: million.map((c) => ({ type: 'Point', coordinates: c })) }), /1,000,000/],
    ];
    for (const [name, text, count] of cases) {
      const file = write(name, text);
      const said = await refused(page, file);
      expect(said, name).toMatch(count);
      const ms = await longest(page);
      console.log(`${name}: longest main-thread task ${ms} ms`);
      expect(ms, `${name}: longest main-thread task (ms)`).toBeLessThanOrEqual(200);
      expect(await alive(page)).toBe(2);
      if (name.startsWith('ring')) {
        await input(page).setInputFiles(file);
        await errors(page).waitFor({ timeout: 90_000 });
        await screenshot(page, 'import-scale-1-refused');
        await errors(page).getByRole('button').click();
      }
    }
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('five files just under the position limit in a row and one under the feature limit stay on the map, listed, no task over 300 ms; removing them gives the memory back', async () => {
    const { page, context, errors: pageErrors, close } = await openPage(s, '', { initScripts: [LONGTASKS] });
    const cdp = await context.newCDPSession(page);
    const before = await heapAfterGcMB(cdp);
    // Just under the limits (within 5 %): raising a limit without measuring again fails here.
    const SQUARES = 4700;
    const POINTS = 14_900;
    expect(SQUARES * 21).toBeLessThanOrEqual(MAX_POSITIONS);
    expect(SQUARES * 21).toBeGreaterThan(MAX_POSITIONS * 0.95);
    expect(POINTS).toBeLessThanOrEqual(MAX_FEATURES);
    expect(POINTS).toBeGreaterThan(MAX_FEATURES * 0.95);
    const points = JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from({ length: POINTS }, (_, i) => ({ type: 'Feature', properties: { name: `点${i}` }, geometry: { type: 'Point', coordinates: [121.7 + (i % 200) * 0.0015, 40.7 + Math.floor(i / 200) * 0.0015] } })),
    });
    const files = [...Array.from({ length: 5 }, (_, k) => write(`large-${k}.geojson`, squares(SQUARES, k * 0.5))), write('points-14900.geojson', points)];
    let ms = 0;
    for (const [k, file] of files.entries()) {
      await resetLongest(page);
      await input(page).setInputFiles(file);
      await expect.poll(() => rows(page).count(), { timeout: 90_000 }).toBe(k + 1);
      await expect(alive(page)).resolves.toBe(2);
      const one = await longest(page);
      console.log(`${file.split('/').pop()}: longest main-thread task ${one} ms`);
      ms = Math.max(ms, one);
    }
    console.log(`five files of 98,700 positions and 14,900 points: longest main-thread task ${ms} ms`);
    // 300 ms, not the refused files' 200: adding a file this size has main-thread work of MapLibre's own
    // that the app does not control. MapLibre's worker cannot fetch the overlay's blob: URL, so MapLibre
    // fetches and parses it on the main thread (96–172 ms per file in long-animation-frame entries), then
    // takes the worker's tiles back (up to 198 ms). The longest task over three full runs on one build
    // was 107, 166 and 217 ms. A parse of the file on the main thread by the app would add seconds.
    expect(ms, 'longest main-thread task (ms)').toBeLessThanOrEqual(300);
    for (let k = 0; k < 5; k++) expect(await rows(page).nth(k).textContent()).toContain(`large-${k}.geojson`);
    expect(await rows(page).first().textContent()).toContain('4700');
    expect(await rows(page).nth(5).textContent()).toContain('14900');
    const loaded = await heapAfterGcMB(cdp);
    await screenshot(page, 'import-scale-2-five');
    while ((await rows(page).count()) > 0) await rows(page).first().getByRole('button').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { planMap: { getStyle(): { sources: object } } }).planMap.getStyle().sources)).not.toHaveProperty('overlay-import-1');
    const after = await heapAfterGcMB(cdp);
    console.log(`heap after GC: before ${before} MB, with five ${loaded} MB, after removing them ${after} MB`);
    // What the five held is given back (within 10 MB of the page before them, and at least half of what they took).
    expect(after, `heap before ${before} MB, with five ${loaded} MB, after removing ${after} MB`).toBeLessThan(before + 10);
    expect(loaded - after).toBeGreaterThan((loaded - before) / 2);
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('two files at once, each listed with name and count; one removed with its button, the other stays drawn', async () => {
    const { page, close } = await openPage(s, '');
    const a = write('two-a.geojson', squares(30));
    const b = write('two-b.geojson', squares(12, 0.3));
    await input(page).setInputFiles(a);
    await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBe(1);
    await input(page).setInputFiles(b);
    await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBe(2);
    expect(await rows(page).nth(0).textContent()).toMatch(/two-a\.geojson.*30/);
    expect(await rows(page).nth(1).textContent()).toMatch(/two-b\.geojson.*12/);
    await settle(page);
    await screenshot(page, 'import-scale-3-two');
    await rows(page).nth(0).getByRole('button').click();
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await rows(page).first().textContent()).toContain('two-b.geojson');
    const sources = await page.evaluate(() =>
      Object.keys((window as unknown as { planMap: { getStyle(): { sources: object } } }).planMap.getStyle().sources).filter((k) => k.startsWith('overlay-import')),
    );
    expect(sources).toHaveLength(1);
    // The one left is still drawn (MapLibre loaded it from its blob: URL).
    const drawn = () =>
      page.evaluate((id) => {
        const m = (window as unknown as { planMap: { getLayer(id: string): unknown; queryRenderedFeatures(o: object): unknown[] } }).planMap;
        return m.getLayer(`${id}-fill`) ? m.queryRenderedFeatures({ layers: [`${id}-fill`] }).length : -1;
      }, sources[0]!);
    await expect.poll(drawn, { timeout: 30_000 }).toBeGreaterThan(0);
    await settle(page);
    await screenshot(page, 'import-scale-3-one-left');
    void notice;
    await close();
  });
});
