/**
 * The size budget: what the first screen loads (the entry chunk, its static imports, their CSS and
 * the scripts they start, i.e. MapLibre's worker) may weigh at most JS_BUDGET_RATIO times the bare
 * MapLibre page's, gzipped. Bytes are deterministic, so this is a unit test: it builds the app and
 * the bare page with Vite's JS API into a temporary folder. React and the interface, deck.gl, zod,
 * pmtiles and the workers of the tools must load on demand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, buildBare } from '../../scripts/bench/build.ts';
import {
  eagerOnDemand,
  formatBudget,
  initialReport,
  JS_BUDGET_RATIO,
  kb,
  type InitialReport,
} from '../../scripts/bench/budget.ts';

const BUILD_TIMEOUT_MS = 240_000;

let dir = '';
let app: InitialReport;
let bare: InitialReport;

/** Vite picks React's development build unless NODE_ENV says production (vitest sets "test"). */
async function asProduction<T>(fn: () => Promise<T>): Promise<T> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await fn();
  } finally {
    process.env.NODE_ENV = before;
  }
}

/** Adds `import * as x from <pkg>` to src/app/main.tsx: the mistake the budget must catch. */
function eagerImport(pkg: string): Plugin {
  return {
    name: 'test-eager-import',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]app[\\/]main\.tsx$/.test(id)) return null;
      return `import * as __eager from '${pkg}';\n(globalThis as Record<string, unknown>).__eager = __eager;\n${code}`;
    },
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-map-budget-'));
  await asProduction(async () => {
    app = initialReport(await buildApp(join(dir, 'app'), { logLevel: 'error', build: { sourcemap: false } }));
    bare = initialReport(await buildBare(join(dir, 'bare')));
  });
  console.log(formatBudget(app, bare));
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the first screen’s size budget', () => {
  it(`loads at most ${JS_BUDGET_RATIO} × the gzipped JS of a bare MapLibre page`, () => {
    const ratio = app.jsGz / bare.jsGz;
    expect(
      ratio,
      `first-screen JS is ${kb(app.jsGz)} gzipped, ${ratio.toFixed(3)} × the bare page's ${kb(bare.jsGz)} ` +
        `(budget ${JS_BUDGET_RATIO} ×). Load what the first screen does not need with import(). Largest:\n${formatBudget(app, bare)}`,
    ).toBeLessThanOrEqual(JS_BUDGET_RATIO);
  });

  it('loads React, deck.gl, zod, pmtiles, earcut and turf only on demand', () => {
    expect(eagerOnDemand(app), `in the first screen:\n${formatBudget(app, bare)}`).toEqual([]);
  });

  it('starts no worker of its own on the first screen (only MapLibre’s)', () => {
    const workers = app.files.filter((f) => f.kind === 'worker').map((f) => f.fileName);
    expect(workers.every((f) => /maplibre-gl-worker/.test(f)), workers.join(', ')).toBe(true);
  });

  it(
    'fails when a large dependency is imported eagerly',
    async () => {
      const eager = await asProduction(async () =>
        initialReport(await buildApp(join(dir, 'eager'), { logLevel: 'error', build: { sourcemap: false }, plugins: [eagerImport('@deck.gl/layers')] })),
      );
      expect(eager.jsGz / bare.jsGz).toBeGreaterThan(JS_BUDGET_RATIO);
      expect(eagerOnDemand(eager)).toContain('@deck.gl/layers');
      expect(formatBudget(eager, bare)).toMatch(/@deck\.gl|@luma\.gl/);
    },
    BUILD_TIMEOUT_MS,
  );
});
