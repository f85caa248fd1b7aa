import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAP_TIMEOUT_MS, openPage, screenshot, settle, startSession, waitForMapIdle, type AppSession } from '../support/browser.ts';
import { presentationPage, waitForStep } from '../support/presentation.ts';

/**
 * Accessibility (WCAG 2.2 AA) in the built app: axe-core on the main views in both languages, failing
 * on any serious or critical violation, and the keyboard journey to a feature's popup and back.
 *
 * axe is injected with `page.evaluate(source)`, under the build's own Content-Security-Policy (no
 * `bypassCSP`): an evaluation from the test driver is not a page script, so `script-src 'self'` does
 * not stop it, and the page is tested exactly as it ships (a `<script>` tag would be refused).
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

async function runAxe(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type AxeResult = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: JSON.stringify(n.target), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300) })),
    }));
  }, WCAG_TAGS);
}

/** One line per failing node: rule id, impact, target and axe's summary. */
function report(view: string, violations: Violation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${view}: [${v.impact}] ${v.id} (${v.help}) at ${n.target}: ${n.summary}`))
    .join('\n');
}

let s: AppSession;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

/** The main views: how to open each, and what says it is ready. */
const VIEWS: { name: string; query: string; ready(page: Page): Promise<void> }[] = [
  { name: 'map', query: '', ready: async () => undefined },
  {
    name: 'popup',
    query: '?feature=green-island-park',
    ready: async (page) => {
      await page.locator('.maplibregl-popup [data-testid="feature-popup"]').waitFor({ timeout: 10_000 });
      await settle(page);
    },
  },
  { name: 'plan', query: '?plan=t5-r7', ready: (page) => page.locator('[data-testid="plan-panel"] .is-target').first().waitFor({ timeout: 10_000 }) },
  {
    name: 'import menu',
    query: '',
    ready: async (page) => {
      await page.locator('[data-testid="open-import"]').click();
      await page.locator('[data-testid="import-crs"]').waitFor({ timeout: 10_000 });
    },
  },
  { name: 'list', query: '?panel=list', ready: (page) => page.locator('[data-testid="list-row"]').first().waitFor({ timeout: 10_000 }) },
  { name: 'presentation', query: '?tour=1', ready: (page) => waitForStep(page, 1) },
];

describe('axe-core finds no serious or critical WCAG 2.2 AA violation', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const view of VIEWS) {
      it(`${view.name} (${lang})`, async () => {
        const query = lang === 'en' ? `${view.query}${view.query ? '&' : '?'}lang=en` : view.query;
        const { page, errors, close } = await openPage(s, query, presentationPage({ viewport: { width: 1440, height: 900 } }));
        if (view.name === 'presentation') await view.ready(page);
        else {
          await waitForMapIdle(page);
          await view.ready(page);
        }
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === 'en' ? 'en' : 'zh-CN');
        const violations = await runAxe(page);
        await screenshot(page, `a11y-${view.name}-${lang}`);
        const all = report(`${view.name} ${lang}`, violations);
        if (all) console.log(all);
        const failing = violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ''));
        expect(failing.map((v) => v.id), report(`${view.name} ${lang}`, failing)).toEqual([]);
        expect(errors).toEqual([]);
        await close();
      });
    }
  }

  it('the check can fail: unreadable text and an unlabelled field are reported', async () => {
    const { page, close } = await openPage(s);
    await page.evaluate(() => {
      // The title in a brown close to the header's, and a search field without its label.
      document.querySelector<HTMLElement>('.app-header h1')!.style.color = '#5a4632';
      const input = document.querySelector('.search input')!;
      for (const a of ['aria-label', 'aria-labelledby', 'placeholder', 'title']) input.removeAttribute(a);
      input.id = 'unlabelled';
      document.querySelectorAll('label[for]').forEach((l) => l.getAttribute('for') === 'unlabelled' && l.remove());
    });
    const ids = (await runAxe(page)).filter((v) => FAILING_IMPACTS.has(v.impact ?? '')).map((v) => v.id);
    expect(ids).toContain('color-contrast');
    expect(ids.some((id) => id === 'label' || id === 'aria-input-field-name')).toBe(true);
    await close();
  });
});

/** What has the focus: its test id, its feature id, and whether the popup (or sheet) contains it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    const ring = a ? getComputedStyle(a) : null;
    return {
      tag: a?.tagName.toLowerCase() ?? null,
      testId: a?.dataset.testid ?? null,
      featureId: a?.closest<HTMLElement>('[data-feature-id]')?.dataset.featureId ?? null,
      inPopup: !!a?.closest('.popup-root'),
      role: a?.getAttribute('role') ?? null,
      label: a?.getAttribute('aria-label') ?? null,
      outline: ring ? `${ring.outlineStyle} ${ring.outlineWidth}` : null,
      inList: !!a?.closest('[data-testid="list-panel"]'),
    };
  });

async function tabUntil(page: Page, done: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (done(f)) return f;
  }
  throw new Error(`not reached within ${max} Tab presses; focus is on ${JSON.stringify(await focused(page))}`);
}

describe('the keyboard alone', () => {
  it('skip link → list → a feature row → Enter opens its popup with the focus inside → Esc closes and returns', async () => {
    const { page, errors, close } = await openPage(s);
    // The first Tab reaches the skip link, with a visible focus ring.
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.testId).toBe('skip-to-list');
    expect(skip.outline).toMatch(/^solid [1-9]/);
    expect(await page.locator('[data-testid="skip-to-list"]').isVisible()).toBe(true);
    await screenshot(page, 'a11y-keyboard-01-skip-link');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="list-row"]').first().waitFor({ timeout: 10_000 });
    await expect.poll(async () => (await focused(page)).testId).toBe('list-panel');
    // Tab on to the first row's button (past the close button and the column headers).
    const row = await tabUntil(page, (f) => f.inList && f.tag === 'button' && f.featureId !== null);
    expect(row.outline).toMatch(/^solid [1-9]/);
    await screenshot(page, 'a11y-keyboard-02-list-row');
    await page.keyboard.press('Enter');
    const popup = page.locator(`.maplibregl-popup [data-testid="feature-popup"][data-feature-id="${row.featureId}"]`);
    await popup.waitFor({ timeout: 10_000 });
    // The focus moves into the popup: a dialog named after the feature.
    await expect.poll(async () => (await focused(page)).inPopup).toBe(true);
    const dialog = await focused(page);
    expect(dialog.role).toBe('dialog');
    expect(dialog.label).toBe(await popup.locator('h2').textContent());
    // Its content is reachable: Tab goes to the status source and the plan links, inside the popup.
    const link = await tabUntil(page, (f) => f.testId === 'plan-link', 10);
    expect(link.inPopup).toBe(true);
    await settle(page);
    await screenshot(page, 'a11y-keyboard-03-popup-link');
    // Esc closes it and the focus is back on the row.
    await page.keyboard.press('Escape');
    await expect.poll(() => popup.count()).toBe(0);
    const back = await focused(page);
    expect(back.featureId).toBe(row.featureId);
    expect(back.inList).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('a camera flight becomes a jump when reduced motion is asked for', async () => {
    // How long the camera moves when the legend's button selects a feature: a flight takes its 900 ms,
    // a jump starts and ends in the same task.
    const moveMsWhenSelecting = async (reducedMotion: boolean) => {
      const { page, close } = await openPage(s, '', { reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
      await page.evaluate(() => {
        const w = window as unknown as { moveMs: number; planMap: { once(e: string, f: () => void): void } };
        w.moveMs = -1;
        w.planMap.once('movestart', () => {
          const t0 = performance.now();
          w.planMap.once('moveend', () => (w.moveMs = performance.now() - t0));
        });
        document.querySelector<HTMLDetailsElement>('.legend__layer[data-layer-id="parks"]')!.open = true;
      });
      await page.locator('[data-testid="legend-feature"][data-feature-id="green-island-park"]').click();
      await page.locator('.maplibregl-popup [data-testid="feature-popup"]').waitFor({ timeout: MAP_TIMEOUT_MS });
      await settle(page);
      const moveMs = await page.evaluate(() => (window as unknown as { moveMs: number }).moveMs);
      await close();
      return moveMs;
    };
    expect(await moveMsWhenSelecting(false)).toBeGreaterThan(500);
    const jumpMs = await moveMsWhenSelecting(true);
    expect(jumpMs).toBeGreaterThanOrEqual(0);
    expect(jumpMs).toBeLessThan(50);
  });
});
