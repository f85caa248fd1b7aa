/**
 * One measured page load in headless Chromium: time from navigation to the map's first `idle`, the
 * long tasks until then (total blocking time), the JS/CSS/data fetched until then (gzipped sizes of
 * the files served), and optionally the frame times of a scripted pan.
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags the browser tests use (tests/support/browser.ts): software WebGL through SwiftShader. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--ignore-gpu-blocklist',
];

export const VIEWPORT = { width: 1440, height: 900 };

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface LoadResult {
  url: string;
  /** ms from navigation start to the first `data-map-idle="true"`. */
  idleMs: number;
  /** Σ max(0, long task − 50 ms) for long tasks that started before idle. */
  tbtMs: number;
  longTasks: number;
  /** gzip -9 of the files fetched before idle, by kind. */
  jsGz: number;
  cssGz: number;
  dataGz: number;
  /** The JS/CSS files fetched before idle (path only). */
  scripts: string[];
  pan?: PanResult;
}

export interface PanResult {
  frames: number;
  /** Mean time per frame over the pan (its duration / frames drawn). */
  meanFrameMs: number;
  p95FrameMs: number;
}

/** Records long tasks and the moment the map container first says it is idle, from the first byte on. */
const INIT_SCRIPT = `(() => {
  const b = (window.__bench = { longTasks: [], idleAt: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const mark = (el) => {
    if (b.idleAt === null && el && el.getAttribute && el.getAttribute('data-map-idle') === 'true') b.idleAt = performance.now();
  };
  new MutationObserver((records) => {
    for (const r of records) mark(r.target);
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-idle'] });
})();`;

interface BenchGlobals {
  __bench: { longTasks: [number, number][]; idleAt: number | null };
}

const gzCache = new Map<string, number>();

/** gzip -9 size of a served file (cached by path and mtime). */
export function gzOf(file: string): number {
  const key = `${file}:${statSync(file).mtimeMs}`;
  let v = gzCache.get(key);
  if (v === undefined) {
    const buf = readFileSync(file);
    // Big data files: gzip a sample and scale, to keep the bench fast (only used in the data column).
    v = buf.length > 8e6 ? Math.round((gzipSync(buf.subarray(0, 4e6), { level: 9 }).length * buf.length) / 4e6) : gzipSync(buf, { level: 9 }).length;
    gzCache.set(key, v);
  }
  return v;
}

export interface LoadOptions {
  /** URL path → file on disk, for the byte counts. */
  fileOf(urlPath: string): string | null;
  timeoutMs: number;
  /** After idle, pan the map by a third of its width, and time the frames. */
  pan?: { durationMs: number };
}

/** Opens `url` in a fresh context (empty cache, as a first visit) and measures it. */
export async function measureLoad(browser: Browser, url: string, o: LoadOptions): Promise<LoadResult> {
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(INIT_SCRIPT);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const finished: { path: string; at: number }[] = [];
    // The context sees the requests of the page and of its workers (MapLibre's worker fetches the data).
    context.on('requestfinished', (req) => {
      const t = req.timing();
      finished.push({ path: new URL(req.url()).pathname, at: t.startTime + t.responseEnd });
    });
    await page.goto(url, { timeout: o.timeoutMs });
    try {
      await page.waitForFunction(
        () => {
          const el = document.querySelector('[data-testid="map"]');
          if (el?.getAttribute('data-map-error')) throw new Error(el.getAttribute('data-map-error') ?? '');
          return (window as unknown as BenchGlobals).__bench.idleAt !== null;
        },
        undefined,
        { timeout: o.timeoutMs, polling: 50 },
      );
    } catch (e) {
      throw new Error(
        `${url}: map not idle within ${o.timeoutMs} ms (${(e as Error).message.split('\n')[0]})${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`,
        { cause: e },
      );
    }
    // Long-task entries are delivered asynchronously: let the last ones arrive.
    await page.waitForTimeout(150);
    const m = await page.evaluate(() => {
      const b = (window as unknown as BenchGlobals).__bench;
      return { idleAt: b.idleAt ?? 0, longTasks: b.longTasks, origin: performance.timeOrigin };
    });
    const before = m.longTasks.filter(([start]) => start < m.idleAt);
    const idleEpoch = m.origin + m.idleAt;
    let jsGz = 0;
    let cssGz = 0;
    let dataGz = 0;
    const scripts: string[] = [];
    for (const f of finished) {
      // Requests that finished after idle were not needed to reach it (+5 ms for clock granularity).
      if (f.at > idleEpoch + 5) continue;
      const file = o.fileOf(f.path);
      if (!file) continue;
      const size = gzOf(file);
      if (/\.m?js$/.test(f.path)) {
        jsGz += size;
        scripts.push(f.path);
      } else if (f.path.endsWith('.css')) {
        cssGz += size;
        scripts.push(f.path);
      } else if (!f.path.endsWith('.html')) dataGz += size;
    }
    const result: LoadResult = {
      url,
      idleMs: m.idleAt,
      tbtMs: before.reduce((s, [, d]) => s + Math.max(0, d - 50), 0),
      longTasks: before.length,
      jsGz,
      cssGz,
      dataGz,
      scripts: scripts.sort(),
    };
    if (o.pan) result.pan = await pan(page, o.pan.durationMs);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Pans the map by a third of its width at constant speed, timing animation frames; stops waiting
 * 15 s after the pan should have ended (a frame can take that long with a software GPU). A string,
 * not a function: the script runner (tsx) would wrap a function's inner helpers in `__name(…)`,
 * which does not exist in the page.
 */
const PAN_SCRIPT = `async (ms) => {
  const map = window.planMap;
  const dx = Math.round(map.getCanvas().clientWidth / 3);
  const stamps = [];
  let running = true;
  function tick(t) {
    stamps.push(t);
    if (running) requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
  const t0 = performance.now();
  await new Promise((resolve) => {
    const timer = setTimeout(resolve, ms + 15000);
    map.once('moveend', () => {
      clearTimeout(timer);
      resolve();
    });
    map.panBy([dx, 0], { duration: ms, easing: (t) => t });
  });
  running = false;
  const total = performance.now() - t0;
  const deltas = stamps.slice(1).map((t, i) => t - stamps[i]).sort((a, b) => a - b);
  const frames = Math.max(1, deltas.length);
  return {
    frames,
    meanFrameMs: total / frames,
    p95FrameMs: deltas.length ? deltas[Math.min(deltas.length - 1, Math.floor(deltas.length * 0.95))] : total,
  };
}`;

async function pan(page: import('playwright-core').Page, durationMs: number): Promise<PanResult> {
  return (await page.evaluate(`(${PAN_SCRIPT})(${Number(durationMs)})`)) as PanResult;
}

/** The WebGL renderer string of this browser (e.g. `ANGLE (Google, Vulkan 1.3.0 (SwiftShader …))`). */
export async function webglRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'no WebGL2';
      const ext = gl.getExtension('WEBGL_debug_renderer_info');
      return String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}
