import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startSession, type AppSession } from '../support/browser.ts';
import { fullyShown, openTour, TOUR, waitForStep } from '../support/presentation.ts';

// Given the built app opened by link in English, when the presentation runs on a 1080p screen, then
// its words are English, the plan's own Chinese keeps lang="zh-CN", and nothing is cut off.

/** The English fields of the story file (the shared driver reads only what the Chinese test needs). */
const STEPS = TOUR.steps as unknown as {
  id: string;
  titleEn: string;
  view?: string;
  passages: { text: string; en: string }[];
  numbers: { value: string; unitEn: string; labelEn: string }[];
  deck?: { extrusion?: boolean; arcs?: { groupEn: string }[] };
}[];
const SCREEN = { viewport: { width: 1920, height: 1080 }, reducedMotion: true };

let s: AppSession;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

/**
 * Chinese text under `root` outside an element marked lang="zh-CN": what an English screen would
 * show untranslated. The map's attribution is the data's (layer sources), not the presentation's.
 */
async function untranslated(page: Page, root: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const cjk = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
    const out: string[] = [];
    for (const r of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !cjk.test(n.textContent ?? '') || el.closest('.maplibregl-ctrl-attrib')) continue;
        if (el.closest('[lang]')?.getAttribute('lang') !== 'zh-CN') out.push((n.textContent ?? '').trim().slice(0, 40));
      }
    }
    return out;
  }, root);
}

async function panelFits(page: Page): Promise<number> {
  return page.evaluate(() => {
    const p = document.querySelector('[data-testid="present-panel"]');
    return p ? p.scrollHeight - p.clientHeight : 0;
  });
}

describe('the presentation in English at 1920×1080', () => {
  it('opens by link in English, with English controls and the plan’s Chinese marked as such', async () => {
    const { page, errors, close } = await openTour(s, 1, SCREEN, '&lang=en');
    try {
      await screenshot(page, 'present-en-01-foundation');
      const root = page.locator('[data-testid="presentation"]');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await root.getAttribute('lang')).toBe('en');
      expect(await page.locator('[data-testid="present-title"]').textContent()).toBe(STEPS[0]!.titleEn);
      const bar = page.locator('[data-testid="present-bar"]');
      for (const name of ['‹ Previous', 'Next ›', '▶ Autoplay', 'Explore the map', 'Indicators', 'Exit (Esc)']) {
        expect(await bar.getByRole('button', { name, exact: true }).count(), name).toBe(1);
      }
      expect(await bar.getByRole('combobox', { name: /^Every\b.*\bs$/ }).count()).toBe(1);
      expect(await bar.getByRole('checkbox', { name: 'Loop', exact: true }).count()).toBe(1);
      // The passage: its English, then the plan's words in Chinese, marked zh-CN.
      const passage = page.locator('[data-testid="present-passage"]').first();
      expect(await passage.textContent()).toContain(STEPS[0]!.passages[0]!.en);
      expect(await passage.locator('p[lang="zh-CN"]').first().textContent()).toBe(STEPS[0]!.passages[0]!.text);
      expect(await page.locator('.keynum__label').allTextContents()).toEqual(STEPS[0]!.numbers.map((n) => n.labelEn));
      expect(await page.locator('[data-testid="key-number-value"]').allTextContents()).toEqual(STEPS[0]!.numbers.map((n) => n.value));
      expect(await page.locator('[data-testid="key-number-ref"]').first().textContent()).toBe('Source: Section 1');
      expect(await untranslated(page, '[data-testid="present-panel"], [data-testid="present-bar"]')).toEqual([]);
      expect(await page.locator('[data-testid="present-legend"]').textContent()).toContain('Places of this step');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('walks the whole tour: every step in English, nothing cut off (a screenshot per step)', async () => {
    const { page, errors, close } = await openTour(s, 1, SCREEN, '&lang=en');
    try {
      for (let n = 1; n <= STEPS.length; n++) {
        const step = STEPS[n - 1]!;
        if (n > 1) {
          await page.getByRole('button', { name: 'Next ›', exact: true }).click();
          await waitForStep(page, n);
        }
        // First the picture, so a failing step can be looked at.
        await screenshot(page, `present-en-1920x1080-${String(n).padStart(2, '0')}-${step.id}`);
        expect(await page.locator('[data-testid="present-title"]').textContent(), step.id).toBe(step.titleEn);
        expect(await page.locator('.keynum__unit').allTextContents(), step.id).toEqual(step.numbers.map((x) => x.unitEn));
        const shown = await fullyShown(page, '[data-testid="present-title"], [data-testid="key-number"], [data-testid="present-passage"]');
        expect(shown.problems, `${step.id}: cut off`).toEqual([]);
        expect(await panelFits(page), `${step.id}: the panel's content fits`).toBeLessThanOrEqual(1);
        expect(await untranslated(page, '[data-testid="present-panel"], [data-testid="present-stage"]'), step.id).toEqual([]);
        if (step.deck?.extrusion) {
          expect(await page.locator('[data-testid="extrusion-legend"]').textContent()).toMatch(/^3D height = area the plan states/);
        }
        if (step.deck?.arcs?.length) {
          const legend = (await page.locator('[data-testid="arc-legend"]').textContent()) ?? '';
          expect(legend).toContain('Arcs: Xinglongtai and its partners');
          for (const a of step.deck.arcs) expect(legend).toContain(a.groupEn);
        }
        if (step.view === 'indicators') {
          const cards = await fullyShown(page, '[data-testid="present-stage"] [data-testid="indicator-card"]');
          expect(cards.problems, `${step.id}: indicator cards cut off`).toEqual([]);
          expect(await page.locator('[data-testid="present-stage"] [data-testid="indicator-name-en"]').count()).toBe(cards.count);
        }
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 600_000);

  it('the indicators dashboard and a plan passage in English', async () => {
    const { page, errors, close } = await openTour(s, 6, SCREEN, '&lang=en');
    try {
      await page.keyboard.press('i');
      const overlay = page.locator('[data-testid="dashboard-overlay"]');
      await overlay.waitFor();
      await screenshot(page, 'present-en-dashboard-indicators');
      expect(await overlay.locator('h2').textContent()).toBe('Indicators');
      expect(await overlay.getByRole('tab', { name: 'Appendix table · 23 indicators' }).getAttribute('aria-selected')).toBe('true');
      const cards = await fullyShown(page, '[data-testid="dashboard-overlay"] [data-testid="indicator-card"]');
      expect(cards.count).toBe(23);
      expect(cards.problems, 'indicator cards cut off').toEqual([]);
      expect(await overlay.locator('[data-testid="indicator-name"][lang="zh-CN"]').count()).toBe(23);
      expect(await untranslated(page, '[data-testid="dashboard-overlay"]')).toEqual([]);

      await overlay.getByRole('tab', { name: 'Thirteenth plan: results' }).click();
      await overlay.locator('[data-testid="completion-dashboard"]').waitFor();
      await screenshot(page, 'present-en-dashboard-completion');
      expect(await overlay.locator('[data-testid="completion-dashboard"] h3').textContent()).toBe('Thirteenth Five-Year Plan: results (Tables 1–4)');
      expect(await untranslated(page, '[data-testid="dashboard-overlay"]')).toEqual([]);
      await page.keyboard.press('Escape');
      await overlay.waitFor({ state: 'detached' });

      // A key number's source opens the plan's words, with this project's English line above them.
      await page.locator('[data-testid="key-number-ref"]').first().click();
      const passage = page.locator('[data-testid="plan-overlay"]');
      await passage.waitFor();
      await screenshot(page, 'present-en-plan-passage');
      expect(await passage.getAttribute('data-plan-ref')).toBe('s14');
      expect(await passage.locator('h2').textContent()).toMatch(/^Section 14 · 发展高端居住业$/);
      expect(await passage.locator('[data-testid="plan-summary"]').textContent()).toContain('High-end housing');
      expect(await passage.locator('.present__plan-text').getAttribute('lang')).toBe('zh-CN');
      expect(await untranslated(page, '[data-testid="plan-overlay"]')).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
