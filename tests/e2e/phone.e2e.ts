import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAP_TIMEOUT_MS, openPage, screenshot, settle, startSession, type AppSession, type OpenOptions, screenPointOf } from '../support/browser.ts';
import { readRepoFile } from '../support/project.ts';

/**
 * The explorer on phones: 360×640 and 390×844 CSS px, touch, 2× pixels. No horizontal scrolling, every
 * visible target at least 44 × 44 px, the legend behind its button, the popup and the plan text in a
 * bottom sheet, and "what is planned near here" by a tap on the map and by the device's location.
 */

// The park the plan's 表5 names; its centre (a point inside it) is where the tests tap and stand.
const parks = JSON.parse(readRepoFile('geo/parks.geojson')) as GeoJSON.FeatureCollection<
  GeoJSON.Polygon,
  { id: string }
>;
const park = parks.features.find((f) => f.properties.id === 'green-island-park');
if (!park) throw new Error('geo/parks.geojson has no green-island-park');
const PARK_CENTRE = pointOnFeature(park).geometry.coordinates as [number, number];
const [PARK_LNG, PARK_LAT] = PARK_CENTRE;

const PHONES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
] as const;

let s: AppSession;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

/** A phone of the given screen: touch, mobile layout, twice the pixels. */
const phone = (viewport: { width: number; height: number }): OpenOptions => ({ viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

/** The page scrolls sideways when the document is wider than the window. */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, bodyScrollWidth: document.body.scrollWidth, innerWidth }));

async function expectNoHorizontalScroll(page: Page) {
  const o = await horizontalOverflow(page);
  expect(o.scrollWidth, JSON.stringify(o)).toBeLessThanOrEqual(o.innerWidth);
  expect(o.bodyScrollWidth, JSON.stringify(o)).toBeLessThanOrEqual(o.innerWidth);
}

/**
 * Every rendered button, link, summary, form control (a check box or radio by its label) smaller than
 * 44 × 44 CSS px. Links inside a sentence (display: inline) are WCAG 2.5.8's "inline" exception.
 */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const sel = 'button, a[href], summary, select, input:not([type="hidden"]), [role="button"]';
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (el.closest('[hidden]') || getComputedStyle(el).visibility === 'hidden') continue;
      if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') continue;
      const box = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? (el.labels?.[0] ?? el) : el;
      const r = box.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not rendered (display: none, a closed <details>)
      if (r.width < 43.5 || r.height < 43.5) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 24);
        out.push(`${el.tagName.toLowerCase()}.${el.className || '-'} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return out;
  });

async function expectPhoneFit(page: Page, what: string) {
  await expectNoHorizontalScroll(page);
  expect(await smallTargets(page), `targets under 44 px (${what})`).toEqual([]);
}


/** A sheet: fixed to the bottom of the window, at most ~60% of its height, fully on screen. */
async function sheetBox(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height, innerHeight, innerWidth };
  }, selector);
}

async function expectSheet(page: Page, selector: string) {
  const box = await sheetBox(page, selector);
  expect(box, `${selector} is on the page`).not.toBeNull();
  expect(Math.abs(box!.bottom - box!.innerHeight), 'the sheet sits on the bottom edge').toBeLessThanOrEqual(1);
  expect(box!.left).toBeGreaterThanOrEqual(0);
  expect(box!.right).toBeLessThanOrEqual(box!.innerWidth + 0.5);
  expect(box!.height, 'the sheet leaves the top 40% of the window to the map').toBeLessThanOrEqual(box!.innerHeight * 0.6 + 1);
  expect(box!.height).toBeGreaterThan(80);
}

/** The rows of the near-me list: feature ids and distances (m), in the order shown. */
async function nearbyRows(page: Page) {
  await page.locator('[data-testid="nearby-list"] [data-testid="nearby-row"]').first().waitFor({ timeout: 10_000 });
  return page.locator('[data-testid="nearby-row"]').evaluateAll((rows) =>
    rows.map((r) => ({ id: (r as HTMLElement).dataset.featureId ?? '', distanceM: Number((r as HTMLElement).dataset.distanceM) })),
  );
}

function expectSortedWithin1km(rows: { id: string; distanceM: number }[]) {
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => Number.isFinite(r.distanceM) && r.distanceM >= 0 && r.distanceM <= 1000), JSON.stringify(rows)).toBe(true);
  for (let i = 1; i < rows.length; i++) expect(rows[i]!.distanceM).toBeGreaterThanOrEqual(rows[i - 1]!.distanceM);
  // The park itself comes first, at 0 m: the point is inside it.
  expect(rows[0]).toEqual({ id: 'green-island-park', distanceM: 0 });
}

/** Taps a near-me row and expects its feature's popup in the bottom sheet. */
async function openFirstRow(page: Page, id: string) {
  await page.locator(`[data-testid="nearby-row"][data-feature-id="${id}"]`).first().tap();
  const popup = page.locator(`[data-testid="feature-sheet"] [data-testid="feature-popup"][data-feature-id="${id}"]`);
  await popup.waitFor({ timeout: 10_000 });
  await expectSheet(page, '[data-testid="feature-sheet"]');
  return popup;
}

for (const vp of PHONES) {
  const tag = `phone-${vp.width}x${vp.height}`;

  describe(`a phone at ${vp.width}×${vp.height}`, () => {
    it('fits the screen: no sideways scrolling, 44 px targets, a menu, the legend behind its button', async () => {
      const { page, errors, close } = await openPage(s, '', phone(vp));
      await screenshot(page, `${tag}-01-start`);
      await expectPhoneFit(page, 'first screen');
      // The panel buttons are in the menu.
      expect(await page.locator('[data-testid="open-list"]').isVisible()).toBe(false);
      await page.locator('[data-testid="open-menu"]').tap();
      await page.locator('[data-testid="open-list"]').waitFor();
      await screenshot(page, `${tag}-02-menu`);
      await expectPhoneFit(page, 'menu open');
      await page.locator('[data-testid="open-menu"]').tap();
      // The legend: collapsed behind a visible, named button; open, it is reachable and fits.
      const toggle = page.locator('[data-testid="legend-toggle"]');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await toggle.textContent()).toMatch(/图例/);
      await toggle.tap();
      await page.locator('.legend__body').waitFor();
      await page.locator('.legend__layer summary').first().tap();
      await screenshot(page, `${tag}-03-legend`);
      await expectPhoneFit(page, 'legend open');
      const legend = await sheetBox(page, '[data-testid="legend"]');
      expect(legend!.bottom).toBeLessThanOrEqual(legend!.innerHeight);
      await toggle.tap();
      expect(await page.locator('.legend__body').count()).toBe(0);
      // The attribution is folded behind its ⓘ on a phone (three lines of credits would cover the scale
      // and the time bar); the ⓘ unfolds it and folds it again.
      const attribution = page.locator('.maplibregl-ctrl-attrib');
      expect(await attribution.getAttribute('class')).toContain('maplibregl-compact');
      expect((await attribution.boundingBox())!.height, 'folded attribution: its ⓘ only').toBeLessThanOrEqual(48);
      await attribution.locator('.maplibregl-ctrl-attrib-button').tap();
      await expect.poll(() => attribution.getAttribute('class')).toContain('maplibregl-compact-show');
      await expect.poll(() => attribution.locator('.maplibregl-ctrl-attrib-inner').isVisible()).toBe(true);
      expect(await attribution.textContent()).toMatch(/兴政发/);
      await screenshot(page, `${tag}-04-attribution-open`);
      await attribution.locator('.maplibregl-ctrl-attrib-button').tap();
      await expect.poll(() => attribution.getAttribute('class')).not.toContain('maplibregl-compact-show');
      expect(errors).toEqual([]);
      await close();
    });

    it('a tapped feature opens in a bottom sheet with its status, and its plan text opens in the sheet', async () => {
      const { page, errors, close } = await openPage(s, `?c=${PARK_LNG},${PARK_LAT},15`, phone(vp));
      const at = await screenPointOf(page, PARK_CENTRE);
      await page.touchscreen.tap(at.x, at.y);
      const sheet = page.locator('[data-testid="feature-sheet"]');
      const popup = sheet.locator('[data-testid="feature-popup"][data-feature-id="green-island-park"]');
      await popup.waitFor({ timeout: 10_000 });
      await settle(page);
      // In the sheet, not in a map popup that could leave the screen.
      expect(await page.locator('.maplibregl-popup').count()).toBe(0);
      await expectSheet(page, '[data-testid="feature-sheet"]');
      expect(await popup.locator('[data-testid="feature-status"] .status-badge').textContent()).toMatch(/^(规划|在建|已完成|超额完成|基本完成|未完成|现状)$/);
      expect(await popup.locator('[data-testid="feature-status"]').textContent()).toMatch(/截至 \d{4}-\d{2}-\d{2}/);
      // The feature stays in view above the sheet.
      const selected = await screenPointOf(page, PARK_CENTRE);
      const top = (await sheetBox(page, '[data-testid="feature-sheet"]'))!.top;
      expect(selected.y, 'the feature is above the sheet').toBeLessThan(top);
      await screenshot(page, `${tag}-10-feature-sheet`);
      await expectPhoneFit(page, 'feature sheet');
      // What, status and when lead, in plain words; the measures and geometry notes wait behind 「详情」.
      const more = popup.locator('[data-testid="feature-more"]');
      expect(await more.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await popup.locator('[data-testid="feature-measures"]').isVisible()).toBe(false);
      expect(await popup.locator('[data-testid="feature-accuracy"]').isVisible()).toBe(false);
      expect(await popup.locator('[data-testid="plan-link"]').first().isVisible()).toBe(true);
      expect(await more.locator(':scope > summary').textContent()).toBe('详情');
      await more.locator(':scope > summary').tap();
      await popup.locator('[data-testid="feature-measures"]').waitFor();
      await screenshot(page, `${tag}-12-feature-sheet-details`);
      // Scrolled so that the measures' header is at the sheet's top, the × does not cover it.
      await popup.locator('[data-testid="feature-measures"] thead').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const closeBox = (await page.locator('.feature-sheet__close').boundingBox())!;
      const headBox = (await popup.locator('[data-testid="feature-measures"] thead').boundingBox())!;
      expect(closeBox.y + closeBox.height, 'the × sits above the scrolled table header').toBeLessThanOrEqual(headBox.y + 0.5);
      await screenshot(page, `${tag}-13-feature-sheet-scrolled`);
      await expectPhoneFit(page, 'feature sheet, details open');
      await more.locator(':scope > summary').tap();

      await popup.locator('[data-testid="plan-link"][data-plan-ref="t5-r7"]').tap();
      const plan = page.locator('[data-testid="plan-panel"]');
      await plan.waitFor({ timeout: 10_000 });
      await page.locator('[data-testid="plan-panel"] .is-target').first().waitFor({ timeout: 10_000 });
      await expectSheet(page, '[data-testid="plan-panel"]');
      // The plan sheet is on top: the feature's sheet waits under it.
      expect(await sheet.isVisible()).toBe(false);
      await page.waitForTimeout(600);
      await screenshot(page, `${tag}-11-plan-sheet`);
      await expectPhoneFit(page, 'plan sheet');
      await plan.locator('.plan-panel__header button[aria-label]').last().tap();
      await popup.waitFor({ timeout: 5_000 });
      // The sheet's close button closes the feature.
      await page.locator('.feature-sheet__close').tap();
      await expect.poll(() => sheet.isVisible()).toBe(false);
      expect(errors).toEqual([]);
      await close();
    });

    it('"planned near here" by a tap on the map lists the items within 1 km, nearest first', async () => {
      const { page, errors, close } = await openPage(s, `?c=${PARK_LNG},${PARK_LAT},14`, phone(vp));
      await page.locator('[data-testid="open-nearby"]').tap();
      await page.locator('[data-testid="nearby-status"]').filter({ hasText: /点选/ }).waitFor({ timeout: 10_000 });
      await screenshot(page, `${tag}-20-nearby-pick`);
      await expectPhoneFit(page, 'near me, picking');
      const at = await screenPointOf(page, PARK_CENTRE);
      const pickSheet = await sheetBox(page, '[data-testid="nearby-panel"]');
      expect(at.y, 'the park is above the picking sheet').toBeLessThan(pickSheet!.top);
      await page.touchscreen.tap(at.x, at.y);
      const rows = await nearbyRows(page);
      expectSortedWithin1km(rows);
      // Tapping picked a point: it selected nothing.
      expect(await page.locator('[data-testid="feature-sheet"]').isVisible()).toBe(false);
      await settle(page);
      // The 1 km circle is drawn while the list is open.
      expect(await page.evaluate(() => (window as unknown as { planMap: { getLayer(id: string): unknown } }).planMap.getLayer('overlay-nearby-line') !== undefined)).toBe(true);
      await expectSheet(page, '[data-testid="nearby-panel"]');
      await screenshot(page, `${tag}-21-nearby-list`);
      await expectPhoneFit(page, 'near me, list');
      const popup = await openFirstRow(page, rows[0]!.id);
      expect(await popup.locator('[data-testid="feature-status"]').textContent()).toMatch(/截至/);
      await screenshot(page, `${tag}-22-nearby-popup`);
      // Closing the feature returns to the list; closing the list removes the circle.
      await page.locator('.feature-sheet__close').tap();
      await page.locator('[data-testid="nearby-list"]').waitFor();
      await page.locator('[data-testid="nearby-panel"] .plan-panel__header button').last().tap();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { planMap: { getLayer(id: string): unknown } }).planMap.getLayer('overlay-nearby-line') === undefined))
        .toBe(true);
      expect(errors).toEqual([]);
      await close();
    });
  });
}

describe('"planned near here" by the device location (360×640)', () => {
  it('with the permission granted and the location in the park, lists the same items', async () => {
    const vp = PHONES[0];
    const { page, errors, close } = await openPage(s, '', {
      ...phone(vp),
      geolocation: { latitude: PARK_LAT, longitude: PARK_LNG, accuracy: 10 },
      permissions: ['geolocation'],
    });
    await page.locator('[data-testid="open-nearby"]').tap();
    await page.locator('[data-testid="nearby-locate"]').tap();
    const rows = await nearbyRows(page);
    expectSortedWithin1km(rows);
    expect(await page.locator('[data-testid="nearby-summary"]').textContent()).toMatch(/你的位置/);
    await settle(page);
    // The camera came to the location: the park is on screen, above the sheet.
    const at = await screenPointOf(page, PARK_CENTRE);
    const sheet = await sheetBox(page, '[data-testid="nearby-panel"]');
    expect(at.y).toBeGreaterThan(0);
    expect(at.y).toBeLessThan(sheet!.top);
    await screenshot(page, 'phone-360x640-30-nearby-location');
    await openFirstRow(page, rows[0]!.id);
    expect(errors).toEqual([]);
    await close();
  });

  it('says so when the location is not allowed', async () => {
    const { page, errors, close } = await openPage(s, '', { ...phone(PHONES[0]), permissions: [] });
    await page.locator('[data-testid="open-nearby"]').tap();
    await page.locator('[data-testid="nearby-locate"]').tap();
    const status = page.locator('[data-testid="nearby-status"][data-locate="denied"]');
    await status.waitFor({ timeout: MAP_TIMEOUT_MS });
    expect(await status.textContent()).toMatch(/未获准/);
    expect(await page.locator('[data-testid="nearby-row"]').count()).toBe(0);
    await screenshot(page, 'phone-360x640-31-nearby-denied');
    expect(errors).toEqual([]);
    await close();
  });
});

it('the park centre used by these tests lies inside the park', () => {
  expect(booleanPointInPolygon(PARK_CENTRE, park)).toBe(true);
});
