/**
 * Status over time (issue 12 item 2) in the browser. The committed data has one entry per feature, so
 * the park gets a second, made-up entry here only, in the project data the page loads (never in geo/):
 * the popup shows both in its timeline, and moving the time control's year shows the older status in
 * the popup, the list and the map's colour. A 13th-plan place before its first entry says "no record".
 */
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFullyOnScreen, openPage, screenshot, settle, startSession, type AppSession, type OpenOptions } from '../support/browser.ts';
import { SECOND_ENTRY, TWO_ENTRY_ID, withSecondEntry } from '../support/statusFixture.ts';

let s: AppSession;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

async function withTwoEntries(route: Route): Promise<void> {
  const res = await route.fetch();
  const data = (await res.json()) as { collections: Record<string, object | undefined> };
  data.collections.parks = withSecondEntry(data.collections.parks!);
  return route.fulfill({ response: res, json: data });
}

const twoEntries: OpenOptions = { before: (page) => page.context().route('**/assets/project-data-*.json', withTwoEntries) };

/** Chooses a year with the time control, as a user does. */
async function chooseYear(page: Page, year: number): Promise<void> {
  const toggle = page.locator('[data-testid="time-toggle"]');
  if (!(await toggle.isChecked())) await toggle.check();
  await page.locator('[data-testid="time-slider"]').fill(String(year));
  await expect.poll(() => page.locator('[data-testid="time-year"]').textContent()).toContain(String(year));
  await settle(page);
}

/** The map canvas's colour at a longitude/latitude (averaged over 3×3 pixels). */
async function colourAt(page: Page, lngLat: [number, number]): Promise<number[]> {
  return page.evaluate((ll) => {
    const m = (window as unknown as { planMap: { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement } }).planMap;
    const src = m.getCanvas();
    const ratio = src.width / src.clientWidth;
    const p = m.project(ll);
    const c = document.createElement('canvas');
    c.width = 3;
    c.height = 3;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(src, p.x * ratio - 1, p.y * ratio - 1, 3, 3, 0, 0, 3, 3);
    const d = ctx.getImageData(0, 0, 3, 3).data;
    const sum = [0, 0, 0];
    for (let i = 0; i < d.length; i += 4) for (let k = 0; k < 3; k++) sum[k]! += d[i + k]!;
    return sum.map((v) => Math.round(v / 9));
  }, lngLat);
}

const badge = (page: Page) => page.locator('[data-testid="feature-popup"] [data-testid="feature-status"] .status-badge');

describe('a feature with two status entries', () => {
  it('shows both in the popup timeline, and the year moves the popup and the list to the older status', async () => {
    const { page, errors } = await openPage(s, `?feature=${TWO_ENTRY_ID}`, twoEntries);
    await settle(page);
    const popup = page.locator(`[data-testid="feature-popup"][data-feature-id="${TWO_ENTRY_ID}"]`);
    await popup.waitFor({ timeout: 10_000 });
    // No year: the latest entry is the status.
    expect(await badge(page).getAttribute('data-status')).toBe('completed');
    expect(await badge(page).textContent()).toBe('已完成');
    const entries = popup.locator('[data-testid="status-timeline"] [data-testid="status-entry"]');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await entries.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-as-of')} ${e.getAttribute('data-status')}`))).toEqual([
      '2021-06-16 under-construction',
      `${SECOND_ENTRY.asOf} completed`,
    ]);
    // Each entry's source: the plan row as a plan link; the outside document's host shown beside its link.
    expect(await entries.nth(0).locator('a.plan-link').textContent()).toContain('表4 第10行');
    expect(await entries.nth(1).textContent()).toContain(SECOND_ENTRY.source.label);
    expect(await entries.nth(1).textContent()).toContain('example.org');
    expect(await entries.nth(1).getAttribute('aria-current')).toBe('true');
    expect(await isFullyOnScreen(page, '.maplibregl-popup')).toBe(true);
    await screenshot(page, '40-status-timeline-popup');

    await chooseYear(page, 2023);
    await expect.poll(() => badge(page).getAttribute('data-status')).toBe('under-construction');
    expect(await badge(page).textContent()).toBe('在建');
    expect(await popup.locator('[data-testid="feature-status"]').textContent()).toContain('2023年底');
    expect(await entries.nth(0).getAttribute('aria-current')).toBe('true');
    expect(await entries.nth(1).getAttribute('aria-current')).toBeNull();
    await screenshot(page, '41-status-timeline-popup-2023');
    await page.locator('[data-testid="open-list"]').click();
    const row = page.locator(`[data-testid="list-row"][data-feature-id="${TWO_ENTRY_ID}"]`);
    await expect.poll(() => row.locator('td[data-status]').getAttribute('data-status')).toBe('under-construction');
    expect(await row.textContent()).toContain('2021-06-16');
    await chooseYear(page, 2024);
    await expect.poll(() => badge(page).getAttribute('data-status')).toBe('completed');
    await expect.poll(() => row.locator('td[data-status]').getAttribute('data-status')).toBe('completed');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the map colours the park by its status as of the chosen year', async () => {
    // Inside the park's rectangle, away from its label.
    const inside: [number, number] = [122.0645, 41.0985];
    // Coloured by status (by kind, the default, an area's fill is its kind and only its edge the status).
    const { page, errors } = await openPage(s, '?c=122.0685,41.1007,14.5&colour=status', twoEntries);
    await settle(page);
    const now = await colourAt(page, inside);
    await chooseYear(page, 2023);
    await expect.poll(() => page.evaluate(() => (window as unknown as { planMap: { getGlobalState(): Record<string, unknown> } }).planMap.getGlobalState().statusYear)).toBe('2023');
    await settle(page);
    const in2023 = await colourAt(page, inside);
    await screenshot(page, '42-status-map-2023');
    await chooseYear(page, 2024);
    await expect.poll(() => page.evaluate(() => (window as unknown as { planMap: { getGlobalState(): Record<string, unknown> } }).planMap.getGlobalState().statusYear)).toBe('2024');
    await settle(page);
    const in2024 = await colourAt(page, inside);
    const differs = (a: number[], b: number[]) => a.some((v, i) => Math.abs(v - (b[i] ?? 0)) > 12);
    expect(differs(now, in2023), `${now} vs ${in2023}`).toBe(true);
    expect(differs(now, in2024), `${now} vs ${in2024}`).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('on a phone', () => {
  it('the bottom sheet shows the timeline, and the year moves it to the older status', async () => {
    const { page, errors } = await openPage(s, `?feature=${TWO_ENTRY_ID}&year=2023`, {
      ...twoEntries,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    await settle(page);
    const popup = page.locator(`[data-testid="feature-sheet"] [data-testid="feature-popup"][data-feature-id="${TWO_ENTRY_ID}"]`);
    await popup.waitFor({ timeout: 10_000 });
    expect(await popup.locator('[data-testid="feature-status"] .status-badge').getAttribute('data-status')).toBe('under-construction');
    const entries = popup.locator('[data-testid="status-entry"]');
    expect(await entries.count()).toBe(2);
    expect(await entries.nth(0).getAttribute('aria-current')).toBe('true');
    await entries.nth(1).scrollIntoViewIfNeeded();
    await screenshot(page, '44-status-timeline-phone-sheet');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('before the first entry', () => {
  it('a 13th-plan place says "no record by then" for 2018 instead of guessing a status', async () => {
    const { page, errors } = await openPage(s, '?feature=park-pangxiegou-belt&year=2018');
    await settle(page);
    const popup = page.locator('[data-testid="feature-popup"][data-feature-id="park-pangxiegou-belt"]');
    await popup.waitFor({ timeout: 10_000 });
    expect(await badge(page).getAttribute('data-status')).toBe('none');
    expect(await badge(page).textContent()).toBe('无记录');
    expect(await popup.locator('[data-testid="feature-status"]').textContent()).toContain('截至2018年底无状态记录');
    expect(await popup.locator('[data-testid="feature-status-source"]').count()).toBe(0);
    // The record that exists (dated later) is listed, not in force.
    const entries = popup.locator('[data-testid="status-entry"]');
    expect(await entries.count()).toBe(1);
    expect(await entries.first().getAttribute('data-as-of')).toBe('2021-06-16');
    expect(await entries.first().getAttribute('aria-current')).toBeNull();
    await screenshot(page, '43-status-no-record-2018');
    expect(errors).toEqual([]);
    await page.close();
  });
});
