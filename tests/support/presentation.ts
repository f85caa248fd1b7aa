import type { Page } from 'playwright-core';
import { MAP_TIMEOUT_MS, openPage, type AppSession, type OpenOptions } from './browser.ts';
import { readRepoFile } from './project.ts';

/** The presentation mode's domain driver: open the tour, wait for a step, read what a step shows. */

export interface TourStepData {
  id: string;
  title: string;
  view?: 'map' | 'indicators' | 'completion';
  layers: string[];
  highlight?: string[];
  camera: { center: [number, number]; zoom: number; pitch?: number; bearing?: number };
  deck?: { extrusion?: boolean; arcs?: { to: string }[] };
  numbers: { value: string; unit: string; ref: string }[];
}

/** The story file, read as the app reads it. */
export const TOUR = JSON.parse(readRepoFile('src/features/present/tour.json')) as {
  steps: TourStepData[];
};

/** The keys a presentation clicker sends for "next" and "previous". */
export const CLICKER = { next: 'PageDown', prev: 'PageUp' } as const;

export interface PresentOptions {
  viewport: { width: number; height: number };
  reducedMotion?: boolean;
}

/** Records calls of requestFullscreen, so a test can see that entering the mode asked for it. */
const FULLSCREEN_SPY = `(() => {
  const original = Element.prototype.requestFullscreen;
  window.__fullscreenRequests = 0;
  window.__fullscreenRequestsWithoutActivation = 0;
  Element.prototype.requestFullscreen = function (...args) {
    window.__fullscreenRequests++;
    // The browser's own word on whether a gesture allows it (a navigation by CDP can count as one).
    if (navigator.userActivation && !navigator.userActivation.isActive) window.__fullscreenRequestsWithoutActivation++;
    return original ? original.apply(this, args) : Promise.reject(new Error('no fullscreen'));
  };
})();`;

/**
 * `openPage` options for a page that may enter the presentation: the given screen, requests for
 * fullscreen recorded, and no wait for the explorer's map (a tour link never shows it).
 */
export function presentationPage(o: PresentOptions): OpenOptions {
  return {
    viewport: o.viewport,
    reducedMotion: o.reducedMotion ? 'reduce' : 'no-preference',
    initScripts: [FULLSCREEN_SPY],
    waitForMap: false,
  };
}

/** Waits until the presentation shows step `n` (1-based), its camera has arrived and the map has drawn it. */
export async function waitForStep(page: Page, n: number): Promise<void> {
  const root = page.locator(`[data-testid="presentation"][data-step="${n}"]`);
  await root.waitFor({ timeout: MAP_TIMEOUT_MS }).catch((e: Error) => {
    throw new Error(`the presentation did not show step ${n}: ${e.message}`);
  });
  await page.locator('[data-testid="present-map"][data-step-settled="true"]').waitFor({ timeout: MAP_TIMEOUT_MS });
  await page.waitForFunction(
    () => {
      const m = (window as unknown as { presentMap?: { loaded(): boolean; isMoving(): boolean } }).presentMap;
      return m !== undefined && m.loaded() && !m.isMoving();
    },
    undefined,
    { timeout: MAP_TIMEOUT_MS },
  );
  // A fresh frame, and MapLibre's symbol fade finished: 'idle' after a repaint.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const m = (window as unknown as { presentMap: { once(e: string, f: () => void): void; triggerRepaint(): void } }).presentMap;
        m.once('idle', () => resolve());
        m.triggerRepaint();
        // Never hang the test on a map that stopped rendering; the assertions then say what is missing.
        setTimeout(resolve, 30_000);
      }),
  );
  const step = TOUR.steps[n - 1];
  if (step && (step.deck?.extrusion || (step.deck?.arcs?.length ?? 0) > 0)) {
    await page.locator('[data-testid="present-map"][data-deck-ready="true"]').waitFor({ timeout: MAP_TIMEOUT_MS });
  }
  // The last frames (map and deck canvases) composite after idle.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150)))));
}

/** Opens the presentation by link at step `n`. */
export async function openTour(s: AppSession, n: number, o: PresentOptions, extra = '') {
  const opened = await openPage(s, `?tour=${n}${extra}`, presentationPage(o));
  await waitForStep(opened.page, n);
  return opened;
}

/** For each plan layer: whether all its map layers are visible, and how many of its features are drawn in view. */
export async function layerReport(page: Page, layerIds: string[]) {
  return page.evaluate((ids) => {
    type M = {
      getStyle(): { layers: { id: string; source?: string; metadata?: { layer?: string }; layout?: { visibility?: string } }[] };
      queryRenderedFeatures(o: { layers: string[] }): unknown[];
    };
    const m = (window as unknown as { presentMap: M }).presentMap;
    const style = m.getStyle();
    return ids.map((id) => {
      // Its sources' layers, and those marked as its own on the shared clustered points source (src/map/style/clusters.ts).
      const own = style.layers.filter((l) => l.source === `src-${id}` || l.source === `src-${id}-labels` || l.metadata?.layer === id);
      const geometry = own.filter((l) => !/-label(-line|-point)?$/.test(l.id)).map((l) => l.id);
      return {
        id,
        mapLayers: own.length,
        visible: own.length > 0 && own.every((l) => (l.layout?.visibility ?? 'visible') === 'visible'),
        rendered: m.queryRenderedFeatures({ layers: geometry }).length,
      };
    });
  }, layerIds);
}

/** Whether the element lies fully inside the viewport and inside its clipping panel (nothing cut off). */
export async function fullyShown(page: Page, selector: string): Promise<{ count: number; allShown: boolean; problems: string[] }> {
  return page.evaluate((sel) => {
    const problems: string[] = [];
    const els = [...document.querySelectorAll(sel)];
    for (const el of els) {
      const r = el.getBoundingClientRect();
      const clip = el.closest('.present__panel, .present__stage, .present__overlay-body')?.getBoundingClientRect();
      const inView = r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth + 0.5 && r.bottom <= innerHeight + 0.5;
      const inClip = !clip || (r.top >= clip.top - 0.5 && r.bottom <= clip.bottom + 0.5 && r.left >= clip.left - 0.5 && r.right <= clip.right + 0.5);
      if (!inView || !inClip) problems.push(`${(el.textContent ?? '').slice(0, 30)}: ${JSON.stringify(r)}`);
    }
    return { count: els.length, allShown: problems.length === 0, problems };
  }, selector);
}

/**
 * Share of a canvas's pixels that carry something: for the deck.gl overlay (transparent where it draws
 * nothing) the non-transparent pixels; for the map (opaque) those unlike its most common colour.
 */
export async function canvasInk(page: Page, selector: string, mode: 'alpha' | 'colour' = 'alpha'): Promise<number> {
  return page.evaluate(([sel, how]) => {
    const src = document.querySelector<HTMLCanvasElement>(sel);
    if (!src) return -1;
    const c = document.createElement('canvas');
    c.width = 240;
    c.height = Math.round((240 * src.height) / src.width);
    const ctx = c.getContext('2d');
    if (!ctx) return -1;
    ctx.drawImage(src, 0, 0, c.width, c.height);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const total = d.length / 4;
    if (how === 'alpha') {
      let ink = 0;
      for (let i = 0; i < d.length; i += 4) if ((d[i + 3] ?? 0) > 20) ink++;
      return ink / total;
    }
    const counts = new Map<number, number>();
    for (let i = 0; i < d.length; i += 4) {
      const key = ((d[i] ?? 0) >> 3) * 1024 + ((d[i + 1] ?? 0) >> 3) * 32 + ((d[i + 2] ?? 0) >> 3);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return 1 - Math.max(...counts.values()) / total;
  }, [selector, mode] as const);
}
