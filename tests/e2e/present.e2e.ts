import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plan/parsePlan.ts';
import { openPage, screenshot, startSession, waitForMapIdle, type AppSession } from '../support/browser.ts';
import { readPlanText } from '../support/project.ts';
import { canvasInk, CLICKER, fullyShown, layerReport, openTour, presentationPage, TOUR, waitForStep } from '../support/presentation.ts';

// Given the built app and the story file, when the presentation mode is driven as a presenter would,
// then every step shows what the file says and the plan backs.

const plan = parsePlan(readPlanText());
const appendix = plan.tables.find((t) => t.id === 'appendix')!;
const DECK_CANVAS = '[data-testid="present-map"] .maplibregl-ctrl-top-left canvas';
const MAP_CANVAS = '[data-testid="present-map"] canvas.maplibregl-canvas';

let s: AppSession;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

const tourParam = (page: Page) => new URL(page.url()).searchParams.get('tour');

/** What a step must show, checked on screen. */
async function expectStepShown(page: Page, n: number): Promise<void> {
  const step = TOUR.steps[n - 1]!;
  const root = page.locator('[data-testid="presentation"]');
  expect(await root.getAttribute('data-step'), 'step').toBe(String(n));
  expect(tourParam(page), 'the link holds the step').toBe(String(n));
  expect(await page.locator('[data-testid="present-title"]').textContent()).toBe(step.title);
  expect(await page.locator('[data-testid="key-number-value"]').allTextContents()).toEqual(step.numbers.map((x) => x.value));
  const numbers = await fullyShown(page, '[data-testid="key-number"]');
  expect(numbers.problems, `${step.id}: key numbers cut off or off screen`).toEqual([]);
  expect(numbers.count).toBe(step.numbers.length);
  const title = await fullyShown(page, '[data-testid="present-title"]');
  expect(title.problems, `${step.id}: title`).toEqual([]);
  // Each number links to its row or section of the plan.
  expect(await page.locator('[data-testid="key-number-ref"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
    step.numbers.map((x) => `?plan=${x.ref}`),
  );

  if ((step.view ?? 'map') === 'map') {
    for (const l of await layerReport(page, step.layers)) {
      expect(l.visible, `${step.id}: layer ${l.id} visible`).toBe(true);
      expect(l.rendered, `${step.id}: layer ${l.id} drawn in view`).toBeGreaterThan(0);
    }
    if ((step.highlight ?? []).length > 0) {
      const outlined = await page.evaluate(
        () =>
          (window as unknown as { presentMap: { queryRenderedFeatures(o: object): unknown[] } }).presentMap.queryRenderedFeatures({
            layers: ['selection-outline', 'selection-point'],
          }).length,
      );
      expect(outlined, `${step.id}: highlighted features drawn`).toBeGreaterThan(0);
    }
    const deckLayers = (await page.locator('[data-testid="present-map"]').getAttribute('data-deck-layers')) ?? '';
    if (step.deck?.extrusion) {
      expect(deckLayers).toContain('extrusion');
      expect(await page.locator('[data-testid="extrusion-legend"]').textContent()).toMatch(/三维高度 = 规划所载占地面积/);
    }
    if ((step.deck?.arcs?.length ?? 0) > 0) {
      expect(deckLayers).toContain('arcs');
      expect(await page.locator('[data-testid="arc-legend"]').isVisible()).toBe(true);
    }
    if (deckLayers !== '') expect(await canvasInk(page, DECK_CANVAS), `${step.id}: deck.gl drew`).toBeGreaterThan(0.001);
  } else {
    const stage = page.locator('[data-testid="present-stage"]');
    expect(await stage.isVisible()).toBe(true);
    if (step.view === 'completion') expect(await stage.locator('[data-testid="completion-table"]').count()).toBe(4);
    if (step.view === 'indicators') {
      const cats = (step as { indicatorCategories?: string[] }).indicatorCategories;
      const rows = appendix.rows.filter((r) => !cats || cats.includes(r.category ?? ''));
      expect(await stage.locator('[data-testid="indicator-card"]').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-row-id')))).toEqual(
        rows.map((r) => r.id),
      );
      const cards = await fullyShown(page, '[data-testid="present-stage"] [data-testid="indicator-card"]');
      expect(cards.problems, `${step.id}: indicator cards cut off`).toEqual([]);
    }
  }
  // Nothing of the panel is clipped.
  const overflow = await page.evaluate(() => {
    const p = document.querySelector('[data-testid="present-panel"]');
    return p ? p.scrollHeight - p.clientHeight : 0;
  });
  expect(overflow, `${step.id}: the panel's content fits`).toBeLessThanOrEqual(1);
}

describe('the whole tour on large screens', () => {
  const screens = [
    // The video wall: reduced motion (camera jumps), which also keeps this test's time bounded.
    { name: '3840x2160', viewport: { width: 3840, height: 2160 }, reducedMotion: true, next: 'button' as const },
    { name: '1920x1080', viewport: { width: 1920, height: 1080 }, reducedMotion: false, next: 'key' as const },
  ];
  for (const sc of screens) {
    it(`at ${sc.name}: each step shows its title, its numbers and its layers (a screenshot per step)`, async () => {
      const { page, errors, close } = await openTour(s, 1, sc);
      try {
        for (let n = 1; n <= TOUR.steps.length; n++) {
          if (n > 1) {
            if (sc.next === 'button') await page.getByRole('button', { name: '下一步 ›' }).click();
            else await page.keyboard.press('ArrowRight');
            await waitForStep(page, n);
          }
          await expectStepShown(page, n);
          await screenshot(page, `present-${sc.name}-${String(n).padStart(2, '0')}-${TOUR.steps[n - 1]!.id}`);
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }, 1_200_000);
  }
});

describe('driven by a presentation clicker and the keyboard', () => {
  const screen = { viewport: { width: 1280, height: 720 }, reducedMotion: true };

  it('the header button enters the mode (asking for full screen) and Esc leaves it', async () => {
    const { page, errors, close } = await openPage(s, '', presentationPage(screen));
    try {
      await waitForMapIdle(page);
      await page.locator('[data-testid="open-presentation"]').click();
      await waitForStep(page, 1);
      expect(await page.evaluate(() => (window as unknown as { __fullscreenRequests: number }).__fullscreenRequests)).toBeGreaterThanOrEqual(1);
      await expect.poll(() => page.locator('[data-testid="presentation"]').getAttribute('data-fullscreen')).toMatch(/^(on|refused)$/);
      expect(tourParam(page)).toBe('1');
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="presentation"]').waitFor({ state: 'detached', timeout: 10_000 });
      expect(tourParam(page)).toBeNull();
      expect(await page.locator('[data-testid="map"]').isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);

  it('PageDown/PageUp, space, arrows, Home/End and step numbers move through the tour', async () => {
    const { page, errors, close } = await openTour(s, 1, screen);
    const last = TOUR.steps.length;
    try {
      const press = async (key: string, expected: number) => {
        await page.keyboard.press(key);
        await waitForStep(page, expected);
        expect(tourParam(page), `after ${key}`).toBe(String(expected));
      };
      await press(CLICKER.next, 2);
      await press(CLICKER.next, 3);
      await press(CLICKER.prev, 2);
      await press(' ', 3);
      await press('ArrowRight', 4);
      await press('ArrowLeft', 3);
      await press('End', last);
      await press(CLICKER.next, last); // no loop: stays on the last step
      await press('Home', 1);
      await press(CLICKER.prev, 1);
      await press('5', 5);
      // Two digits in quick succession: step 12.
      await page.keyboard.press('1');
      await page.keyboard.press('2');
      await waitForStep(page, 12);
      // The progress indicator follows.
      expect(await page.locator('[data-testid="present-progress"]').textContent()).toBe(`12 / ${last}`);
      expect(await page.locator('[aria-current="step"]').textContent()).toBe('12');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);

  it('explore pauses the tour and frees the map; resume returns to the step', async () => {
    const { page, errors, close } = await openTour(s, 5, screen);
    try {
      const root = page.locator('[data-testid="presentation"]');
      await page.locator('[data-testid="present-interval"]').selectOption('5');
      await page.keyboard.press('p');
      expect(await root.getAttribute('data-playing')).toBe('true');
      const camera = () =>
        page.evaluate(() => {
          const m = (window as unknown as { presentMap: { getCenter(): { lng: number; lat: number }; getZoom(): number; dragPan: { isEnabled(): boolean } } })
            .presentMap;
          return { lng: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom(), drag: m.dragPan.isEnabled() };
        });
      const before = await camera();
      expect(before.drag, 'the tour drives the camera').toBe(false);
      await page.keyboard.press('e');
      await page.locator('[data-testid="explore-bar"]').waitFor();
      expect(await root.getAttribute('data-exploring')).toBe('true');
      expect(await root.getAttribute('data-playing')).toBe('false');
      expect((await camera()).drag).toBe(true);
      // Drag the map and zoom in: the presenter looks elsewhere.
      const box = (await page.locator('[data-testid="present-map"]').boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3, { steps: 8 });
      await page.mouse.up();
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(600);
      const moved = await camera();
      expect(Math.abs(moved.lng - before.lng) + Math.abs(moved.lat - before.lat)).toBeGreaterThan(0.005);
      // Autoplay waits while exploring.
      await page.waitForTimeout(6000);
      expect(await root.getAttribute('data-step')).toBe('5');
      await screenshot(page, 'present-explore');
      await page.getByRole('button', { name: '继续演示（E）' }).click();
      await waitForStep(page, 5);
      const back = await camera();
      expect(back.lng).toBeCloseTo(before.lng, 3);
      expect(back.lat).toBeCloseTo(before.lat, 3);
      expect(back.zoom).toBeCloseTo(before.zoom, 2);
      expect(back.drag).toBe(false);
      expect(await root.getAttribute('data-playing')).toBe('true');
      // Autoplay goes on: step 6 within its interval.
      await waitForStep(page, 6);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);

  it('autoplay loops the tour for an unattended screen, and its interval and loop are set from the controls', async () => {
    const { page, errors, close } = await openTour(s, TOUR.steps.length - 1, screen, '&autoplay=1&loop=1');
    try {
      const root = page.locator('[data-testid="presentation"]');
      // It passes the last step and starts over, counting the loop.
      await expect.poll(async () => Number(await root.getAttribute('data-loops')), { timeout: 120_000 }).toBeGreaterThanOrEqual(1);
      expect(new URL(page.url()).searchParams.get('loop')).toBe('1');
      await page.keyboard.press('p');
      expect(await root.getAttribute('data-playing')).toBe('false');
      expect(new URL(page.url()).searchParams.get('autoplay')).toBeNull();
      await page.locator('[data-testid="present-interval"]').selectOption('30');
      await page.locator('[data-testid="present-loop"]').uncheck();
      await page.locator('[data-testid="present-play"]').click();
      expect(new URL(page.url()).searchParams.get('autoplay')).toBe('30');
      expect(new URL(page.url()).searchParams.get('loop')).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);

  it('a link opens the tour at its step, the explorer starting once it is left; a step beyond the tour opens the last with a notice', async () => {
    const { page, close } = await openTour(s, 7, screen);
    expect(await page.locator('[data-testid="present-title"]').textContent()).toBe(TOUR.steps[6]!.title);
    // The explorer's map is not started under a tour opened by link; leaving the tour starts it.
    expect(await page.locator('[data-testid="map"]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="presentation"]').waitFor({ state: 'detached', timeout: 10_000 });
    await waitForMapIdle(page);
    expect(tourParam(page)).toBeNull();
    await close();
    const far = await openPage(s, '?tour=60', presentationPage(screen));
    await waitForStep(far.page, TOUR.steps.length);
    expect(await far.page.locator('[data-testid="present-notices"]').textContent()).toContain('60');
    await far.close();
  }, 300_000);
});

describe('the indicators dashboard', () => {
  it('on its own shows the 23 indicators of the 附表 exactly as written, each linked to its row, and the 表1–表4 completion', async () => {
    const { page, errors, close } = await openTour(s, 1, { viewport: { width: 1920, height: 1080 }, reducedMotion: true });
    try {
      await page.keyboard.press('i');
      const overlay = page.locator('[data-testid="dashboard-overlay"]');
      await overlay.waitFor();
      const cards = await overlay.locator('[data-testid="indicator-card"]').evaluateAll((cs) =>
        cs.map((c) => ({
          id: c.getAttribute('data-row-id'),
          href: c.getAttribute('href'),
          v2020: c.querySelector('[data-testid="indicator-2020"]')?.getAttribute('data-value'),
          v2025: c.querySelector('[data-testid="indicator-2025"]')?.getAttribute('data-value'),
          text: c.textContent,
        })),
      );
      expect(cards).toHaveLength(23);
      appendix.rows.forEach((row, i) => {
        const c = cards[i]!;
        expect(c.id).toBe(row.id);
        expect(c.href).toBe(`?plan=${row.id}`);
        expect(c.v2020).toBe(row.cells[4]);
        expect(c.v2025).toBe(row.cells[5]);
        expect(c.text).toContain(`年均递增（%）：${row.cells[6]}`);
        expect(c.text).toContain(row.cells[2]!.replace(/\n/g, ''));
      });
      await screenshot(page, 'present-dashboard-indicators');
      await overlay.getByRole('tab', { name: '“十三五”完成情况' }).click();
      expect(await overlay.locator('[data-testid="completion-row"]').count()).toBe(7 + 8 + 9 + 13);
      await screenshot(page, 'present-dashboard-completion');
      // A card opens its row: in the presentation first, then in the explorer's plan panel.
      await overlay.getByRole('tab', { name: '附表 · 23项指标' }).click();
      await overlay.locator('[data-testid="indicator-card"][data-row-id="appendix-r5"]').click();
      const passage = page.locator('[data-testid="plan-overlay"][data-plan-ref="appendix-r5"]');
      await passage.waitFor();
      expect(await passage.textContent()).toContain('固定资产投资');
      await screenshot(page, 'present-plan-passage');
      await passage.getByRole('link', { name: '在规划原文面板中打开' }).click();
      await page.locator('[data-testid="presentation"]').waitFor({ state: 'detached' });
      await page.locator('[data-testid="plan-panel"] [data-plan-id="appendix-r5"].is-target').waitFor({ timeout: 20_000 });
      expect(new URL(page.url()).searchParams.get('plan')).toBe('appendix-r5');
      expect(tourParam(page)).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);
});

describe('the first screen of the viewer', () => {
  it('does not load deck.gl; the presentation mode does', async () => {
    const scripts: { url: string; deck: boolean }[] = [];
    const { page, errors, close } = await openPage(s, '', {
      ...presentationPage({ viewport: { width: 1440, height: 900 } }),
      before: (p) =>
        p.on('response', async (r) => {
          if (!/\.m?js(\?|$)/.test(r.url())) return;
          const body = await r.text().catch(() => '');
          scripts.push({ url: r.url(), deck: body.includes('deck.gl') });
        }),
    });
    try {
      await waitForMapIdle(page);
      await page.waitForTimeout(2000);
      const firstScreen = [...scripts];
      expect(firstScreen.length).toBeGreaterThan(0);
      expect(firstScreen.filter((x) => x.deck).map((x) => x.url)).toEqual([]);
      expect(await page.evaluate(() => (globalThis as { deck?: unknown }).deck)).toBeUndefined();
      // Control: the same check sees deck.gl once the mode is opened.
      await page.locator('[data-testid="open-presentation"]').click();
      await waitForStep(page, 1);
      await page.locator('[data-testid="present-map"][data-deck-ready="true"]').waitFor();
      expect(scripts.filter((x) => x.deck).length).toBeGreaterThan(0);
      expect(await page.evaluate(() => (globalThis as { deck?: { VERSION?: string } }).deck?.VERSION)).toMatch(/^9\./);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);
});

describe('kiosk robustness', () => {
  it('recovers the map and the deck.gl overlay from a lost WebGL context, offline', async () => {
    const { page, errors, close } = await openTour(s, 9, { viewport: { width: 1280, height: 720 }, reducedMotion: true });
    try {
      // The kiosk goes offline once the mode has every glyph range in memory.
      await page.locator('[data-testid="present-map"][data-glyphs-kept="true"]').waitFor();
      await page.context().setOffline(true);
      // The map's context: lost, then given back by the browser.
      await page.evaluate(async () => {
        const m = (window as unknown as { presentMap: { getCanvas(): HTMLCanvasElement } }).presentMap;
        const ext = m.getCanvas().getContext('webgl2')?.getExtension('WEBGL_lose_context');
        if (!ext) throw new Error('no WEBGL_lose_context');
        ext.loseContext();
        await new Promise((r) => setTimeout(r, 500));
        ext.restoreContext();
      });
      await page.waitForFunction(
        () => !(window as unknown as { presentMap: { getCanvas(): HTMLCanvasElement } }).presentMap.getCanvas().getContext('webgl2')?.isContextLost(),
        undefined,
        { timeout: 30_000 },
      );
      await waitForStep(page, 9);
      for (const l of await layerReport(page, TOUR.steps[8]!.layers)) expect(l.rendered, `${l.id} after restore`).toBeGreaterThan(0);
      expect(await canvasInk(page, MAP_CANVAS, 'colour')).toBeGreaterThan(0.2);
      // The overlay's own context: lost for good; the controller builds a new overlay. Its canvas is
      // touched only once deck.gl has made its context: a getContext() before that would create one
      // without preserveDrawingBuffer, which deck.gl then takes over, and the canvas reads back blank.
      const loads = page.locator('[data-testid="present-map"][data-deck-loads]');
      await loads.waitFor();
      const before = Number(await loads.getAttribute('data-deck-loads'));
      const oldCanvas = await page.locator(DECK_CANVAS).elementHandle();
      await page.evaluate((c) => (c as HTMLCanvasElement).getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext(), oldCanvas);
      await page.locator(`[data-testid="present-map"][data-deck-loads="${before + 1}"]`).waitFor({ timeout: 30_000 });
      expect(await page.locator(DECK_CANVAS).evaluate((c, old) => c !== old, oldCanvas), 'a new canvas').toBe(true);
      // Its shaders compile anew (slowly, in software): wait for the arcs to appear.
      await expect
        .poll(() => canvasInk(page, DECK_CANVAS), { message: 'the rebuilt overlay draws the arcs', timeout: 60_000 })
        .toBeGreaterThan(0.001);
      await screenshot(page, 'present-after-context-loss');
      // Offline, the tour goes on through the national arcs and the dashboards.
      for (let n = 10; n <= TOUR.steps.length; n++) {
        await page.keyboard.press(CLICKER.next);
        await waitForStep(page, n);
      }
      expect(errors.filter((e) => !/context lost|CONTEXT_LOST/i.test(e))).toEqual([]);
    } finally {
      await close();
    }
  }, 600_000);
});
