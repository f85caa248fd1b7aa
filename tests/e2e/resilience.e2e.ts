import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasInkRatio, MAP_TIMEOUT_MS, openPage, screenshot, startSession, waitForMapIdle, type AppSession, type OpenOptions } from '../support/browser.ts';
import { heapAfterGcMB, heapSnapshotSizes, listenerCount, slope, WEBGL_TRACKER, webglStats, type WebglStats } from '../support/memory.ts';

// Given the explorer's map, when the browser takes its WebGL context away (after the map has drawn,
// or before its style has even loaded) and gives it back, then a notice says so meanwhile and the map
// comes back with every plan layer drawn and clickable, with no uncaught error.
// Given a screen that enters and leaves the presentation mode again and again, then the WebGL contexts,
// the listeners on window and document and the heap stay flat; a mode left before deck.gl's WebGL device
// arrived frees that device when it arrives.

let s: AppSession;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

const VIEWPORT = { width: 1280, height: 720 };
/** The App's notices (role=status); the map's context notice is the one that names WebGL. */
const noticeOf = (page: Page) => page.locator('[data-testid="notices"][role="status"] .notice').filter({ hasText: 'WebGL' });

/**
 * Loses the explorer map's WebGL context before its style has loaded, then `__restoreMainMap()`
 * gives it back. MapLibre loads a style on an animation frame, and Chromium delivers a loss a task
 * later, so frames are held from the page's start until the loss has been delivered: the order a
 * page loading in a background tab (no frames) would see. Notes whether the style had loaded
 * (`getStyle()` is undefined until then) when the loss arrived.
 */
const LOSE_BEFORE_STYLE = `(() => {
  let holding = true;
  const held = [];
  const raf = window.requestAnimationFrame.bind(window);
  const caf = window.cancelAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => (holding ? -held.push(cb) : raf(cb));
  window.cancelAnimationFrame = (id) => (id < 0 ? (held[-id - 1] = null) : caf(id));
  const release = () => {
    holding = false;
    for (const cb of held.splice(0)) if (cb) raf(cb);
  };
  const original = HTMLCanvasElement.prototype.getContext;
  let done = false;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const ctx = original.call(this, type, ...rest);
    if (!done && ctx && type === 'webgl2' && this.closest('[data-testid="map"]')) {
      done = true;
      const ext = ctx.getExtension('WEBGL_lose_context');
      // Capture on window runs before MapLibre's own listener on the canvas.
      window.addEventListener('webglcontextlost', () => {
        const m = window.planMap;
        window.__styleAtLoss = m ? (m.getStyle() === undefined ? 'not loaded' : 'loaded') : 'no map';
        setTimeout(release, 0);
      }, { capture: true, once: true });
      window.__restoreMainMap = () => ext.restoreContext();
      ext.loseContext();
    }
    return ctx;
  };
})();`;

/** The explorer without motion; each test waits for the map itself (a lost context may keep it from idling). */
const EXPLORER: OpenOptions = { viewport: VIEWPORT, reducedMotion: 'reduce', waitForMap: false };

interface Drawn {
  /** Every map layer of the style, in order. */
  styleLayers: string[];
  /** Per plan registry layer, the ids of its features drawn in view (geometry layers, not labels). */
  byLayer: Record<string, string[]>;
}

/** What the explorer's map draws now. */
async function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    type M = {
      getStyle(): { layers: { id: string; source?: string }[] } | undefined;
      queryRenderedFeatures(o: { layers: string[] }): { properties: { id?: string } }[];
    };
    const m = (window as unknown as { planMap: M }).planMap;
    const layers = m.getStyle()?.layers ?? [];
    const byLayer: Record<string, string[]> = {};
    const planSources = new Set(layers.map((l) => l.source).filter((x): x is string => !!x && x.startsWith('src-') && !x.endsWith('-labels')));
    for (const src of planSources) {
      const geometry = layers.filter((l) => l.source === src).map((l) => l.id);
      const ids = m.queryRenderedFeatures({ layers: geometry }).map((f) => String(f.properties.id));
      byLayer[src.slice('src-'.length)] = [...new Set(ids)].sort();
    }
    return { styleLayers: layers.map((l) => l.id), byLayer };
  });
}

/** The year the map's colours follow, and whether the park's fill is the status colour (by kind it is one colour). */
async function colouring(page: Page): Promise<{ year: unknown; byStatus: boolean }> {
  return page.evaluate(() => {
    type M = { getGlobalState(): Record<string, unknown>; getPaintProperty(l: string, p: string): unknown };
    const m = (window as unknown as { planMap: M }).planMap;
    const fill = m.getPaintProperty('parks-fill', 'fill-color');
    return { year: m.getGlobalState().statusYear, byStatus: Array.isArray(fill) && fill[0] === 'match' };
  });
}

/** Waits until the map has its context back, has drawn and is idle. */
async function waitForRecovery(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const m = (window as unknown as { planMap?: { getCanvas(): HTMLCanvasElement } }).planMap;
      return m !== undefined && m.getCanvas().getContext('webgl2')?.isContextLost() === false;
    },
    undefined,
    { timeout: MAP_TIMEOUT_MS },
  );
  await noticeOf(page).waitFor({ state: 'detached', timeout: MAP_TIMEOUT_MS });
  await waitForMapIdle(page);
}

/** Clicks the first school drawn in view and expects its popup (close in first: further out the schools are in clusters). */
async function clickASchool(page: Page): Promise<string> {
  await page.evaluate(() => {
    type S = { serialize(): { data: { features: { properties: { layer?: string }; geometry: { coordinates: [number, number] } }[] } } };
    const m = (window as unknown as { planMap: { getSource(id: string): S; jumpTo(o: object): void } }).planMap;
    const school = m.getSource('src-plan-points').serialize().data.features.find((f) => f.properties.layer === 'schools');
    if (school) m.jumpTo({ center: school.geometry.coordinates, zoom: 15.5 });
  });
  await waitForMapIdle(page);
  const target = await page.evaluate(() => {
    type M = {
      queryRenderedFeatures(o: { layers: string[] }): { properties: { id?: string }; geometry: { type: string; coordinates: unknown } }[];
      project(ll: [number, number]): { x: number; y: number };
      getCanvas(): HTMLCanvasElement;
      getLayer(id: string): unknown;
    };
    const m = (window as unknown as { planMap: M }).planMap;
    const hit = m.queryRenderedFeatures({ layers: ['schools-point'].filter((id) => m.getLayer(id)) }).find((f) => f.geometry.type === 'Point');
    if (!hit) return null;
    const p = m.project(hit.geometry.coordinates as [number, number]);
    const r = m.getCanvas().getBoundingClientRect();
    return { id: String(hit.properties.id), x: r.left + p.x, y: r.top + p.y };
  });
  expect(target, 'a school drawn in view to click').not.toBeNull();
  await page.mouse.click(target!.x, target!.y);
  const popup = page.locator('[data-testid="feature-popup"]');
  await popup.waitFor({ timeout: 10_000 });
  return (await popup.getAttribute('data-feature-id')) ?? '';
}

describe('the explorer map loses its WebGL context', () => {
  let reference: Drawn | null = null;

  it('after it has drawn: a notice meanwhile, then every layer back, state kept, popups work', async () => {
    const { page, context, errors } = await openPage(s, '', EXPLORER);
    try {
      await waitForMapIdle(page);
      // Coloured by status as of 2023 (by kind is the default): both must hold through the rebuilt style.
      await page.locator('[data-testid="colour-by-status"]').check();
      await page.locator('[data-testid="time-toggle"]').check();
      await page.locator('[data-testid="time-slider"]').fill('2023');
      await waitForMapIdle(page);
      const colourBefore = await colouring(page);
      expect(colourBefore, 'coloured by the status as of 2023 before the loss').toMatchObject({ year: '2023', byStatus: true });
      const before = await drawn(page);
      reference = before;
      const inkBefore = (await canvasInkRatio(page)).ink;
      expect(Object.keys(before.byLayer).length, 'plan layers drawn before the loss').toBeGreaterThan(5);
      expect(before.byLayer.parks?.length, 'parks drawn before the loss').toBeGreaterThan(0);

      await page.evaluate(() => {
        const m = (window as unknown as { planMap: { getCanvas(): HTMLCanvasElement } }).planMap;
        const ext = m.getCanvas().getContext('webgl2')?.getExtension('WEBGL_lose_context');
        if (!ext) throw new Error('no WEBGL_lose_context');
        (window as unknown as { __ext: WEBGL_lose_context }).__ext = ext;
        ext.loseContext();
      });
      const notice = noticeOf(page);
      await notice.waitFor({ timeout: 10_000 });
      expect(await notice.textContent()).toContain('WebGL');
      await screenshot(page, 'resilience-context-lost');
      // The user goes on while the map is gone: hiding a layer must not throw, and must hold after the restore.
      await page.locator('[data-testid="layer-toggle-parks"]').uncheck();
      await page.waitForTimeout(300);

      await page.evaluate(() => (window as unknown as { __ext: WEBGL_lose_context }).__ext.restoreContext());
      await waitForRecovery(page);
      const after = await drawn(page);
      await screenshot(page, 'resilience-context-restored');
      const ink = (await canvasInkRatio(page)).ink;
      console.log(`context loss after idle: ink ${inkBefore.toFixed(3)} before, ${ink.toFixed(3)} after; layers drawn after:`, Object.fromEntries(Object.entries(after.byLayer).map(([k, v]) => [k, v.length])));
      expect(ink, 'share of non-background pixels after the restore').toBeGreaterThan(0.2);
      expect(after.styleLayers, 'the style has every map layer again, in order').toEqual(before.styleLayers);
      expect(await colouring(page), 'the colour mode and the status year applied again').toEqual(colourBefore);
      expect(after.byLayer.parks, 'parks, hidden during the loss, stay hidden').toEqual([]);
      expect({ ...after.byLayer, parks: [] }, 'every other plan layer draws the same features').toEqual({ ...before.byLayer, parks: [] });
      expect(await page.locator('[data-testid="layer-toggle-parks"]').isChecked()).toBe(false);
      await page.locator('[data-testid="layer-toggle-parks"]').check();
      await expect.poll(async () => (await drawn(page)).byLayer.parks, { timeout: 20_000 }).toEqual(before.byLayer.parks);

      expect(await clickASchool(page)).toMatch(/\S/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('before its style has loaded: a notice, then the map loads once the context is back', async () => {
    const { page, context, errors } = await openPage(s, '', { ...EXPLORER, initScripts: [LOSE_BEFORE_STYLE] });
    try {
      const notice = noticeOf(page);
      await notice.waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => (window as unknown as { __styleAtLoss?: unknown }).__styleAtLoss), 'the style when the context went').toBe('not loaded');
      await page.waitForTimeout(500);
      await screenshot(page, 'resilience-lost-before-style');
      await page.evaluate(() => (window as unknown as { __restoreMainMap(): void }).__restoreMainMap());
      await waitForRecovery(page);
      const after = await drawn(page);
      await screenshot(page, 'resilience-restored-before-style');
      const ink = (await canvasInkRatio(page)).ink;
      console.log(`context loss before the style: ink ${ink.toFixed(3)} after`);
      expect(ink).toBeGreaterThan(0.2);
      if (reference) {
        expect(after.styleLayers).toEqual(reference.styleLayers);
        expect(after.byLayer).toEqual(reference.byLayer);
      } else {
        expect(Object.values(after.byLayer).filter((ids) => ids.length > 0).length).toBeGreaterThan(5);
      }
      expect(await clickASchool(page)).toMatch(/\S/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});

/** Enter/leave cycles of the presentation mode, and how often to measure. */
const CYCLES = Number(process.env.CHURN_CYCLES ?? 50);
const SAMPLE_EVERY = 10;
/**
 * Every tenth cycle, the one before each measurement, waits until the mode has drawn its first step
 * with deck.gl attached (a new map and overlay compile their shaders anew: seconds in software WebGL);
 * the others leave while its map is still loading. Both are what a presenter does, and the run stays
 * within minutes.
 */
const SETTLED_EVERY = 10;

/** Listeners and the heap are measured from here on: the first cycles fetch chunks and fill caches. */
const BASELINE_CYCLE = SAMPLE_EVERY;
/** Cycles after which a heap snapshot splits the heap into the JS objects and V8's compiled code. */
const SNAPSHOT_CYCLES = new Set([BASELINE_CYCLE, Math.round((BASELINE_CYCLE + CYCLES) / 2 / SAMPLE_EVERY) * SAMPLE_EVERY, CYCLES]);

interface ChurnSample extends WebglStats {
  cycle: number;
  heapMB: number;
  objectsMB?: number;
  codeMB?: number;
  windowListeners: number;
  documentListeners: number;
  jsEventListeners: number;
  domNodes: number;
}

describe('entering and leaving the presentation mode many times', () => {
  it('a mode left before deck.gl has its WebGL device frees that device when it arrives', async () => {
    const { page, context, errors } = await openPage(s, '', { ...EXPLORER, initScripts: [WEBGL_TRACKER] });
    try {
      await waitForMapIdle(page);
      const cdp = await context.newCDPSession(page);
      // deck.gl creates its device asynchronously, and luma.gl's WebGL device code is a chunk of its
      // own fetched for the first one: holding that chunk makes "left before the device" certain.
      let release = (): void => undefined;
      const held = new Promise<void>((r) => (release = r));
      let heldRequests = 0;
      await page.route(/\/webgl-device-[^/]*\.js$/, async (route) => {
        heldRequests++;
        await held;
        await route.continue();
      });
      await page.locator('[data-testid="open-presentation"]').click();
      // The overlay is added (deck.gl's canvas is in the mode's map) and its device is on its way.
      const map = page.locator('[data-testid="present-map"]');
      await map.locator('canvas:not(.maplibregl-canvas)').waitFor({ state: 'attached', timeout: MAP_TIMEOUT_MS });
      expect(await map.getAttribute('data-deck-loads'), 'deck.gl loaded before the mode is left').toBeNull();
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="presentation"]').waitFor({ state: 'detached', timeout: 10_000 });
      await expect.poll(() => heldRequests, { message: 'the device chunk was asked for (and held)' }).toBe(1);
      release();
      // The explorer's context, the mode's map's and, once the chunk has come, deck.gl's device's.
      await expect.poll(async () => (await webglStats(page)).created, { message: 'contexts created', timeout: 10_000 }).toBe(3);
      let stats = await webglStats(page);
      for (let t = 0; t < 10 && stats.alive > 1; t++) {
        await heapAfterGcMB(cdp);
        await page.waitForTimeout(500);
        stats = await webglStats(page);
      }
      console.log('mode left before the deck.gl device:', stats);
      await screenshot(page, 'resilience-left-before-deck-device');
      expect(stats.alive, "live WebGL contexts: the explorer's alone").toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it(`${CYCLES} cycles leave WebGL contexts, listeners and the heap flat`, async () => {
    const { page, context, errors } = await openPage(s, '', { ...EXPLORER, initScripts: [WEBGL_TRACKER] });
    try {
      await waitForMapIdle(page);
      const cdp = await context.newCDPSession(page);
      const renderer = await page.evaluate(() => {
        // The explorer map's own context: asking again creates none.
        const gl = (window as unknown as { planMap: { getCanvas(): HTMLCanvasElement } }).planMap.getCanvas().getContext('webgl2');
        const ext = gl?.getExtension('WEBGL_debug_renderer_info');
        return ext ? String(gl?.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'unknown';
      });
      const sample = async (cycle: number): Promise<ChurnSample> => {
        // A mode left while its overlay was still starting frees that context a moment later: give it up
        // to 5 s (a leaked context never goes, so the count below still catches a leak).
        for (let t = 0; t < 10 && (await webglStats(page)).alive > 1; t++) {
          await heapAfterGcMB(cdp);
          await page.waitForTimeout(500);
        }
        const heapMB = await heapAfterGcMB(cdp);
        const dom = await cdp.send('Memory.getDOMCounters');
        return {
          cycle,
          heapMB,
          ...(SNAPSHOT_CYCLES.has(cycle) ? await heapSnapshotSizes(cdp) : {}),
          windowListeners: await listenerCount(cdp, 'window'),
          documentListeners: await listenerCount(cdp, 'document'),
          jsEventListeners: dom.jsEventListeners,
          domNodes: dom.nodes,
          ...(await webglStats(page)),
        };
      };
      const samples: ChurnSample[] = [await sample(0)];
      const presentation = page.locator('[data-testid="presentation"]');
      const started = Date.now();
      for (let cycle = 1; cycle <= CYCLES; cycle++) {
        await page.locator('[data-testid="open-presentation"]').click();
        if (cycle % SETTLED_EVERY === 0) {
          // In and settled: the mode's map has drawn step 1 and its deck.gl overlay (a WebGL context of its own) is attached.
          await page.locator('[data-testid="present-map"][data-step-settled="true"][data-deck-ready="true"]').waitFor({ timeout: MAP_TIMEOUT_MS });
        } else {
          // In and straight out again while the mode's map is still loading (its context exists, deck.gl is on its way).
          await page.locator('[data-testid="present-map"] canvas.maplibregl-canvas').waitFor({ timeout: MAP_TIMEOUT_MS });
        }
        await page.keyboard.press('Escape');
        await presentation.waitFor({ state: 'detached', timeout: 10_000 });
        if (cycle % SAMPLE_EVERY === 0) samples.push(await sample(cycle));
      }
      const totalS = Math.round((Date.now() - started) / 1000);
      console.log(`churn: ${CYCLES} presentation cycles in ${totalS} s (${renderer})`);
      console.table(samples);

      expect(errors).toEqual([]);
      // The baseline is the sample after 10 cycles (the first ones fetch chunks and fill caches). What this
      // test exists to catch is growth: a leak per cycle would add 10 contexts and their listeners per sample.
      // A mode left between deck.gl adding its overlay and its device arriving frees that device when it
      // arrives (the test above makes that race certain): no sample may hold more than the explorer's.
      const first = samples.find((x) => x.cycle === BASELINE_CYCLE)!;
      const later = samples.filter((x) => x.cycle > BASELINE_CYCLE);
      expect(first, 'a sample after the first cycles').toBeDefined();
      // Each cycle created the mode's map, a settled one its overlay too; all but the explorer's are released.
      expect(samples.at(-1)!.created, 'contexts created').toBeGreaterThanOrEqual(1 + CYCLES + Math.floor(CYCLES / SETTLED_EVERY));
      expect(samples[0]!.alive, 'live WebGL contexts before the first cycle').toBe(1);
      for (const x of samples) expect(x.alive, `live WebGL contexts after ${x.cycle} cycles (the explorer's alone)`).toBe(1);
      for (const x of later) {
        expect(x.canvases, `canvases after ${x.cycle} cycles`).toBeLessThanOrEqual(first.canvases);
        expect(x.windowListeners, `window listeners after ${x.cycle} cycles`).toBeLessThanOrEqual(first.windowListeners);
        expect(x.documentListeners, `document listeners after ${x.cycle} cycles`).toBeLessThanOrEqual(first.documentListeners);
        expect(x.jsEventListeners, `all JS listeners after ${x.cycle} cycles`).toBeLessThanOrEqual(first.jsEventListeners);
      }
      const steady = samples.filter((x) => x.cycle >= BASELINE_CYCLE);
      const heapSlope = slope(steady.map((x) => x.cycle), steady.map((x) => x.heapMB));
      const snaps = steady.filter((x) => x.objectsMB !== undefined);
      const objects = snaps.map((x) => x.objectsMB ?? 0);
      const objectsSlope = slope(snaps.map((x) => x.cycle), objects);
      console.log(
        `heap slope over cycles ${SAMPLE_EVERY}–${CYCLES}: ${heapSlope.toFixed(4)} MB per cycle; ` +
          `JS objects ${objects.join(' → ')} MB (${objectsSlope.toFixed(4)} MB per cycle), code ${snaps.map((x) => x.codeMB).join(' → ')} MB`,
      );
      expect(snaps.length, 'heap snapshots').toBeGreaterThanOrEqual(2);
      // The JS objects (the app's own, MapLibre's, deck.gl's) do not grow; V8's compiled code may, as it optimises more.
      expect(Math.max(...objects.slice(1)), `JS objects per snapshot: ${objects.join(' ')} MB`).toBeLessThanOrEqual(objects[0]! * 1.02);
      expect(objectsSlope, 'JS objects trend, MB per cycle').toBeLessThan(0.01);
      expect(heapSlope, 'whole heap trend, MB per cycle').toBeLessThan(0.1);
    } finally {
      await context.close();
    }
  }, 600_000);
});
