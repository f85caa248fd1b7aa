/**
 * The one way browser tests start Chromium and open the app: one launch per test file
 * (`startSession`), one page per test (`openPage`) with its errors collected, and the waits and
 * measurements every test shares.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/bench/measure.ts';
import { serveMounts } from '../../scripts/bench/server.ts';
import { repoPath } from './project.ts';
import { serveStatic } from './staticServer.ts';

export const SCREENSHOT_DIR = repoPath('tests/screenshots');
// E2E_DIST lets a run test another build than dist/ (e.g. while dist/ is being rebuilt).
export const DIST = process.env.E2E_DIST ?? repoPath('dist');

/** Hard limit for any wait on the map; a map that never settles fails the test instead of hanging it. */
export const MAP_TIMEOUT_MS = 60_000;

export interface AppSession {
  browser: Browser;
  /** The app's URL, ending in `/plan-map/`. */
  baseUrl: string;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** Chromium flags on top of the benchmark's. */
  args?: string[];
  /**
   * URL prefix → folder, served with range requests (what PMTiles needs), for a test that builds its
   * own app; `/plan-map/` must be one of them. Without it dist/ is served.
   */
  mounts?: Record<string, string>;
}

/**
 * Serves the built app (under a sub-path, like a real deployment) and launches Debian's Chromium with
 * the benchmark's flags (software WebGL through SwiftShader) plus `args`.
 */
export async function startSession(o: SessionOptions = {}): Promise<AppSession> {
  if (!o.mounts && !existsSync(resolve(DIST, 'index.html'))) throw new Error('dist/index.html is missing: run `npm run build` first');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const server = o.mounts
    ? await serveMounts(o.mounts).then((m) => ({ url: `${m.origin}/plan-map/`, close: m.close }))
    : await serveStatic(DIST, '/plan-map/');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...(o.args ?? [])] });
  return {
    browser,
    baseUrl: server.url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface OpenOptions extends BrowserContextOptions {
  /** Scripts that run before the app's own in every document of the page. */
  initScripts?: (string | (() => void))[];
  /** Called with the page before it navigates: routes, request and response listeners. */
  before?: (page: Page) => unknown;
  /** Whether to wait for the explorer's map to be idle (default true); the presentation has its own wait. */
  waitForMap?: boolean;
  /** Console errors that are the browser's own reports of failures the test causes, not the app's errors. */
  ignoreConsole?: RegExp;
}

export interface OpenedPage {
  page: Page;
  /** The page's own context (offline switch, routes, CDP); closed with the page. */
  context: BrowserContext;
  /** Uncaught errors (`pageerror: …`) and console errors (`console: …`) seen so far. */
  errors: string[];
  /** Requests that got no response at all (`<url>: <reason>`) seen so far; HTTP error statuses are not here. */
  failedRequests: string[];
  close(): Promise<void>;
}

/**
 * Opens the app with `query` (e.g. `?feature=green-island-park`) in a fresh context (1440×900 at
 * scale 1 unless `o` says otherwise) and, by default, waits until the map is idle.
 */
export async function openPage(s: AppSession, query = '', o: OpenOptions = {}): Promise<OpenedPage> {
  const { initScripts = [], before, waitForMap = true, ignoreConsole, ...contextOptions } = o;
  // A page of its own context: closing the page closes the context.
  const page = await s.browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, ...contextOptions });
  for (const script of initScripts) await page.addInitScript(script);
  const errors: string[] = [];
  const failedRequests: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !ignoreConsole?.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  page.on('requestfailed', (r) => failedRequests.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`));
  await before?.(page);
  await page.goto(`${s.baseUrl}${query}`);
  if (waitForMap) await waitForMapIdle(page);
  return { page, context: page.context(), errors, failedRequests, close: () => page.close() };
}

export async function waitForMapIdle(page: Page): Promise<void> {
  await page
    .locator('[data-testid="map"][data-map-idle="true"]')
    .waitFor({ timeout: MAP_TIMEOUT_MS })
    .catch(async (e: Error) => {
      const loadError = await page.locator('[data-testid="load-error"]').textContent({ timeout: 500 }).catch(() => null);
      throw new Error(`map did not reach idle within ${MAP_TIMEOUT_MS} ms${loadError ? `: ${loadError}` : ''}: ${e.message}`);
    });
  // On a plain load the map starts before the interface, which renders once the map is first idle
  // (src/app/mapFirst.ts): the tests go on when both are there.
  await page.locator('[data-testid="skip-to-list"]').waitFor({ state: 'attached', timeout: MAP_TIMEOUT_MS });
  // MapLibre sets idle before the last frame is composited into the screenshot; one more frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Waits for camera movement to finish (after a fly), then for idle. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      // loaded() is false from a style change (a filter, a layer hidden) until the frame that draws it.
      const m = (window as unknown as { planMap?: { isMoving(): boolean; loaded(): boolean } }).planMap;
      return m !== undefined && !m.isMoving() && m.loaded();
    },
    undefined,
    { timeout: MAP_TIMEOUT_MS },
  );
  await waitForMapIdle(page);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Share of the map canvas's pixels that differ from its most common colour (the background): 0 for a
 * blank map. Read from the WebGL canvas itself (preserveDrawingBuffer is on).
 */
export async function canvasInkRatio(page: Page): Promise<{ ink: number; colours: number }> {
  return page.evaluate(() => {
    const src = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas');
    if (!src) return { ink: 0, colours: 0 };
    const c = document.createElement('canvas');
    c.width = 200;
    c.height = Math.round((200 * src.height) / src.width);
    const ctx = c.getContext('2d');
    if (!ctx) return { ink: 0, colours: 0 };
    ctx.drawImage(src, 0, 0, c.width, c.height);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = ((data[i] ?? 0) >> 3) * 1024 + ((data[i + 1] ?? 0) >> 3) * 32 + ((data[i + 2] ?? 0) >> 3);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const total = data.length / 4;
    const top = Math.max(...counts.values());
    return { ink: 1 - top / total, colours: counts.size };
  });
}

/** Given the app is open, selects a feature through the URL and returns the popup. */
export async function openFeature(s: AppSession, id: string, o: OpenOptions = {}) {
  const opened = await openPage(s, `?feature=${encodeURIComponent(id)}`, o);
  await settle(opened.page);
  const popup = opened.page.locator(`[data-testid="feature-popup"][data-feature-id="${id}"]`);
  await popup.waitFor({ timeout: 10_000 });
  return { ...opened, popup };
}

/** True when the element's box lies fully inside the viewport. */
export async function isFullyOnScreen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
  }, selector);
}

/** The page position (CSS px) of a longitude/latitude on the explorer's map, for a click or a tap there. */
export async function screenPointOf(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const m = (window as unknown as { planMap: { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement } }).planMap;
    const r = m.getCanvas().getBoundingClientRect();
    const p = m.project(ll);
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
}
