/**
 * What a page's first screen loads, read from its build output: the entry chunk and everything it
 * imports statically (what index.html loads and modulepreloads), the CSS those chunks import, and
 * the scripts they reference as files (MapLibre's worker). Chunks reached only through `import()`
 * are not counted: they load on demand. Sizes are gzip level 9 of the bytes on disk, so they are
 * deterministic.
 */
import { gzipSync } from 'node:zlib';
import type { BuildOutput } from './build.ts';

/** The app's first screen may load at most this many times the bare MapLibre page's gzipped JS. */
/** Issue 15's target for the JS loaded before the first idle (it was 1.25 × with React on the first screen). */
export const JS_BUDGET_RATIO = 1.15;

/** Packages that must never be part of the first screen (they are loaded on demand). */
/** `@turf/`: the label and popup points are computed by the build (FeatureStore `anchors`), bounds by a loop. */
/** React: the map starts before the interface (src/app/mapFirst.ts), which is fetched once the map has drawn. */
export const ON_DEMAND_PACKAGES = ['react', 'react-dom', 'scheduler', '@deck.gl/', '@luma.gl/', '@loaders.gl/', 'zod', 'pmtiles', 'earcut', '@turf/', 'terra-draw', 'terra-draw-maplibre-gl-adapter'];

export interface InitialFile {
  fileName: string;
  kind: 'js' | 'worker' | 'css';
  rawBytes: number;
  gzBytes: number;
  /** Largest packages (or `app`) in the chunk by share of its rendered code, largest first. */
  packages: { name: string; share: number }[];
}

export interface InitialReport {
  files: InitialFile[];
  /** Scripts run on the page plus worker scripts: what `JS_BUDGET_RATIO` limits. */
  jsGz: number;
  mainJsGz: number;
  workerGz: number;
  cssGz: number;
  /** Every module id bundled into the initial chunks. */
  moduleIds: string[];
}

const gz = (b: string | Uint8Array) => gzipSync(typeof b === 'string' ? Buffer.from(b) : b, { level: 9 }).length;
const raw = (b: string | Uint8Array) => (typeof b === 'string' ? Buffer.byteLength(b) : b.length);

/** `node_modules/@deck.gl/core/...` → `@deck.gl/core`; app sources → `app`. */
export function packageOf(id: string): string {
  const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
  return m ? (m[1] ?? id).replace('\\', '/') : 'app';
}

export function initialReport(out: BuildOutput): InitialReport {
  const byName = new Map(out.output.map((o) => [o.fileName, o]));
  const chunks = new Set<string>();
  const visit = (name: string) => {
    if (chunks.has(name)) return;
    const c = byName.get(name);
    if (!c || c.type !== 'chunk') return;
    chunks.add(name);
    c.imports.forEach(visit);
  };
  for (const o of out.output) if (o.type === 'chunk' && o.isEntry) visit(o.fileName);

  const files: InitialFile[] = [];
  const extra = new Set<string>();
  const moduleIds: string[] = [];
  for (const name of chunks) {
    const c = byName.get(name);
    if (!c || c.type !== 'chunk') continue;
    const sizes = new Map<string, number>();
    let total = 0;
    for (const [id, m] of Object.entries(c.modules)) {
      moduleIds.push(id);
      sizes.set(packageOf(id), (sizes.get(packageOf(id)) ?? 0) + m.renderedLength);
      total += m.renderedLength;
    }
    const packages = [...sizes]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([n, s]) => ({ name: n, share: total ? s / total : 0 }));
    files.push({ fileName: name, kind: 'js', rawBytes: raw(c.code), gzBytes: gz(c.code), packages });
    c.viteMetadata?.importedCss.forEach((f) => extra.add(f));
    c.viteMetadata?.importedAssets.forEach((f) => extra.add(f));
  }
  for (const name of extra) {
    const a = byName.get(name);
    if (!a || a.type !== 'asset') continue;
    const kind = name.endsWith('.css') ? 'css' : /\.m?js$/.test(name) ? 'worker' : null;
    if (!kind) continue;
    files.push({ fileName: name, kind, rawBytes: raw(a.source), gzBytes: gz(a.source), packages: [] });
  }
  files.sort((a, b) => b.gzBytes - a.gzBytes);
  const sum = (k: InitialFile['kind'][]) => files.filter((f) => k.includes(f.kind)).reduce((s, f) => s + f.gzBytes, 0);
  return { files, jsGz: sum(['js', 'worker']), mainJsGz: sum(['js']), workerGz: sum(['worker']), cssGz: sum(['css']), moduleIds };
}

export const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

/** The initial files, largest first, with what fills each chunk. */
export function formatFiles(r: InitialReport, limit = 8): string {
  return r.files
    .slice(0, limit)
    .map((f) => {
      const what = f.packages.map((p) => `${p.name} ${(p.share * 100).toFixed(0)}%`).join(', ');
      return `  ${kb(f.gzBytes).padStart(9)} gz  ${f.kind.padEnd(6)} ${f.fileName}${what ? `  (${what})` : ''}`;
    })
    .join('\n');
}

/** Modules of the first screen that belong to a package that must load on demand. */
export function eagerOnDemand(r: InitialReport): string[] {
  const hits = new Set<string>();
  for (const id of r.moduleIds) {
    const p = packageOf(id);
    if (ON_DEMAND_PACKAGES.some((x) => (x.endsWith('/') ? p.startsWith(x) : p === x))) hits.add(p);
  }
  return [...hits].sort();
}

export function formatBudget(app: InitialReport, bare: InitialReport): string {
  const ratio = app.jsGz / bare.jsGz;
  return [
    `first-screen JS (gzip -9): app ${kb(app.jsGz)} (page ${kb(app.mainJsGz)} + workers ${kb(app.workerGz)}), ` +
      `bare MapLibre ${kb(bare.jsGz)} (page ${kb(bare.mainJsGz)} + workers ${kb(bare.workerGz)}): ` +
      `${ratio.toFixed(3)} × (budget ${JS_BUDGET_RATIO} ×); page scripts alone ${(app.mainJsGz / bare.mainJsGz).toFixed(3)} ×`,
    `first-screen CSS: app ${kb(app.cssGz)}, bare ${kb(bare.cssGz)}`,
    'largest first-screen files of the app:',
    formatFiles(app),
  ].join('\n');
}
