import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { area, pointOnFeature } from '@turf/turf';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, openFeature, screenshot, settle, SCREENSHOT_DIR, startSession, type AppSession, screenPointOf } from '../support/browser.ts';
import { loadTestProject, repoPath } from '../support/project.ts';

let s: AppSession;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

type MapHandle = {
  queryRenderedFeatures(o?: object): { properties: { id: string; status: string; layer: string } }[];
  project(ll: [number, number]): { x: number; y: number };
  getCanvas(): HTMLCanvasElement;
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  jumpTo(o: object): void;
  getSource(id: string): unknown;
};

const rendered = (page: Page) =>
  page.evaluate(() => {
    const m = (window as unknown as { planMap: MapHandle }).planMap;
    const out: Record<string, string> = {};
    // A cluster (points counted together at low zoom) is no place of its own: readable.e2e.ts checks its counts.
    for (const f of m.queryRenderedFeatures()) if (!('cluster' in f.properties)) out[f.properties.id] = f.properties.status;
    return out;
  });


describe('layer panel and filters', () => {
  it('a status filter changes the counts, the map and the list', async () => {
    const { page } = await openPage(s);
    const total = await page.locator('[data-testid="filter-total"]').textContent();
    await page.locator('[data-testid="filters"] summary').click();
    await page.locator('[data-testid="filter-status-exceeded"]').check();
    await settle(page);
    const after = await page.locator('[data-testid="filter-total"]').textContent();
    expect(after).not.toBe(total);
    const shown = Number(/显示 (\d+)/.exec(after ?? '')?.[1]);
    expect(shown).toBeGreaterThan(0);
    // Only exceeded plan features remain, besides the frame (district, sub-districts) and the base.
    // A filter is a style change, which does not make the map un-idle (settle may return before the
    // next frame draws it): poll the drawn features until they show it.
    const others = async () => Object.values(await rendered(page)).filter((st) => !['exceeded', 'existing'].includes(st));
    await expect.poll(others, { timeout: 10_000 }).toEqual([]);
    expect(Object.values(await rendered(page))).toContain('exceeded');
    expect(new URL(page.url()).searchParams.get('status')).toBe('exceeded');
    await page.locator('[data-testid="open-list"]').click();
    await expect.poll(() => page.locator('[data-testid="list-row"]').count()).toBe(shown);
    await screenshot(page, '20-filter-exceeded-list');
    await page.close();
  });

  it('hides a layer and changes its opacity', async () => {
    const { page } = await openPage(s);
    await page.locator('.legend__layer[data-layer-id="schools"] summary label').click();
    await settle(page);
    // A style change does not make the map un-idle (settle returns at once): the next frames draw it.
    const schoolsDrawn = async () => Object.keys(await rendered(page)).some((id) => id.startsWith('school-') || id.startsWith('kindergarten-'));
    await expect.poll(schoolsDrawn, { timeout: 10_000 }).toBe(false);
    await page.locator('.legend__layer[data-layer-id="parks"] summary').click({ position: { x: 200, y: 8 } });
    await page.locator('[data-testid="layer-opacity-parks"]').fill('0.4');
    const op = await page.evaluate(() =>
      (window as unknown as { planMap: { getPaintProperty(l: string, p: string): unknown } }).planMap.getPaintProperty(
        'parks-fill',
        'fill-opacity',
      ),
    );
    expect(op).toBeCloseTo(0.3 * 0.4, 5);
    expect(new URL(page.url()).searchParams.get('op')).toBe('parks:0.4');
    await page.close();
  });
});

describe('search', () => {
  it('pinyin initials find the green-island park and Enter flies there', async () => {
    const { page } = await openPage(s);
    const input = page.locator('[data-testid="search-input"]');
    await input.click();
    await input.fill('ldgy');
    const first = page.locator('[data-testid="search-place"]').first();
    await expect.poll(() => first.getAttribute('data-id'), { timeout: 20_000 }).toBe('green-island-park');
    await screenshot(page, '21-search-ldgy');
    await input.press('Enter');
    await settle(page);
    await page.locator('[data-testid="feature-popup"][data-feature-id="green-island-park"]').waitFor();
    // Full pinyin and plan passages too.
    await input.fill('lvdao');
    await expect.poll(() => first.getAttribute('data-id')).toBe('green-island-park');
    await input.fill('9平方公里');
    const planHit = page.locator('[data-testid="search-plan"][data-id="s14"]');
    await planHit.waitFor();
    await planHit.dispatchEvent('mousedown');
    await page.locator('[data-testid="plan-panel"] section[data-plan-id="s14"].is-target').waitFor();
    await page.close();
  });
});

describe('list view', () => {
  it('a row selects the feature on the map, and the map selection marks the row', async () => {
    const { page } = await openPage(s, '?panel=list');
    const row = page.locator('[data-testid="list-row"][data-feature-id="residential-zone-9km2"]');
    await row.locator('button').click();
    await settle(page);
    await page.locator('[data-testid="feature-popup"][data-feature-id="residential-zone-9km2"]').waitFor();
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    // Sorting by area puts the largest area last when ascending.
    await page.locator('[data-testid="list-sort-measure"]').click();
    const ids = await page.locator('[data-testid="list-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-feature-id')));
    expect(ids.indexOf('residential-zone-9km2')).toBeGreaterThan(ids.indexOf('green-island-park'));
    // The district and sub-district outlines are not plan items: not listed (issue 14).
    expect(ids.filter((id) => id === 'xinglongtai-district' || id?.startsWith('subdistrict-'))).toEqual([]);
    // No empty 街道 column; the as-of date on one line.
    expect(await page.locator('[data-testid="list-sort-subdistrict"]').count()).toBe(0);
    const asOfLines = await page.locator('[data-testid="list-row"] td.list__asof').evaluateAll((tds) =>
      tds.map((td) => {
        const r = document.createRange();
        r.selectNodeContents(td);
        return r.getClientRects().length;
      }),
    );
    expect(asOfLines.length).toBeGreaterThan(0);
    expect(asOfLines.every((n) => n === 1), 'every 截至 date on one line').toBe(true);
    // A schematic area's measure is rounded and marked 示意; the road-bounded (approximate) zone's is not.
    const schematic = page.locator('[data-testid="list-row"][data-feature-id="park-siji"] td').last();
    expect(await schematic.locator('[data-testid="figure-mark"]').textContent()).toBe('示意');
    expect(await row.locator('[data-testid="figure-mark"]').count()).toBe(0);
    await schematic.scrollIntoViewIfNeeded();
    await screenshot(page, '22-list');
    await page.close();
  });
});

describe('share links', () => {
  it('a copied link reproduces the same view in a new page', async () => {
    const { page } = await openFeature(s, 'green-island-park');
    await page.locator('[data-testid="filters"] summary').click();
    await page.locator('[data-testid="filter-period-14th-plan"]').check();
    await page.locator('.legend__layer[data-layer-id="schools"] summary label').click();
    await page.evaluate(() => (window as unknown as { planMap: MapHandle }).planMap.jumpTo({ center: [122.07, 41.11], zoom: 13.2 }));
    await settle(page);
    await page.locator('[data-testid="copy-link"]').click();
    await page.locator('[data-testid="notices"]').waitFor();
    const url = page.url();
    const params = new URL(url).searchParams;
    expect(params.get('v')).toBe('1');
    expect(params.get('c')).toMatch(/^122\.07,41\.11,13\.2$/);
    const before = await rendered(page);
    expect(url.startsWith(s.baseUrl), url).toBe(true);
    const { page: other } = await openPage(s, url.slice(s.baseUrl.length));
    await settle(other);
    await other.locator('[data-testid="feature-popup"][data-feature-id="green-island-park"]').waitFor();
    const cam = await other.evaluate(() => {
      const m = (window as unknown as { planMap: MapHandle }).planMap;
      return { ...m.getCenter(), zoom: m.getZoom() };
    });
    expect(cam.lng).toBeCloseTo(122.07, 4);
    expect(cam.lat).toBeCloseTo(41.11, 4);
    expect(cam.zoom).toBeCloseTo(13.2, 2);
    expect(await other.locator('[data-testid="filter-period-14th-plan"]').isChecked()).toBe(true);
    expect(await other.locator('[data-testid="layer-toggle-schools"]').isChecked()).toBe(false);
    expect(Object.keys(await rendered(other)).sort()).toEqual(Object.keys(before).sort());
    await page.close();
    await other.close();
  });

  it('a malformed link opens the default view with a notice', async () => {
    const { page, errors } = await openPage(s, '?v=1&c=NaN,41,999&status=%3Cimg%20src%3Dx%3E&year=1999');
    const notices = await page.locator('[data-testid="notices"]').textContent();
    expect(notices).toContain('c');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('measure', () => {
  it('measures a known polygon', async () => {
    const { page } = await openPage(s);
    await page.evaluate(() => (window as unknown as { planMap: MapHandle }).planMap.jumpTo({ center: [122.08, 41.12], zoom: 13 }));
    await settle(page);
    const ring: [number, number][] = [
      [122.07, 41.11],
      [122.09, 41.11],
      [122.09, 41.125],
      [122.07, 41.125],
    ];
    await page.locator('[data-testid="measure-polygon"]').click();
    for (const ll of ring) {
      const p = await screenPointOf(page, ll);
      await page.mouse.click(p.x, p.y);
    }
    await page.keyboard.press('Enter');
    const m2Text = await page.locator('[data-testid="measure-area-m2"]').textContent();
    const measured = Number((m2Text ?? '').replace(/[^\d.]/g, ''));
    const expected = area({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] });
    // Clicks land on whole pixels (about 10 m here): the area agrees within 1%.
    expect(Math.abs(measured - expected) / expected).toBeLessThan(0.01);
    expect(await page.locator('[data-testid="measure-area-mu"]').textContent()).toMatch(/亩/);
    expect(await page.locator('[data-testid="measure-area-ha"]').textContent()).toMatch(/公顷/);
    // The measured polygon is drawn on its overlay (MapLibre draws a new source's data a frame or a
    // worker round trip later: wait for it, then picture it).
    await page.waitForFunction(
      () => {
        const m = (window as unknown as { planMap: { getLayer(id: string): unknown; queryRenderedFeatures(o: { layers: string[] }): unknown[] } }).planMap;
        return m.getLayer('overlay-measure-fill') !== undefined && m.queryRenderedFeatures({ layers: ['overlay-measure-fill'] }).length > 0;
      },
      undefined,
      { timeout: 15_000 },
    );
    await settle(page);
    await screenshot(page, '23-measure-polygon');
    await page.close();
  });
});

describe('life circles', () => {
  it('reports the share of each area covered by each circle', async () => {
    const { page } = await openPage(s, '?panel=analysis');
    await page.locator('[data-testid="run-analysis"]').click();
    const table = page.locator('[data-testid="analysis-table"]');
    await table.waitFor({ timeout: 90_000 });
    const zone = table.locator('[data-testid="analysis-row"][data-area-id="residential-zone-9km2"]');
    const shares = await zone.locator('td[data-radius]').allTextContents();
    expect(shares).toHaveLength(3);
    // The school sites are schematic: each share is rounded (to 5 points) and marked 示意.
    for (const t of shares) expect(t).toMatch(/^\d+%示意$/);
    const values = shares.map((t) => Number(/^\d+/.exec(t)?.[0]));
    for (const v of values) expect(v % 5).toBe(0);
    for (const v of values) expect(v).toBeGreaterThanOrEqual(0);
    expect(values[0]! <= values[1]! && values[1]! <= values[2]!).toBe(true);
    expect(await page.locator('[data-testid="analysis-panel"]').textContent()).toContain('直线距离');
    // The sub-districts are seat points, not boundaries: the panel says none are loaded and how to load them.
    const noSubs = await page.locator('[data-testid="analysis-no-subdistricts"]').textContent();
    expect(noSubs).toContain('未载入街道边界');
    expect(noSubs).toContain('npm run data:import');
    expect(await table.locator('[data-testid="analysis-row"][data-area-id^="subdistrict-"]').count()).toBe(0);
    await settle(page);
    expect(await page.evaluate(() => Boolean((window as unknown as { planMap: MapHandle }).planMap.getSource('overlay-life-circles')))).toBe(true);
    await screenshot(page, '24-life-circles');
    await page.close();
  });
});

describe('planned near here', () => {
  it('says no sub-district boundaries are loaded (the sub-districts are seat points)', async () => {
    // Centred in the green-island park (approximate: bounded by its roads), among schematic sites.
    const park = loadTestProject().store.byId.get('green-island-park');
    const [lng, lat] = pointOnFeature(park as unknown as GeoJSON.Feature).geometry.coordinates;
    const { page, errors } = await openPage(s, `?c=${lng},${lat},14`);
    await page.locator('[data-testid="open-nearby"]').click();
    await page.locator('[data-testid="nearby-centre"]').click();
    const sub = page.locator('[data-testid="nearby-subdistrict"]');
    await sub.waitFor({ timeout: 10_000 });
    expect(await sub.getAttribute('data-state')).toBe('none-loaded');
    expect(await sub.textContent()).toContain('npm run data:import');
    // Seat points are not plan items: none is listed.
    expect(await page.locator('[data-testid="nearby-row"][data-feature-id^="subdistrict-"]').count()).toBe(0);
    // A distance to a schematic site is rounded to 100 m and marked 示意; one to known geometry is not.
    const accuracy = new Map([...loadTestProject().store.byId.values()].map((f) => [f.properties.id, f.properties.accuracy]));
    const rows = await page.locator('[data-testid="nearby-row"]').evaluateAll((els) =>
      els.map((e) => ({ id: e.getAttribute('data-feature-id') ?? '', text: e.querySelector('.nearby__distance')?.textContent ?? '', marked: e.querySelector('[data-testid="figure-mark"]') !== null })),
    );
    expect(rows.some((r) => accuracy.get(r.id) === 'schematic')).toBe(true);
    expect(rows.some((r) => accuracy.get(r.id) !== 'schematic')).toBe(true);
    for (const r of rows) {
      expect(r.marked, r.id).toBe(accuracy.get(r.id) === 'schematic');
      if (r.marked) expect(r.text, r.id).toMatch(/^(< 100 m|\d*00 m|\d\.\d km)/);
    }
    await settle(page);
    await screenshot(page, '24b-nearby-no-subdistricts');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('export', () => {
  it('GeoJSON and CSV of the filtered features parse back', async () => {
    const { page } = await openPage(s, '?status=completed');
    const shown = Number(/显示 (\d+)/.exec((await page.locator('[data-testid="filter-total"]').textContent()) ?? '')?.[1]);
    await page.locator('[data-testid="open-export"]').click();
    const [gj] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-geojson"]').click()]);
    const geo = JSON.parse(readFileSync(await gj.path(), 'utf8')) as {
      type: string;
      metadata: { statusAsOfEndOf: number | null };
      features: { statusShown: { status: string } | null; properties: { statusHistory: { status: string }[] } }[];
    };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBeGreaterThan(0);
    expect(geo.metadata.statusAsOfEndOf).toBeNull();
    // The status shown is the history's latest entry (no year chosen).
    expect(geo.features.every((f) => f.statusShown?.status === f.properties.statusHistory.at(-1)?.status)).toBe(true);
    expect(geo.features.every((f) => f.statusShown?.status === 'completed' || f.statusShown?.status === 'existing')).toBe(true);
    await page.locator('[data-testid="open-export"]').click();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-csv"]').click()]);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('已完成');
    expect(geo.features.length).toBeLessThanOrEqual(shown + 10);
    await page.close();
  });

  it('the map as a PNG with title, legend and scale bar, on screen and at print size', async () => {
    const { page } = await openPage(s);
    await page.locator('[data-testid="open-export"]').click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-png-screen"]').click()]);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    writeFileSync(resolve(SCREENSHOT_DIR, '25-export-screen.png'), bytes);
    await page.locator('[data-testid="open-export"]').click();
    const [a4] = await Promise.all([
      page.waitForEvent('download', { timeout: 110_000 }),
      page.locator('[data-testid="export-png-A4-150"]').click(),
    ]);
    const a4bytes = readFileSync(await a4.path());
    // PNG IHDR: width and height at bytes 16–23. A4 landscape at 150 dpi is 1754 × 1240.
    expect([a4bytes.readUInt32BE(16), a4bytes.readUInt32BE(20)]).toEqual([1754, 1240]);
    writeFileSync(resolve(SCREENSHOT_DIR, '26-export-a4-150.png'), a4bytes);
    await page.close();
  }, 180_000);
});

describe('import', () => {
  const fixtures = repoPath('tests/fixtures/import');
  it('a valid file is drawn as a temporary layer with a text-only popup', async () => {
    const { page } = await openPage(s);
    const file = resolve(SCREENSHOT_DIR, 'import-valid.geojson');
    writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { 名称: '测试地块 <img src=x onerror=alert(1)>', 面积: 12 },
            geometry: { type: 'Polygon', coordinates: [[[122.06, 41.1], [122.07, 41.1], [122.07, 41.108], [122.06, 41.108], [122.06, 41.1]]] },
          },
        ],
      }),
    );
    const before = await rendered(page);
    await page.locator('[data-testid="import-input"]').setInputFiles(file);
    await expect.poll(() => page.locator('[data-testid="notices"]').textContent(), { timeout: 30_000 }).toContain('已导入');
    await settle(page);
    const pt = await screenPointOf(page, [122.065, 41.104]);
    await page.mouse.click(pt.x, pt.y);
    const popup = page.locator('[data-testid="imported-popup"]');
    await popup.waitFor();
    expect(await popup.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await popup.locator('img').count()).toBe(0);
    await screenshot(page, '27-import-valid');
    // The plan's own layers are unchanged by the import.
    const after = await rendered(page);
    for (const id of Object.keys(before).filter((id) => id === 'xinglongtai-district')) expect(after[id]).toBe(before[id]);
    await page.close();
  });

  it('broken files get a located message and nothing on the map changes', async () => {
    const { page } = await openPage(s);
    const cases: [string, RegExp][] = [
      ['{"type":"FeatureCollection","features":[{"type":"Feature",', /第 1 行/],
      [
        JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [41.1, 122.07] } }] }),
        /features\[0\]\.geometry\.coordinates/,
      ],
      [
        JSON.stringify({
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[122, 41], [122.1, 41], [122.1, 41.1]]] } }],
        }),
        /features\[0\]\.geometry\.coordinates\[0\]/,
      ],
    ];
    for (const [i, [text, where]] of cases.entries()) {
      const file = resolve(SCREENSHOT_DIR, `import-broken-${i}.geojson`);
      writeFileSync(file, text);
      await page.locator('[data-testid="import-input"]').setInputFiles(file);
      const box = page.locator('[data-testid="import-errors"]');
      await box.waitFor({ timeout: 30_000 });
      expect(await box.textContent()).toMatch(where);
      if (i === 1) await screenshot(page, '28-import-broken');
      const sources = () => Object.keys((window as unknown as { planMap: { getStyle(): { sources: object } } }).planMap.getStyle().sources);
      expect(await page.evaluate(() => document.querySelectorAll('[data-testid="import-row"]').length)).toBe(0);
      expect((await page.evaluate(sources)).filter((k) => k.startsWith('overlay-import'))).toEqual([]);
      await box.getByRole('button', { name: '关闭' }).click();
    }
    void fixtures;
    await page.close();
  });
});
