/**
 * Builds what the benchmark and the size budget compare, with Vite's JS API:
 * - the app, with the project's own vite.config.ts (exactly `npm run build`, into another folder);
 * - the bare page (bench/bare): the same MapLibre, the same GeoJSON, nothing else;
 * - the same-style page (bench/same): the same MapLibre drawing the app's build's `style.json`;
 * - the scale page (bench/scale): a bare map plus the app's big-data module (bench/renderPath/bigData.ts).
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type InlineConfig, type Rolldown } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');

export type BuildOutput = Rolldown.RolldownOutput;

function single(out: Awaited<ReturnType<typeof build>>): BuildOutput {
  if (Array.isArray(out)) {
    if (out.length !== 1) throw new Error(`expected one build output, got ${out.length}`);
    return out[0] as BuildOutput;
  }
  if (!('output' in out)) throw new Error('vite build returned a watcher');
  return out;
}

/** The app, built with vite.config.ts into `outDir` (not dist/, which the browser tests use). */
export async function buildApp(outDir: string, extra: InlineConfig = {}): Promise<BuildOutput> {
  outDir = resolve(outDir);
  return single(
    await build({
      root: ROOT,
      configFile: resolve(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      ...extra,
      build: { outDir, emptyOutDir: true, reportCompressedSize: false, ...extra.build },
    }),
  );
}

/** The build options the app uses (vite.config.ts), without the app's plugins. */
function pageConfig(page: 'bare' | 'same' | 'scale', outDir: string): InlineConfig {
  // Vite resolves a relative outDir against the page's root (bench/<page>), not the cwd.
  outDir = resolve(outDir);
  return {
    root: resolve(ROOT, 'bench', page),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, chunkSizeWarningLimit: 1500 },
    worker: { format: 'es' },
  };
}

/**
 * The bare page, with the app's GeoJSON files and layer registry copied next to it (`geo/`), which
 * MapLibre's worker fetches as any bare page would.
 */
export async function buildBare(outDir: string): Promise<BuildOutput> {
  const out = single(await build(pageConfig('bare', outDir)));
  const geo = resolve(outDir, 'geo');
  mkdirSync(geo, { recursive: true });
  for (const f of readdirSync(resolve(ROOT, 'geo'))) {
    if (f.endsWith('.geojson') || f === 'layers.json') copyFileSync(resolve(ROOT, 'geo', f), resolve(geo, f));
  }
  return out;
}

/** The same-style page: it fetches the app's `style.json` (and glyphs) from the app's build. */
export async function buildSame(outDir: string): Promise<BuildOutput> {
  return single(await build(pageConfig('same', outDir)));
}

/** The scale page: synthetic data through plain MapLibre or through the app's big-data paths. */
export async function buildScale(outDir: string): Promise<BuildOutput> {
  return single(await build(pageConfig('scale', outDir)));
}
