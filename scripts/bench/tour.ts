/**
 * A presentation opened by link (`?tour=1`), timed from navigation to its first step drawn: the
 * presentation's map (`[data-testid="present-map"]`) has arrived at the step's camera
 * (`data-step-settled="true"`, src/features/present/useStepCamera.ts) and MapLibre is idle there
 * (`data-map-idle="true"`, set after the last move). Compared by the bench with the explorer's first idle.
 */
import type { Browser } from 'playwright-core';
import { VIEWPORT } from './measure.ts';

const INIT_SCRIPT = `(() => {
  const b = (window.__tour = { drawnAt: null });
  const check = () => {
    if (b.drawnAt !== null) return;
    const el = document.querySelector('[data-testid="present-map"]');
    if (el && el.getAttribute('data-step-settled') === 'true' && el.getAttribute('data-map-idle') === 'true') b.drawnAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step-settled', 'data-map-idle'] });
})();`;

/** ms from navigation to the first step drawn, in a fresh context (empty cache). */
export async function measureTourFirstStep(browser: Browser, url: string, timeoutMs: number): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(INIT_SCRIPT);
    const page = await context.newPage();
    await page.goto(url, { timeout: timeoutMs });
    await page.waitForFunction(() => (window as unknown as { __tour: { drawnAt: number | null } }).__tour.drawnAt !== null, undefined, {
      timeout: timeoutMs,
      polling: 50,
    });
    return await page.evaluate(() => (window as unknown as { __tour: { drawnAt: number } }).__tour.drawnAt);
  } finally {
    await context.close();
  }
}
