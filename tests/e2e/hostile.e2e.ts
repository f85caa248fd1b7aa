import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAP_TIMEOUT_MS, openPage, screenshot, startSession, waitForMapIdle, type AppSession } from '../support/browser.ts';

/*
 * Hostile input outside the importer, in the real browser: markup in every attribution that comes
 * from data or from another server. Nothing leaves the machine: every URL outside 127.0.0.1 is
 * answered here or aborted.
 */

const EVIL_LINK = '<a href="https://evil.example/">Click to renew</a>';
const EVIL_IMG = '<img src=x onerror="window.__pwned=1">';
/** The plan's document number is `\S+〔yyyy〕n号`: markup without spaces fits it. */
const EVIL_DOC = '<a/href=https://evil.example/doc>续期</a>兴政发〔2021〕9号';
const CORS = { 'access-control-allow-origin': '*' };

let s: AppSession;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

/** Serves a style basemap whose source is a TileJSON with markup in its attribution. */
async function fakeInternet(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  if (url.hostname !== 'tiles.example.org') return route.abort('addressunreachable');
  if (url.pathname === '/style.json') {
    return route.fulfill({
      headers: CORS,
      json: {
        version: 8,
        sources: { hostile: { type: 'vector', url: 'https://tiles.example.org/tiles.json' } },
        layers: [{ id: 'roads', type: 'line', source: 'hostile', 'source-layer': 'roads', paint: { 'line-color': '#999' } }],
      },
    });
  }
  if (url.pathname === '/tiles.json') {
    return route.fulfill({
      headers: CORS,
      json: { tilejson: '2.2.0', tiles: ['https://tiles.example.org/t/{z}/{x}/{y}.pbf'], minzoom: 0, maxzoom: 14, attribution: `${EVIL_LINK} ${EVIL_IMG}` },
    });
  }
  // An empty vector tile: no layers.
  return route.fulfill({ status: 200, body: Buffer.alloc(0), headers: { ...CORS, 'content-type': 'application/x-protobuf' } });
}

/** The shipped project data with markup in the plan's document number and a tiles layer whose attribution is markup. */
async function hostileProjectData(route: Route): Promise<void> {
  const res = await route.fetch();
  const data = (await res.json()) as { plan: { documentNumber: string }; layers: Record<string, unknown>[]; collections: Record<string, object> };
  data.plan.documentNumber = EVIL_DOC;
  const fill = data.layers.find((l) => l.role === 'plan' && l.draw === 'fill');
  data.layers.push({
    ...fill,
    id: 'hostile-tiles',
    name: { zh: '外来瓦片', en: 'Foreign tiles' },
    visible: true,
    tiles: { url: 'https://tiles.example.org/t/{z}/{x}/{y}.pbf', sourceLayer: 'parcels', attribution: `${EVIL_IMG}<a href="https://evil.example/t">Renew now</a>` },
  });
  data.collections['hostile-tiles'] = { type: 'FeatureCollection', features: [] };
  return route.fulfill({ response: res, json: data });
}

const attribution = (page: Page) => page.locator('.maplibregl-ctrl-attrib');

/** Elements in the attribution control and the links they point to. */
async function controlDom(page: Page) {
  return attribution(page).evaluate((el) => ({
    tags: [...el.querySelectorAll('*')].map((e) => e.localName),
    hrefs: [...el.querySelectorAll('a')].map((a) => a.href),
    text: el.textContent ?? '',
  }));
}

describe('attribution is text', () => {
  it('markup from a TileJSON, a tiles layer and the plan text is shown as text, never as elements', async () => {
    const o = await openPage(s, '', {
      viewport: { width: 1280, height: 800 },
      ignoreConsole: /^Failed to load resource/,
      // The foreign tiles keep the map busy; the control is what is looked at.
      waitForMap: false,
      before: async (page) => {
        const local = new URL(s.baseUrl);
        await page.context().route((u) => u.host !== local.host, fakeInternet);
        await page.context().route('**/plan-map/assets/project-data-*.json', hostileProjectData);
        await page.context().route('**/plan-map/config.json', (r) =>
          r.fulfill({ json: { basemap: { default: 'style', style: { url: 'https://tiles.example.org/style.json', name: '外来样式' } } } }),
        );
      },
    });
    try {
      // The TileJSON's attribution is read once the basemap is shown and its source has loaded.
      await o.page.locator('[data-testid="basemap-picker"][data-basemap-phase="active"]').waitFor({ timeout: MAP_TIMEOUT_MS });
      await expect.poll(async () => (await controlDom(o.page)).text, { timeout: 20_000 }).toContain('Click to renew');
      await expect.poll(async () => (await controlDom(o.page)).text, { timeout: 20_000 }).toContain('Renew now');
      const dom = await controlDom(o.page);
      expect(dom.text).toContain(EVIL_DOC);
      expect(dom.tags).not.toContain('img');
      expect(dom.hrefs.filter((h) => h.includes('evil.example'))).toEqual([]);
      expect(await o.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(o.errors).toEqual([]);
      await screenshot(o.page, 'hostile-attribution');
    } finally {
      await o.close();
    }
  });
});

/** The presentation chunk with the tour's first title over the schema's 40 characters: a broken tour as served. */
async function brokenTour(route: Route): Promise<void> {
  const res = await route.fetch();
  const body = (await res.text()).replace('“十三五”：高质量发展取得阶段性成果', '过长的标题'.repeat(12));
  return route.fulfill({ response: res, body });
}

/** WCAG contrast of an element's text against its own background (or the page's where it has none). */
async function contrastOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = (c: number[]) => {
      const [r = 0, g = 0, b = 0] = c.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    let bgEl: Element | null = el;
    let bg = [0, 0, 0, 0];
    while (bgEl && ((bg = rgb(getComputedStyle(bgEl).backgroundColor)).length === 4 && bg[3] === 0)) bgEl = bgEl.parentElement;
    const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(bg)].sort((x, y) => y - x);
    return ((a ?? 0) + 0.05) / ((b ?? 0) + 0.05);
  });
}

describe('a tour file that cannot be read', () => {
  it('says so legibly; Esc and 退出 leave it for a working explorer, and the link loses tour, autoplay and loop', async () => {
    const o = await openPage(s, '?tour=1&autoplay=8&loop=1', {
      waitForMap: false,
      // The tour file is bundled in whichever chunk imports it (the mode's, and the map started before it).
      before: (page) => page.context().route('**/assets/*.js', brokenTour),
    });
    try {
      const error = o.page.locator('[data-testid="presentation"].present--error');
      await error.waitFor({ timeout: MAP_TIMEOUT_MS });
      expect(await error.textContent()).toContain('演示文件无法读取');
      // The map started for the tour before its file was checked is gone with it.
      await expect.poll(() => o.page.locator('[data-testid="present-map"]').count()).toBe(0);
      expect(await contrastOf(o.page, '[data-testid="presentation"].present--error button')).toBeGreaterThanOrEqual(4.5);
      await screenshot(o.page, 'hostile-tour-error');
      await o.page.keyboard.press('Escape');
      await error.waitFor({ state: 'detached', timeout: 5_000 });
      expect(new URL(o.page.url()).search).toBe('');
      // Reloaded with the link the error left: the explorer, not the error again.
      await o.page.reload();
      await o.page.locator('[data-testid="map"]').waitFor({ timeout: MAP_TIMEOUT_MS });
      expect(await o.page.locator('[data-testid="presentation"]').count()).toBe(0);
      await o.page.goto(`${s.baseUrl}?tour=2&autoplay=8`);
      await error.waitFor({ timeout: MAP_TIMEOUT_MS });
      // Opened by link, the explorer's map waits for the presentation to be left: 退出 starts it.
      expect(await o.page.locator('[data-testid="map"]').count()).toBe(0);
      await o.page.getByRole('button', { name: '退出' }).click();
      await error.waitFor({ state: 'detached', timeout: 5_000 });
      expect(new URL(o.page.url()).search).toBe('');
      await waitForMapIdle(o.page);
    } finally {
      await o.close();
    }
  });
});

describe('rejected tour values in a link', () => {
  it('are dropped from the address with a notice, a bidi control in one shown as its code', async () => {
    const o = await openPage(s, '?tour=%E2%80%AEevil&autoplay=-5&loop=maybe');
    try {
      const search = new URL(o.page.url()).searchParams;
      expect([search.get('tour'), search.get('autoplay'), search.get('loop')]).toEqual([null, null, null]);
      const notices = () => o.page.locator('[data-testid="notices"]').allTextContents().then((t) => t.join('\n'));
      await expect.poll(notices).toContain('\\u202E');
      expect(await notices()).not.toContain('\u202E');
      expect(await o.page.locator('[data-testid="presentation"]').count()).toBe(0);
    } finally {
      await o.close();
    }
  });
});

describe('a map that cannot start', () => {
  it('says so, with what to check, when the host serves the worker (.mjs) as application/octet-stream', async () => {
    const o = await openPage(s, '', {
      waitForMap: false,
      ignoreConsole: /Worker|MIME|module script/i,
      before: (page) =>
        page.context().route('**/assets/maplibre-gl-worker-*.mjs', async (route) => {
          const res = await route.fetch();
          await route.fulfill({ response: res, headers: { ...res.headers(), 'content-type': 'application/octet-stream' } });
        }),
    });
    try {
      const notice = o.page.locator('[data-testid="map-start-failure"]');
      await notice.waitFor({ timeout: MAP_TIMEOUT_MS });
      expect(await notice.textContent()).toMatch(/\.mjs.*JavaScript/);
      expect(await notice.getAttribute('role')).toBe('alert');
      await screenshot(o.page, 'hostile-map-start');
    } finally {
      await o.close();
    }
  });
});
