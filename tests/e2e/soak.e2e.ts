import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startSession, type AppSession } from '../support/browser.ts';
import { repoPath } from '../support/project.ts';
import { heapSnapshotSizes, listenerCount, slope } from '../support/memory.ts';
import { TOUR, waitForStep } from '../support/presentation.ts';

// Given a kiosk looping the tour unattended, when it has run many loops (offline after the first),
// then the JS heap, the DOM, the event listeners and the canvases do not grow from loop to loop.

const OUTPUT = repoPath('tests/output');
/** Loops of the whole tour; bounded so the test takes minutes, not hours. */
const LOOPS = Number(process.env.SOAK_LOOPS ?? 20);
/** Seconds per step: the shortest autoplay interval, so that 20 loops take minutes. */
const INTERVAL_S = 0.5;

/** Loops at which a heap snapshot also splits the heap into compiled code and everything else. */
// Not loop 2: on a loaded machine its sample once caught the tour mid-render (78 more DOM nodes, 0.7 MB
// fewer objects) and read as growth after it. From loop 5 the tour's chunks and caches are warm.
const SNAPSHOT_LOOPS = new Set([5, Math.round((LOOPS + 5) / 2), LOOPS]);

interface Sample {
  loop: number;
  /** performance.memory.usedJSHeapSize after garbage collection. */
  heapMB: number;
  /** From a heap snapshot: the JS heap without V8's compiled code (which grows as functions get optimised). */
  objectsMB?: number;
  codeMB?: number;
  domNodes: number;
  jsEventListeners: number;
  windowListeners: number;
  documentListeners: number;
  canvases: number;
}

let session: AppSession;
// A real gc() and unrounded heap figures for the measurements.
beforeAll(async () => {
  session = await startSession({ args: ['--js-flags=--expose-gc', '--enable-precise-memory-info'] });
});
afterAll(async () => {
  await session?.close();
});

async function sample(page: Page, cdp: CDPSession, loop: number): Promise<Sample> {
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
    await cdp.send('HeapProfiler.collectGarbage');
  }
  const heap = await page.evaluate(() => (performance as Performance & { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
  const dom = await cdp.send('Memory.getDOMCounters');
  return {
    loop,
    heapMB: Math.round((heap / 2 ** 20) * 100) / 100,
    ...(SNAPSHOT_LOOPS.has(loop) ? await heapSnapshotSizes(cdp) : {}),
    domNodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
    windowListeners: await listenerCount(cdp, 'window'),
    documentListeners: await listenerCount(cdp, 'document'),
    canvases: await page.evaluate(() => document.querySelectorAll('canvas').length),
  };
}

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

describe('an unattended screen looping the tour', () => {
  it(`runs ${LOOPS} loops at ${INTERVAL_S} s a step without growing, offline after the first loop`, async () => {
    let renderer = 'unknown';
    let started = 0;
    const { page, context, errors, close } = await openPage(session, `?tour=1&autoplay=${INTERVAL_S}&loop=1`, {
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
      waitForMap: false,
      before: async (p) => {
        renderer = await p.evaluate(() => {
          const gl = document.createElement('canvas').getContext('webgl2');
          const ext = gl?.getExtension('WEBGL_debug_renderer_info');
          return ext ? String(gl?.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'unknown';
        });
        started = Date.now();
      },
    });
    const cdp = await context.newCDPSession(page);
    const root = page.locator('[data-testid="presentation"]');
    await page.locator('[data-testid="present-map"][data-deck-ready="true"]').waitFor({ timeout: 120_000 });

    const samples: Sample[] = [];
    const loopTimesS: number[] = [];
    let loopStart = Date.now();
    for (let loop = 1; loop <= LOOPS; loop++) {
      await page.locator(`[data-testid="presentation"][data-loops="${loop}"]`).waitFor({ timeout: 240_000 });
      loopTimesS.push(Math.round((Date.now() - loopStart) / 100) / 10);
      // Measure on the same step every time: pause, back to step 1 (autoplay may have moved on), measure, play on.
      await page.keyboard.press('p');
      await expect.poll(() => root.getAttribute('data-playing')).toBe('false');
      await page.keyboard.press('Home');
      // The step settled and its map loaded and idle: a tile still being cut holds an abort listener
      // (MapLibre's request to its worker) until it comes, and CI read 324 and 342 listeners at one loop
      // of twenty, 247–250 at the others, when the sample came while step 1's tiles were loading.
      await waitForStep(page, 1);
      if (loop === 1) await context.setOffline(true);
      samples.push(await sample(page, cdp, loop));
      loopStart = Date.now();
      await page.keyboard.press('p');
      await expect.poll(() => root.getAttribute('data-playing')).toBe('true');
    }

    // The arcs' animation (motion allowed) on the national step for 45 s, sampled every 15 s.
    await page.keyboard.press('p');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const arcsStep = TOUR.steps.findIndex((s) => s.id === 'paired-cooperation') + 1;
    await page.keyboard.press('End');
    for (let n = TOUR.steps.length; n > arcsStep; n--) await page.keyboard.press('PageUp');
    await page.locator(`[data-testid="presentation"][data-step="${arcsStep}"]`).waitFor();
    // Sample from the settled step on: during the flight there, one-shot listeners (CI saw 504 against
    // 476 once settled) and the arcs' first shader compiles would read as growth.
    await page.locator('[data-testid="present-map"][data-step-settled="true"]').waitFor();
    await page.waitForTimeout(2000);
    const animation: { atS: number; heapMB: number; objectsMB?: number; jsEventListeners: number }[] = [];
    for (let i = 0; i <= 3; i++) {
      if (i > 0) await page.waitForTimeout(15_000);
      const s = await sample(page, cdp, 0);
      // The JS objects (not V8's compiled code, which grows as the render loop is optimised) at start and end.
      const objects = i === 0 || i === 3 ? (await heapSnapshotSizes(cdp)).objectsMB : undefined;
      animation.push({ atS: i * 15, heapMB: s.heapMB, ...(objects === undefined ? {} : { objectsMB: objects }), jsEventListeners: s.jsEventListeners });
    }

    const report = { renderer, intervalS: INTERVAL_S, loops: LOOPS, totalS: Math.round((Date.now() - started) / 1000), loopTimesS, samples, animation, errors };
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(resolve(OUTPUT, 'soak.json'), JSON.stringify(report, null, 2));
    console.log(`soak (${renderer}):`);
    console.table(samples);
    console.table(animation);

    expect(errors).toEqual([]);
    // The first loop warms up (chunks, glyphs, shader programs); from the second on nothing may grow.
    const steady = samples.filter((s) => s.loop >= 2);
    // The JS objects (heap snapshots) do not grow: any leak of the app's own objects shows here.
    const snaps = steady.filter((s) => s.objectsMB !== undefined);
    const objects = snaps.map((s) => s.objectsMB ?? 0);
    expect(Math.max(...objects.slice(1)), `JS objects per snapshot: ${objects.join(' ')} MB`).toBeLessThanOrEqual(objects[0]! * 1.01);
    expect(slope(snaps.map((s) => s.loop), objects), 'JS objects trend, MB per loop').toBeLessThan(0.01);
    // The whole heap also holds the code V8 compiles as it optimises more of the app, which levels off:
    // the second half of the run may not climb more than 150 KB a loop, nor 10% over the first loops.
    const secondHalf = steady.filter((s) => s.loop > LOOPS / 2);
    const heapSlope = slope(secondHalf.map((s) => s.loop), secondHalf.map((s) => s.heapMB));
    expect(heapSlope, `heap trend over the second half, MB per loop`).toBeLessThan(0.15);
    const firstFive = mean(steady.slice(0, 5).map((s) => s.heapMB));
    const lastFive = mean(steady.slice(-5).map((s) => s.heapMB));
    expect(lastFive, 'heap of the last five loops against the first five').toBeLessThan(firstFive * 1.1);
    // Listeners, DOM nodes and canvases: the second half of the run holds no more than the first, and no
    // trend. One-shot listeners (a pending moveend, a transition's end) come and go between samples: CI
    // saw 478–481 over 19 loops with no trend, so a count may exceed the first half's peak by that jitter
    // (3), while a leak of one listener a loop shows as +10 by the end and as a slope of 1.
    const JITTER = { jsEventListeners: 3, windowListeners: 0, documentListeners: 0, canvases: 0, domNodes: 0 };
    const half = Math.ceil(steady.length / 2);
    for (const key of ['jsEventListeners', 'windowListeners', 'documentListeners', 'canvases', 'domNodes'] as const) {
      const values = steady.map((s) => s[key]);
      expect(Math.max(...values.slice(half)), `${key} per loop: ${values.join(' ')}`).toBeLessThanOrEqual(Math.max(...values.slice(0, half)) + JITTER[key]);
      expect(slope(steady.map((s) => s.loop), values), `${key} trend per loop`).toBeLessThan(0.2);
    }
    expect(new Set(steady.map((s) => s.canvases)).size, 'canvases').toBe(1);
    const animObjects = animation.flatMap((a) => (a.objectsMB === undefined ? [] : [a.objectsMB]));
    expect(animObjects[1]!, `JS objects while the arcs animate 45 s: ${animObjects.join(' → ')} MB`).toBeLessThanOrEqual(animObjects[0]! * 1.01);
    const animSlope = slope(animation.map((a) => a.atS), animation.map((a) => a.heapMB));
    expect(animSlope * 60, `heap trend while the arcs animate, MB per minute`).toBeLessThan(1);
    expect(Math.max(...animation.map((a) => a.jsEventListeners)) - Math.min(...animation.map((a) => a.jsEventListeners))).toBeLessThanOrEqual(2);
    await close();
  }, 1_800_000);
});
