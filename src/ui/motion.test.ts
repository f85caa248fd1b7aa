import { afterEach, expect, it, vi } from 'vitest';
import { prefersReducedMotion } from './motion.ts';

afterEach(() => vi.unstubAllGlobals());

it('follows the system setting, and is false where there is no window', () => {
  expect(prefersReducedMotion()).toBe(false);
  vi.stubGlobal('window', { matchMedia: (q: string) => ({ matches: q === '(prefers-reduced-motion: reduce)' }) });
  expect(prefersReducedMotion()).toBe(true);
  vi.stubGlobal('window', { matchMedia: () => ({ matches: false }) });
  expect(prefersReducedMotion()).toBe(false);
});
