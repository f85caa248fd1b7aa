import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, isFullyOnScreen, openPage, screenshot, settle, startSession, waitForMapIdle, type AppSession } from '../support/browser.ts';
import { readRepoJson } from '../support/project.ts';

/**
 * The interface in two languages: Chinese by default, English by the header's switch, the choice in
 * the URL (`lang=`) and remembered on the device; the plan text stays Chinese, with English summaries.
 */

const assets = readdirSync(resolve(DIST, 'assets')).filter((f) => f.endsWith('.js'));
/** The built chunk that holds a string (the English catalogue, the plan summaries), found in the build itself. */
function chunkWith(text: string): string {
  const found = assets.filter((f) => readFileSync(resolve(DIST, 'assets', f), 'utf8').includes(text));
  if (found.length !== 1) throw new Error(`expected one chunk with ${JSON.stringify(text)}, found ${found.join(', ') || 'none'}`);
  return found[0]!;
}
const EN_CHUNK = chunkWith('Switch the interface to Chinese');
const SUMMARIES_CHUNK = chunkWith('A modern district good to live, work and visit in');

const layers = readRepoJson<{
  layers: { id: string; role: string; name: { zh: string; en: string } }[];
}>('geo/layers.json');
const parks = layers.layers.find((l) => l.id === 'parks')!;

let s: AppSession;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

/** The JS files a page requests from now on (file names only). */
function recordScripts(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const file = new URL(r.url()).pathname.split('/').pop() ?? '';
    if (file.endsWith('.js')) seen.push(file);
  });
  return seen;
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const urlLang = (page: Page) => new URL(page.url()).searchParams.get('lang');

describe('the interface language', () => {
  it('has the chunks to watch in the build', () => {
    expect(EN_CHUNK).toMatch(/\.js$/);
    expect(SUMMARIES_CHUNK, 'the plan summaries are a chunk apart from the English words').not.toBe(EN_CHUNK);
  });

  it('opens in Chinese without fetching the English words, even with the panels open', async () => {
    let scripts: string[] = [];
    const { page } = await openPage(s, '?panel=plan', { before: (p) => (scripts = recordScripts(p)) });
    await page.locator('[data-testid="plan-toc"]').waitFor();
    await page.locator('[data-testid="open-list"]').click();
    await page.locator('[data-testid="list-panel"]').waitFor();
    expect(await htmlLang(page)).toBe('zh-CN');
    expect(await page.locator('[data-testid="legend"] h2').textContent()).toMatch(/^图例与图层/);
    expect(await page.locator('[data-testid="lang-switch"]').textContent()).toBe('English');
    expect(scripts.length, 'the recorder saw the app’s scripts').toBeGreaterThan(3);
    expect(scripts).not.toContain(EN_CHUNK);
    expect(scripts).not.toContain(SUMMARIES_CHUNK);
    await page.close();
  });

  it('switches to English with the header button: URL, <html lang>, legend, popup, map labels, plan panel', async () => {
    const { page, errors } = await openPage(s);
    const scripts = recordScripts(page);
    await page.locator('[data-testid="lang-switch"]').click();
    await expect.poll(() => htmlLang(page)).toBe('en');
    expect(urlLang(page)).toBe('en');
    expect(scripts).toContain(EN_CHUNK);
    await expect.poll(() => page.title()).toBe('Xinglongtai District 14th Five-Year Plan map');

    // The header, the legend (its layers are the registry's English names), the status words.
    expect(await page.locator('[data-testid="open-plan"]').textContent()).toBe('Plan text');
    expect(await page.locator('[data-testid="lang-switch"]').textContent()).toBe('中文');
    const legend = page.locator('[data-testid="legend"]');
    expect(await legend.locator('h2').textContent()).toMatch(/^Legend and layers/);
    expect(await legend.locator('.legend__layer[data-layer-id="parks"] summary label').textContent()).toContain(parks.name.en);
    expect(await legend.locator('.legend__status').textContent()).toMatch(/Planned|Under construction|Completed/);
    // Its own words are all English (the places' English names may cite a Chinese name, so only the frame).
    for (const text of await legend.locator('h2, h3, h4, .legend__status li, .legend__accuracy li').allTextContents()) {
      expect(text).not.toMatch(/\p{Script=Han}/u);
    }

    // The map's own labels and attribution follow.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { planMap: { getLayoutProperty(l: string, p: string): unknown } }).planMap.getLayoutProperty('parks-label', 'text-field')))
      .toEqual(['get', 'nameEn']);
    await expect.poll(() => page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Basemap: schematic, drawn by this project (offline)');
    expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Plan: 兴政发〔2021〕9号');

    // A popup, opened from the legend: English name, layer, status and words; the Chinese name beside it.
    await legend.locator('.legend__layer[data-layer-id="parks"] summary .legend__count').click();
    await legend.locator('[data-testid="legend-feature"][data-feature-id="green-island-park"]').click();
    await settle(page);
    const popup = page.locator('[data-testid="feature-popup"][data-feature-id="green-island-park"]');
    await popup.waitFor();
    expect(await popup.getAttribute('lang')).toBe('en');
    expect(await popup.locator('h2').textContent()).toBe('Green Island Park');
    const other = popup.locator('[data-testid="feature-name-other"]');
    expect(await other.textContent()).toBe('城市绿岛公园');
    expect(await other.getAttribute('lang')).toBe('zh-CN');
    expect(await popup.locator('.feature-popup__layer').textContent()).toBe(parks.name.en);
    expect(await popup.locator('[data-testid="feature-status"] .status-badge').textContent()).toBe('Under construction');
    expect(await popup.locator('[data-testid="feature-status"]').textContent()).toMatch(/as of \d{4}-\d{2}-\d{2}/);
    expect(await popup.locator('[data-testid="feature-measures"]').textContent()).toMatch(/\d mu/);
    expect(await popup.locator('[data-testid="plan-link"][data-plan-ref="t5-r7"]').textContent()).toMatch(/^Plan text · 表5 第7行/);
    expect(await isFullyOnScreen(page, '.maplibregl-popup')).toBe(true);
    await screenshot(page, '40-en-legend-popup');

    // The plan text stays Chinese, its frame is English, and each heading has its English line.
    await popup.locator('[data-testid="plan-link"][data-plan-ref="s9"]').click();
    const panel = page.locator('[data-testid="plan-panel"]');
    await panel.locator('section[data-plan-id="s9"].is-target').waitFor();
    expect(await panel.getAttribute('aria-label')).toBe('Plan text');
    expect(await panel.locator('.plan-panel__body').getAttribute('lang')).toBe('zh-CN');
    expect(await panel.locator('[data-testid="plan-toc-button"]').textContent()).toBe('Contents');
    const summary = panel.locator('section[data-plan-id="s9"] > [data-testid="plan-summary"]');
    await summary.waitFor();
    expect(await summary.getAttribute('lang')).toBe('en');
    expect(await summary.textContent()).toMatch(/^[^\p{Script=Han}]{20,}$/u);
    expect(scripts).toContain(SUMMARIES_CHUNK);
    expect(await panel.locator('section[data-plan-id="s9"] .plan-features h5').textContent()).toBe('Places of this section on the map');
    await page.waitForTimeout(800);
    await screenshot(page, '41-en-plan-panel');
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('remembers the choice on the device: a link without lang= opens in it; ?lang=zh goes back', async () => {
    const { page, errors } = await openPage(s, '?lang=en');
    expect(await htmlLang(page)).toBe('en');
    // The same page opened without `lang=` stays English, and writes it back into the URL.
    await page.goto(s.baseUrl);
    await waitForMapIdle(page);
    expect(await htmlLang(page)).toBe('en');
    expect(await page.locator('[data-testid="legend"] h2').textContent()).toMatch(/^Legend and layers/);
    await expect.poll(() => urlLang(page)).toBe('en');

    // `?lang=zh` opens in Chinese, and that is remembered in turn.
    await page.goto(`${s.baseUrl}?lang=zh`);
    await waitForMapIdle(page);
    expect(await htmlLang(page)).toBe('zh-CN');
    expect(await page.locator('[data-testid="legend"] h2').textContent()).toMatch(/^图例与图层/);
    await page.goto(s.baseUrl);
    await waitForMapIdle(page);
    expect(await htmlLang(page)).toBe('zh-CN');
    expect(urlLang(page)).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('words the link notices in the chosen language, and rewords them on a switch', async () => {
    const { page } = await openPage(s, '?lang=en&year=1999&plan=s99');
    const notices = page.locator('[data-testid="notices"]');
    await expect.poll(() => notices.textContent()).toContain('Link parameter year (year): "1999" is not between 2016 and 2025; ignored');
    expect(await notices.textContent()).toContain('Link parameter plan (plan passage): "s99" was not found');
    await page.locator('[data-testid="lang-switch"]').click();
    await expect.poll(() => notices.textContent()).toContain('链接参数 year（年份）的值 "1999" 不在 2016–2025 之间，已忽略');
    await page.close();
  });
});
