import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, startSession, type AppSession } from '../support/browser.ts';
import { GLYPHS_NOT_FETCHED_AHEAD, RECORD_GLYPHS_NOT_FETCHED_AHEAD } from '../support/glyphs.ts';
import { fullyShown, openTour, presentationPage, TOUR, waitForStep } from '../support/presentation.ts';

// Given the built app, when the presentation is opened by link on a wall (4K) and on a 1080p screen,
// then it says that it is loading from the first second, asks for full screen only on a gesture, the
// map has a geographic frame (Panjin, the coast and the bay, the neighbours, and for the national
// step a compliant national outline), the completion view's rows fit, and each place is named once.

let s: AppSession;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

type M = { queryRenderedFeatures(o?: object): { layer: { id: string; type: string }; properties: Record<string, unknown> }[] };

/** The map's rendered labels, by text (the names of the frame, base and highlight layers). */
function labelCounts() {
  const m = (window as unknown as { presentMap: M }).presentMap;
  const counts: Record<string, number> = {};
  // Names of places at a point (not roads and rivers, whose names repeat along them).
  const places = /^(present-highlight-label|frame-(city|panjin|sea)-label|base-admin-label|district-label)$/;
  for (const f of m.queryRenderedFeatures()) {
    if (!places.test(f.layer.id)) continue;
    const name = String(f.properties.nameZh ?? '');
    if (name) counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

/** Counts, by source id, the GeoJSON data the page sends to MapLibre's workers (its `LD` message). */
const COUNT_SOURCE_DATA_SENT = `(() => {
  window.__sourceDataSent = {};
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.type === 'LD' && message.data && typeof message.data.source === 'string') {
      window.__sourceDataSent[message.data.source] = (window.__sourceDataSent[message.data.source] || 0) + 1;
    }
    return post.call(this, message, ...rest);
  };
})();`;

describe('a tour opened by link', () => {
  it('shows a loading state within 1 s, its map starting before the mode, until the first step is drawn; full screen waits for the first key; no error', async () => {
    const page0 = presentationPage({ viewport: { width: 1920, height: 1080 }, reducedMotion: true });
    // When the loading state first shows, in ms since the navigation started.
    const seen = () => {
      const w = window as unknown as { __loadingSeenAt?: number };
      new MutationObserver((_, o) => {
        if (document.querySelector('[data-testid="present-loading"]')) {
          w.__loadingSeenAt = performance.now();
          o.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    };
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const { page, errors, close } = await openPage(s, '?tour=1', {
      ...page0,
      initScripts: [...(page0.initScripts ?? []), seen],
      // The mode's code is held back: its map starts without it (src/features/present/presentMapFirst.ts).
      before: (p) => p.route(/\/PresentationMode-[^/]*\.js$/, async (route) => (await held, route.continue())),
    });
    try {
      await page.waitForFunction(() => (window as unknown as { __loadingSeenAt?: number }).__loadingSeenAt !== undefined, undefined, { timeout: 30_000 });
      const at = await page.evaluate(() => (window as unknown as { __loadingSeenAt: number }).__loadingSeenAt);
      expect(at, 'ms from navigation to the loading state').toBeLessThan(1000);
      await page.locator('[data-testid="present-map"][data-map-idle="true"]').waitFor({ timeout: 60_000 });
      expect(await page.locator('[data-testid="presentation"]').count(), 'the mode before its code').toBe(0);
      // The map drew the opening step's place, under the loading state, and the mode takes this map in.
      const started = await page.evaluate(() => {
        const m = (window as unknown as { presentMap: { getCanvas(): HTMLCanvasElement & { __startedFirst?: boolean }; getZoom(): number } }).presentMap;
        m.getCanvas().__startedFirst = true;
        return m.getZoom();
      });
      // At 1920×1080 the step's own zoom (stepPose: log₂ of the screen's scale 1 adds nothing).
      expect(started).toBeCloseTo(TOUR.steps[0]!.camera.zoom, 1);
      type CameraMap = { getCenter(): { lng: number; lat: number }; getZoom(): number; getPadding(): Record<string, number>; getLayer(id: string): unknown };
      const camera = () =>
        page.evaluate(() => {
          const m = (window as unknown as { presentMap: CameraMap }).presentMap;
          const c = m.getCenter();
          return { lng: c.lng.toFixed(6), lat: c.lat.toFixed(6), zoom: m.getZoom().toFixed(4), padding: m.getPadding() };
        });
      const early = await camera();
      // The frame is drawn with the step's data, before the mode adds anything.
      expect(await page.evaluate(() => (window as unknown as { presentMap: CameraMap }).presentMap.getLayer('frame-land') !== undefined), 'the frame before the mode').toBe(true);
      release();
      await waitForStep(page, 1);
      // The early map's padding is where the mode's panel and bar are (stepInsets, computed from
      // present.css before that file was there), so the mode found its camera there and left it.
      const panel = await page.locator('[data-testid="present-panel"]').boundingBox();
      const bar = await page.locator('[data-testid="present-bar"]').boundingBox();
      expect(early.padding).toMatchObject({ left: Math.round((panel?.x ?? 0) + (panel?.width ?? 0)), bottom: 1080 - Math.round(bar?.y ?? 0) });
      expect(await camera(), 'the mode did not move the camera').toEqual(early);
      expect(await page.evaluate(() => (window as unknown as { presentMap: { getCanvas(): { __startedFirst?: boolean } } }).presentMap.getCanvas().__startedFirst)).toBe(true);
      expect(await page.locator('[data-testid="present-map"]').count(), 'one map').toBe(1);
      expect(await page.locator('[data-testid="presentation"] [data-testid="present-map"]').count(), 'in the mode').toBe(1);
      expect(await page.locator('[data-testid="present-loading"]').count()).toBe(0);
      // Nothing asked for full screen without a gesture; the first key does (unless the browser counted
      // the test's navigation as one and it was asked at once: Chromium sometimes reports
      // navigator.userActivation.isActive after a CDP navigation).
      type Spy = { __fullscreenRequests: number; __fullscreenRequestsWithoutActivation: number };
      const spy = () => page.evaluate(() => ({ all: (window as unknown as Spy).__fullscreenRequests, ungestured: (window as unknown as Spy).__fullscreenRequestsWithoutActivation }));
      const before = await spy();
      expect(before.ungestured, 'full screen asked without a gesture').toBe(0);
      expect(before.all).toBeLessThanOrEqual(1);
      await page.keyboard.press('ArrowRight');
      await waitForStep(page, 2);
      const after = await spy();
      expect(after.ungestured, 'full screen asked without a gesture').toBe(0);
      expect(after.all, 'full screen asked once, at once or at the first key').toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);

  it('the labels of the first step and its highlight wait for no glyph download (at 1440×900 the pitched step loads tiles a zoom level deeper than its own); the highlight goes to the worker once', async () => {
    const page0 = presentationPage({ viewport: { width: 1440, height: 900 }, reducedMotion: true });
    const { page, errors, close } = await openPage(s, '?tour=1', {
      ...page0,
      initScripts: [...(page0.initScripts ?? []), RECORD_GLYPHS_NOT_FETCHED_AHEAD('presentMap'), COUNT_SOURCE_DATA_SENT],
    });
    try {
      await waitForStep(page, 1);
      // src/map/labelGlyphs.ts: the step's labels at style load (the roads' too, from the deeper tiles),
      // the highlight's when it is set; each worker's ask then finds its ranges fetched or on the way.
      const asked = await page.evaluate(GLYPHS_NOT_FETCHED_AHEAD);
      expect(asked.asks, 'the worker asked for glyphs (the hook took)').toBeGreaterThan(0);
      expect(asked.notAhead, 'glyphs the worker asked for that were not fetched ahead').toBe('');
      // The selection source goes with the style (empty), then with the step's highlight, which the map
      // sets as it starts before the mode; the mode sets the same step again, which sends nothing
      // (src/map/selectionView.ts): sent again, the worker cut its tiles again, a frame or two later.
      const sent = await page.evaluate(() => (window as unknown as { __sourceDataSent: Record<string, number> }).__sourceDataSent);
      expect(sent.selection, JSON.stringify(sent)).toBe(2);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);
});

const SCREENS = [
  { name: '3840x2160', viewport: { width: 3840, height: 2160 }, reducedMotion: true },
  { name: '1920x1080', viewport: { width: 1920, height: 1080 }, reducedMotion: true },
];

describe('the presentation’s frame on a wall and on 1080p', () => {
  for (const sc of SCREENS) {
    const open = async (n: number, id: string) => {
      const opened = await openTour(s, n, sc);
      await screenshot(opened.page, `present-frame-${sc.name}-${String(n).padStart(2, '0')}-${id}`);
      return opened;
    };

    it(`${sc.name}: the district among its neighbours, and the partners, each named once`, async () => {
      for (const [n, id] of [[1, 'foundation'], [9, 'enclave-parks']] as const) {
        const { page, errors, close } = await open(n, id);
        try {
          const rendered = await page.evaluate(labelCounts);
          for (const [name, count] of Object.entries(rendered)) expect(count, `${id}: ${name} labelled ${count} times`).toBe(1);
          // The district is named at both sizes (at 4K the rivers' names took its place).
          expect(rendered['兴隆台区'], `${id}: 兴隆台区 named`).toBe(1);
          if (n === 9) expect(rendered['盘锦市'], 'Panjin named').toBe(1);
          // Placed is not seen: a name under a fill is counted above but hidden.
          const order = await page.evaluate(() =>
            (window as unknown as { presentMap: { getStyle(): { layers: { id: string; type: string }[] } } }).presentMap.getStyle().layers.map((l) => `${l.type}:${l.id}`),
          );
          const lastFill = Math.max(...order.map((l, i) => (l.startsWith('fill:') ? i : -1)));
          for (const id of ['frame-panjin-label', 'frame-city-label', 'frame-sea-label']) expect(order.indexOf(`symbol:${id}`), `${id} above the fills`).toBeGreaterThan(lastFill);
          if (n === 9) expect(rendered['辽东湾'], 'Liaodong Bay named').toBe(1);
          expect(errors).toEqual([]);
        } finally {
          await close();
        }
      }
    }, 300_000);

    it(`${sc.name}: the national step draws China's compliant outline`, async () => {
      const { page, errors, close } = await open(10, 'paired-cooperation');
      try {
        const layers = await page.evaluate(() => {
          const m = (window as unknown as { presentMap: M }).presentMap;
          return [...new Set(m.queryRenderedFeatures().map((f) => f.layer.id))];
        });
        expect(layers).toEqual(expect.arrayContaining(['frame-national-outline', 'frame-south-china-sea-line', 'frame-land-national']));
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }, 300_000);

    it(`${sc.name}: the completion view's rows fit, none cut`, async () => {
      const { page, errors, close } = await open(2, 'completion');
      try {
        const rows = await fullyShown(page, '[data-testid="completion-row"]');
        expect(rows.problems, 'completion rows cut off').toEqual([]);
        const cut = await page.locator('.completion__label').evaluateAll((ls) => ls.filter((l) => l.scrollWidth > l.clientWidth + 1).length);
        expect(cut, 'row labels cut').toBe(0);
        const stage = await page.locator('[data-testid="present-stage"]').evaluate((e) => e.scrollHeight - e.clientHeight);
        expect(stage, 'the stage does not scroll').toBeLessThanOrEqual(1);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }, 300_000);
  }
});
