import { bbox, pointOnFeature } from '@turf/turf';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, settle, startSession, type AppSession, type OpenOptions, screenPointOf } from '../support/browser.ts';
import { readRepoJson } from '../support/project.ts';

/**
 * A phone's first screen belongs to the map (issue 14): the planners' tools wait in one menu, no
 * container over the map catches a tap meant for it, and the map opens on the built-up area.
 */

const parks = readRepoJson<GeoJSON.FeatureCollection<GeoJSON.Polygon, { id: string }>>('geo/parks.geojson');
const park = parks.features.find((f) => f.properties.id === 'green-island-park');
if (!park) throw new Error('geo/parks.geojson has no green-island-park');
const PARK_CENTRE = pointOnFeature(park).geometry.coordinates as [number, number];
const DISTRICT = bbox(readRepoJson<GeoJSON.FeatureCollection>('geo/district.geojson'));

const SMALL = { width: 360, height: 640 };
const phone = (viewport: { width: number; height: number }): OpenOptions => ({ viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

let s: AppSession;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

/**
 * A grid of `elementFromPoint` probes (every 10 CSS px, offset by 5) over the whole window: the share
 * that lands on the map's canvas, i.e. where a tap reaches the map. The header counts against it.
 */
const tappableShare = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="map"] canvas');
    let hits = 0;
    let total = 0;
    const blockers = new Map<string, number>();
    for (let y = 5; y < innerHeight; y += 10) {
      for (let x = 5; x < innerWidth; x += 10) {
        total++;
        const el = document.elementFromPoint(x, y);
        if (el === canvas) hits++;
        else if (el) {
          const key = `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0] || '-'}`;
          blockers.set(key, (blockers.get(key) ?? 0) + 1);
        }
      }
    }
    return { share: hits / total, blockers: Object.fromEntries([...blockers].sort((a, b) => b[1] - a[1])) };
  });

const BIG = { width: 390, height: 844 };

for (const lang of ['zh', 'en'] as const) {
  describe(`a phone's first screen in ${lang}`, () => {
    it('is at least 80% map that answers a tap (360×640), and opens on the built-up area', async () => {
      const { page, errors, close } = await openPage(s, `?lang=${lang}`, phone(SMALL));
      await screenshot(page, `phone-first-${lang}-360x640-01-start`);
      const { share, blockers } = await tappableShare(page);
      console.log(`tappable share, ${lang}, 360×640: ${(share * 100).toFixed(1)}%`, JSON.stringify(blockers));
      expect(share, JSON.stringify(blockers)).toBeGreaterThanOrEqual(0.8);
      // The built-up area, not the whole district: the park is on screen at a town's zoom.
      const at = await screenPointOf(page, PARK_CENTRE);
      expect(at.x).toBeGreaterThan(0);
      expect(at.x).toBeLessThan(SMALL.width);
      expect(at.y).toBeGreaterThan(0);
      expect(at.y).toBeLessThan(SMALL.height);
      const [west, , east] = await page.evaluate(() =>
        (window as unknown as { planMap: { getBounds(): { toArray(): number[][] } } }).planMap.getBounds().toArray().flat(),
      );
      expect(east! - west!, 'the view is the town, not the district').toBeLessThan((DISTRICT[2] - DISTRICT[0]) / 2);
      expect(errors).toEqual([]);
      await close();
    });

    it('looks right at 390×844', async () => {
      const { page, errors, close } = await openPage(s, `?lang=${lang}`, phone(BIG));
      await screenshot(page, `phone-first-${lang}-390x844-01-start`);
      const { share } = await tappableShare(page);
      console.log(`tappable share, ${lang}, 390×844: ${(share * 100).toFixed(1)}%`);
      expect(share).toBeGreaterThanOrEqual(0.8);
      expect(errors).toEqual([]);
      await close();
    });
  });
}

describe('the tools on a phone', () => {
  it('a tap on the park in the English first screen opens its sheet', async () => {
    const { page, errors, close } = await openPage(s, '?lang=en', phone(SMALL));
    const at = await screenPointOf(page, PARK_CENTRE);
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, at);
    expect(hit, 'nothing over the park').toBe('CANVAS');
    await page.touchscreen.tap(at.x, at.y);
    await page.locator('[data-testid="feature-sheet"] [data-testid="feature-popup"][data-feature-id="green-island-park"]').waitFor({ timeout: 10_000 });
    await settle(page);
    // The park stays in sight above the sheet.
    const top = await page.locator('[data-testid="feature-sheet"]').evaluate((el) => el.getBoundingClientRect().top);
    expect((await screenPointOf(page, PARK_CENTRE)).y).toBeLessThan(top);
    await screenshot(page, 'phone-first-en-360x640-02-park-sheet');
    expect(errors).toEqual([]);
    await close();
  });

  it('the planners\' tools wait in one menu that closes on an outside tap and on Esc', async () => {
    const { page, errors, close } = await openPage(s, '', phone(SMALL));
    const measure = page.locator('[data-testid="measure-polygon"]');
    expect(await measure.isVisible()).toBe(false);
    expect(await page.locator('[data-testid="open-export"]').isVisible()).toBe(false);
    await page.locator('[data-testid="open-tools"]').tap();
    await measure.waitFor();
    for (const id of ['measure-line', 'open-analysis', 'open-export', 'open-import', 'basemap-button']) {
      expect(await page.locator(`[data-testid="${id}"]`).isVisible(), id).toBe(true);
    }
    await screenshot(page, 'phone-first-zh-360x640-03-tools');
    await page.locator('.app-header h1').tap();
    await expect.poll(() => measure.isVisible()).toBe(false);
    await page.locator('[data-testid="open-tools"]').tap();
    await measure.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => measure.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('menus close on an outside click and on Esc (1440×900)', () => {
  it('the export menu', async () => {
    const { page, errors, close } = await openPage(s, '');
    const button = page.locator('[data-testid="open-export"]');
    const menu = page.locator('[data-testid="export-menu"]');
    await button.click();
    await menu.waitFor();
    await screenshot(page, 'menus-01-export-open');
    await page.mouse.click(700, 600);
    await expect.poll(() => menu.count()).toBe(0);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    await menu.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-export');
    // Opening another menu closes this one.
    await button.click();
    await menu.waitFor();
    await page.locator('[data-testid="open-import"]').click();
    await expect.poll(() => menu.count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="open-import"]').getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await close();
  });
});

for (const lang of ['zh', 'en'] as const) {
  it(`the header's subtitle is whole and 「播放」 stays on one line with a panel open (${lang}, 1440×900)`, async () => {
    const { page, errors, close } = await openPage(s, `?lang=${lang}&panel=list`);
    await page.locator('[data-testid="list-panel"]').waitFor();
    await page.locator('[data-testid="time-toggle"]').check();
    const sub = await page.locator('.app-header__en').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sub.scroll, 'the subtitle is not cut off').toBeLessThanOrEqual(sub.client);
    const play = (await page.locator('[data-testid="time-play"]').boundingBox())!;
    expect(play.height, 'one line').toBeLessThan(40);
    await screenshot(page, `header-${lang}-1440x900-list-open`);
    expect(errors).toEqual([]);
    await close();
  });
}
