/**
 * A presentation opened by link (`?tour=1`), timed from navigation to its first step drawn: the
 * presentation's map (`[data-testid="present-map"]`) has arrived at the step's camera
 * (`data-step-settled="true"`, src/features/present/useStepCamera.ts) and MapLibre is idle there
 * (`data-map-idle="true"`, set after the last move). Compared by the bench with the explorer's first idle.
 */
import type { Browser, Page } from 'playwright-core';
import { VIEWPORT } from './measure.ts';

/** What a drawn first step is, as a selector. */
export const TOUR_DRAWN = '[data-testid="present-map"][data-step-settled="true"][data-map-idle="true"]';

/**
 * An init script that records in `window.__drawnAt` the moment `selector` first matches, as it
 * happens (a MutationObserver): a wait from outside the page polls, and would count what starts right
 * after the moment as before it. A string: the script runner would wrap a function's helpers.
 */
export function drawnAtScript(selector: string): string {
  return `(() => {
  window.__drawnAt = null;
  new MutationObserver((_, o) => {
    if (document.querySelector(${JSON.stringify(selector)})) {
      window.__drawnAt = performance.now();
      o.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;
}

/** Waits for the moment `drawnAtScript` recorded; returns it (ms from navigation). */
export async function drawnAt(page: Page, timeoutMs: number): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __drawnAt: number | null }).__drawnAt !== null, undefined, { timeout: timeoutMs, polling: 50 });
  return page.evaluate(() => (window as unknown as { __drawnAt: number }).__drawnAt);
}

/** ms from navigation to the first step drawn, in a fresh context (empty cache). */
export async function measureTourFirstStep(browser: Browser, url: string, timeoutMs: number): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(drawnAtScript(TOUR_DRAWN));
    const page = await context.newPage();
    await page.goto(url, { timeout: timeoutMs });
    return await drawnAt(page, timeoutMs);
  } finally {
    await context.close();
  }
}
