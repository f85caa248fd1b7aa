import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, openPage, settle, startSession, type AppSession } from '../support/browser.ts';

let s: AppSession;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

/** Opens the app with every CSP violation recorded from the first script on. */
async function openRecording(query = ''): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const consoleCsp: string[] = [];
  const { page } = await openPage(s, query, {
    initScripts: [
      () => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
        });
      },
    ],
    before: (p) =>
      p.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
      }),
  });
  return {
    page,
    violations: async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...consoleCsp],
  };
}

describe('Content-Security-Policy', () => {
  it('the build carries a strict policy: no inline script, no eval', () => {
    const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    expect(meta).toBeDefined();
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toContain('unsafe-inline');
    expect(meta).not.toContain('unsafe-eval');
    // The built page has no inline script to allow.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('the app works under it: map, popup, plan, search, workers, export and the presentation', async () => {
    const { page, violations } = await openRecording('?feature=green-island-park');
    await settle(page);
    await page.locator('[data-testid="feature-popup"]').waitFor();
    await page.locator('[data-testid="plan-link"]').first().click();
    await page.locator('[data-testid="plan-panel"]').waitFor();
    const input = page.locator('[data-testid="search-input"]');
    await input.click();
    await input.fill('ldgy');
    await page.locator('[data-testid="search-place"]').first().waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="open-analysis"]').click();
    await page.locator('[data-testid="run-analysis"]').click();
    await page.locator('[data-testid="analysis-table"]').waitFor({ timeout: 90_000 });
    await page.locator('[data-testid="open-export"]').click();
    await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-png-screen"]').click()]);
    await page.locator('[data-testid="open-presentation"]').click();
    // The presentation loads deck.gl lazily; give it time to draw its first step.
    await page.waitForTimeout(8000);
    expect(await violations()).toEqual([]);
    await page.close();
  }, 180_000);

  it('a violation would be caught: an inline script is refused and reported', async () => {
    const { page, violations } = await openRecording();
    await page.evaluate(() => {
      const el = document.createElement('script');
      el.textContent = 'window.__ran = true';
      document.body.append(el);
    });
    await expect.poll(violations).not.toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await page.close();
  });
});
