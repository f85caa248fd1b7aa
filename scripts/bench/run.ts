/**
 * `npm run bench`: the app against a bare MapLibre page, and the scale cases.
 *
 * 1. Builds the app (vite.config.ts), the bare page (bench/bare), the same-style page (bench/same: bare
 *    MapLibre drawing the app build's `style.json`) and the scale page (bench/scale) into dist-bench/,
 *    and the synthetic data into bench/.data/ (kept between runs).
 * 2. Serves them from one local static server and, in headless Chromium, alternates app, bare and
 *    same-style (one warm-up each, then `--runs` each, 8 by default), each load in a fresh context
 *    (empty cache): gzipped JS/CSS fetched before the map's first `idle`, time to that `idle`, total
 *    blocking time; app / bare is the cost of the map's content, app / same-style the app's own. A
 *    fourth load per run, the same-style page with every CJK character drawn locally (`glyphs=local`),
 *    measures what the shipped CJK glyphs buy; a fifth, a presentation opened by link (`?tour=1`) timed to its
 *    first step drawn, is compared with the explorer's first idle.
 * 3. Scale cases (1k, 10k, 100k polygons; 1M points): the same data through plain MapLibre, the
 *    app's GeoJSON path and its deck.gl binary path (and, for 100k polygons, pre-cut vector tiles;
 *    `--tiles` for every case, `--no-tiles` for none), each timed to `idle` and then while panning.
 * 4. Prints medians and ratios with the WebGL renderer, and writes bench/results/latest.json.
 *
 * Options: `--runs N`, `--scale-runs N` (3), `--no-scale`, `--tiles`, `--no-tiles`, `--only polygons-10k,…`,
 * `--no-main` (scale cases only, while working on them).
 * Every wait has a hard timeout; a case that times out is reported as such, not hung on.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp, buildBare, buildSame, buildScale, ROOT } from './build.ts';
import { initialReport, JS_BUDGET_RATIO, kb } from './budget.ts';
import { launch, measureLoad, webglRenderer, CHROMIUM, type LoadResult } from './measure.ts';
import { serveMounts } from './server.ts';
import { measureTourFirstStep } from './tour.ts';
import { DISTRICT_BBOX, pointFeatures, polygonFeatures, writeFeatureCollection } from './synthetic.ts';
import { geojsonToTiles, hasOgr2ogr } from '../tiles/geojson-to-tiles.ts';

const args = process.argv.slice(2);
const opt = (name: string, d: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const RUNS = Math.max(1, opt('--runs', 8));
/** At most this many runs per scale case (each case has its own count, see CASES). */
const SCALE_RUNS = Math.max(1, opt('--scale-runs', 3));
const WITH_SCALE = !args.includes('--no-scale');
/** For working on the scale cases only (not a benchmark result: no app/bare comparison). */
const WITH_MAIN = !args.includes('--no-main');
/** Vector tiles for every case (`--tiles`), none (`--no-tiles`), or by default for polygons-100k only. */
const TILES_MODE: 'all' | 'none' | 'default' = args.includes('--tiles') ? 'all' : args.includes('--no-tiles') ? 'none' : 'default';
const ONLY = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '').split(',') : null;
/** The whole benchmark must finish inside 10 minutes: repeat runs of the scale cases are skipped past this. */
const SOFT_DEADLINE_MS = 6.5 * 60_000;

const OUT = resolve(ROOT, 'dist-bench');
const DATA = resolve(ROOT, 'bench/.data');
const RESULTS = resolve(ROOT, 'bench/results');

interface ScaleCase {
  name: string;
  kind: 'polygons' | 'points';
  count: number;
  /** Hard limit for one load of this case. */
  timeoutMs: number;
  /** Runs per path (fewer for the big cases, to stay inside the 10 minutes). */
  runs: number;
  /** Also through pre-cut vector tiles by default (GDAL takes ~40 s once for 100k polygons, minutes for 1M points). */
  tiles: boolean;
}

const CASES: ScaleCase[] = [
  { name: 'polygons-1k', kind: 'polygons', count: 1_000, timeoutMs: 60_000, runs: 3, tiles: false },
  { name: 'polygons-10k', kind: 'polygons', count: 10_000, timeoutMs: 90_000, runs: 3, tiles: false },
  { name: 'polygons-100k', kind: 'polygons', count: 100_000, timeoutMs: 120_000, runs: 2, tiles: true },
  { name: 'points-1m', kind: 'points', count: 1_000_000, timeoutMs: 60_000, runs: 1, tiles: false },
];
const PATHS = ['bare', 'geojson', 'deck-binary', 'tiles'] as const;
type PathName = (typeof PATHS)[number];
const GDAL = hasOgr2ogr();
const withTiles = (c: ScaleCase) => GDAL && TILES_MODE !== 'none' && (TILES_MODE === 'all' || c.tiles);
const pathsOf = (c: ScaleCase): PathName[] => PATHS.filter((p) => p !== 'tiles' || withTiles(c));

const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;
const log = (s: string) => console.log(`[bench ${elapsed()}] ${s}`);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Synthetic files, regenerated only when the generator changes. */
async function ensureData(): Promise<void> {
  mkdirSync(DATA, { recursive: true });
  const stamp = createHash('sha256').update(readFileSync(resolve(ROOT, 'scripts/bench/synthetic.ts'))).digest('hex').slice(0, 12);
  for (const c of CASES) {
    const file = resolve(DATA, `${c.name}.geojson`);
    const stampFile = `${file}.stamp`;
    if (existsSync(file) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) continue;
    log(`generating ${c.name}`);
    await writeFeatureCollection(file, c.kind === 'polygons' ? polygonFeatures(c.count) : pointFeatures(c.count));
    writeFileSync(stampFile, stamp);
  }
  if (TILES_MODE === 'all' && !GDAL) throw new Error('--tiles needs ogr2ogr (apt-get install gdal-bin)');
  if (!GDAL && TILES_MODE === 'default') log('no ogr2ogr (gdal-bin): the vector-tile case is left out');
  for (const c of CASES) {
    if ((ONLY && !ONLY.includes(c.name)) || !withTiles(c)) continue;
    const dir = resolve(DATA, `${c.name}-tiles`);
    const stampFile = `${dir}.stamp`;
    if (existsSync(dir) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) continue;
    log(`cutting ${c.name} into tiles (GDAL, slow: kept for later runs)`);
    // The bench views the whole district (zoom ≈ 10): z10–11 tiles suffice; deeper zooms over-zoom.
    const r = geojsonToTiles({ input: resolve(DATA, `${c.name}.geojson`), outDir: dir, layer: 'data', minzoom: 10, maxzoom: 11 });
    log(`  ${r.tiles} tiles, ${(r.bytes / 1e6).toFixed(1)} MB in ${r.seconds.toFixed(0)} s`);
    writeFileSync(stampFile, stamp);
  }
}

function fileOf(mounts: Record<string, string>) {
  return (urlPath: string): string | null => {
    const m = Object.entries(mounts)
      .sort((a, b) => b[0].length - a[0].length)
      .find(([p]) => urlPath.startsWith(p));
    if (!m) return null;
    let f = resolve(m[1], decodeURIComponent(urlPath.slice(m[0].length)));
    if (existsSync(f) && statSync(f).isDirectory()) f = resolve(f, 'index.html');
    return existsSync(f) ? f : null;
  };
}

const fmtMs = (v: number) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : '—');
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)} ×` : '—');

function table(header: string[], rows: string[][]): string {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(w[i] ?? 0) : c.padStart(w[i] ?? 0))).join(' | ')} |`;
  return [line(header), `|${w.map((x, i) => (i === 0 ? ':' : '') + '-'.repeat(x + 1) + (i === 0 ? '' : ':')).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  process.env.NODE_ENV = 'production';
  log('building the app, the bare page and the scale page');
  const appOut = await buildApp(resolve(OUT, 'app'));
  const bareOut = await buildBare(resolve(OUT, 'bare'));
  await buildSame(resolve(OUT, 'same'));
  await buildScale(resolve(OUT, 'scale'));
  const budget = { app: initialReport(appOut), bare: initialReport(bareOut) };
  if (WITH_SCALE) await ensureData();

  const district = JSON.parse(readFileSync(resolve(ROOT, 'geo/district.geojson'), 'utf8')) as GeoJSON.FeatureCollection;
  const bbox = [180, 90, -180, -90];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      bbox[0] = Math.min(bbox[0] ?? 180, x ?? 0);
      bbox[1] = Math.min(bbox[1] ?? 90, y ?? 0);
      bbox[2] = Math.max(bbox[2] ?? -180, x ?? 0);
      bbox[3] = Math.max(bbox[3] ?? -90, y ?? 0);
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  for (const f of district.features) if (f.geometry && 'coordinates' in f.geometry) walk(f.geometry.coordinates);

  const mounts = {
    '/app/': resolve(OUT, 'app'),
    '/bare/': resolve(OUT, 'bare'),
    '/same/': resolve(OUT, 'same'),
    '/scale/': resolve(OUT, 'scale'),
    '/data/': DATA,
  };
  const server = await serveMounts(mounts);
  const browser = await launch();
  const results: Record<string, unknown> = {};
  try {
    const renderer = await webglRenderer(browser);
    log(`WebGL renderer: ${renderer}`);
    const load = (url: string, timeoutMs = 60_000, pan = false) =>
      measureLoad(browser, `${server.origin}${url}`, { fileOf: fileOf(mounts), timeoutMs, pan: pan ? { durationMs: 1000 } : undefined });

    // The bare page gets the app's camera: the district's bounds in a map of the app's map size.
    log('warm-up: app, then bare');
    if (WITH_MAIN) await load('/app/');
    const size = await (async () => {
      const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await ctx.newPage();
      await page.goto(`${server.origin}/app/`);
      const box = await page.locator('[data-testid="map"]').boundingBox({ timeout: 60_000 });
      await ctx.close();
      return box ? { w: Math.round(box.width), h: Math.round(box.height) } : { w: 1440, h: 900 };
    })();
    const bareUrl = `/bare/?bounds=${bbox.map((v) => v.toFixed(5)).join(',')}&w=${size.w}&h=${size.h}`;
    await load(bareUrl);
    const sameUrl = `/same/?style=/app/style.json&bounds=${bbox.map((v) => v.toFixed(5)).join(',')}&w=${size.w}&h=${size.h}`;
    if (WITH_MAIN) await load(sameUrl);
    // The same style with every CJK character drawn on the main thread (no shipped glyphs): the glyphs' gain.
    const localGlyphsUrl = `${sameUrl}&glyphs=local`;

    const runs: { app: LoadResult[]; bare: LoadResult[]; same: LoadResult[]; local: LoadResult[] } = { app: [], bare: [], same: [], local: [] };
    // A presentation opened by link, its first step drawn, is one more load of each run: timed under the
    // same conditions as the explorer's first idle it is compared with (run by run the machine's load
    // moves both; four tour loads in a row after the runs went from 2.0 to 3.1 s on the same build).
    const tour: number[] = [];
    for (let i = 0; i < (WITH_MAIN ? RUNS : 0); i++) {
      runs.app.push(await load('/app/'));
      runs.bare.push(await load(bareUrl));
      runs.same.push(await load(sameUrl));
      runs.local.push(await load(localGlyphsUrl));
      try {
        tour.push(await measureTourFirstStep(browser, `${server.origin}/app/?tour=1`, 90_000));
      } catch (e) {
        log(`tour by link: ${(e as Error).message.split('\n')[0]}`);
      }
      log(
        `run ${i + 1}/${RUNS}: app idle ${fmtMs(runs.app[i]?.idleMs ?? NaN)}, bare idle ${fmtMs(runs.bare[i]?.idleMs ?? NaN)}, ` +
          `same-style idle ${fmtMs(runs.same[i]?.idleMs ?? NaN)}, tour's first step ${fmtMs(tour[tour.length - 1] ?? NaN)}`,
      );
    }
    const med = (k: 'app' | 'bare' | 'same' | 'local', f: (r: LoadResult) => number) => median(runs[k].map(f));
    const metrics: [string, (r: LoadResult) => number, (v: number) => string][] = [
      ['JS loaded before idle (gzip)', (r) => r.jsGz, kb],
      ['CSS loaded before idle (gzip)', (r) => r.cssGz, kb],
      ['data loaded before idle (gzip)', (r) => r.dataGz, kb],
      ['time to first idle', (r) => r.idleMs, fmtMs],
      ['total blocking time until idle', (r) => r.tbtMs, fmtMs],
      ['long tasks until idle', (r) => r.longTasks, (v) => v.toFixed(0)],
    ];
    const mainRows = metrics.map(([label, f, fmt]) => [
      label,
      fmt(med('app', f)),
      fmt(med('bare', f)),
      fmt(med('same', f)),
      ratio(med('app', f), med('bare', f)),
      ratio(med('app', f), med('same', f)),
    ]);
    const mainTable = table(
      [`app vs bare MapLibre (medians of ${RUNS} runs each, alternated)`, 'app', 'bare', 'same style', 'app / bare', 'app / same style'],
      mainRows,
    );
    const glyphsLine =
      `same style, shipped CJK glyphs vs all drawn locally: idle ${fmtMs(med('same', (r) => r.idleMs))} vs ${fmtMs(med('local', (r) => r.idleMs))} ` +
      `(${ratio(med('same', (r) => r.idleMs), med('local', (r) => r.idleMs))}), blocking ${fmtMs(med('same', (r) => r.tbtMs))} vs ` +
      `${fmtMs(med('local', (r) => r.tbtMs))} (${ratio(med('same', (r) => r.tbtMs), med('local', (r) => r.tbtMs))}), data ${kb(med('same', (r) => r.dataGz))} vs ${kb(med('local', (r) => r.dataGz))}`;
    const scriptsOf = (r: LoadResult[]) => r[0]?.scripts ?? [];
    results.main = {
      runs: RUNS,
      medians: Object.fromEntries(
        metrics.map(([label, f]) => [
          label,
          {
            app: med('app', f),
            bare: med('bare', f),
            same: med('same', f),
            ratio: med('app', f) / med('bare', f),
            ratioSame: med('app', f) / med('same', f),
            sameGlyphsDrawnLocally: med('local', f),
          },
        ]),
      ),
      scripts: { app: scriptsOf(runs.app), bare: scriptsOf(runs.bare), same: scriptsOf(runs.same) },
      raw: runs,
    };

    // The budget test counts the entry and its static imports; a lazy chunk that the first screen
    // always loads before idle shows up only here.
    const initialFiles = new Set([...budget.app.files.map((f) => `/app/${f.fileName}`)]);
    const extra = (results.main as { scripts: { app: string[] } }).scripts.app.filter((f) => !initialFiles.has(f));
    const budgetLine =
      `first-screen JS by the build (budget test): app ${kb(budget.app.jsGz)} vs bare ${kb(budget.bare.jsGz)} = ` +
      `${(budget.app.jsGz / budget.bare.jsGz).toFixed(3)} × (budget ${JS_BUDGET_RATIO} ×)` +
      (WITH_MAIN && extra.length
        ? `\nWARNING: the app also loads lazy chunks before its first idle, which the budget test does not count: ${extra.join(', ')}`
        : '');
    results.budget = {
      app: { jsGz: budget.app.jsGz, mainJsGz: budget.app.mainJsGz, workerGz: budget.app.workerGz, cssGz: budget.app.cssGz, files: budget.app.files },
      bare: { jsGz: budget.bare.jsGz, mainJsGz: budget.bare.mainJsGz, workerGz: budget.bare.workerGz, cssGz: budget.bare.cssGz },
      ratio: budget.app.jsGz / budget.bare.jsGz,
    };

    // A presentation opened by link: its first step drawn against the explorer's first idle (both medians of the runs).
    let tourLine = '';
    if (WITH_MAIN) {
      const explorer = med('app', (r) => r.idleMs);
      tourLine = `tour by link (?tour=1): first step drawn ${fmtMs(median(tour))} (median of ${tour.length}) = ${ratio(median(tour), explorer)} the explorer's first idle`;
      results.tour = { runs: tour, medianMs: median(tour), explorerIdleMs: explorer, ratio: median(tour) / explorer };
    }

    let scaleTable = '';
    if (WITH_SCALE) {
      const rows: string[][] = [];
      const scale: Record<string, Record<string, { idleMs: number; tbtMs: number; meanFrameMs: number; p95FrameMs: number; runs: number; error?: string }>> = {};
      const bounds = DISTRICT_BBOX.join(',');
      const cases = CASES.filter((c) => !ONLY || ONLY.includes(c.name));
      const per: Record<string, Record<string, LoadResult[]>> = {};
      const errors: Record<string, Record<string, string>> = {};
      const skipped: string[] = [];
      // Rounds: every case once before any case a second time, so the time budget cuts repeats, not cases.
      for (let r = 0; r < Math.max(...cases.map((c) => Math.min(c.runs, SCALE_RUNS))); r++) {
        for (const c of cases) {
          if (r >= Math.min(c.runs, SCALE_RUNS)) continue;
          if (r > 0 && performance.now() - t0 > SOFT_DEADLINE_MS) {
            skipped.push(`${c.name} run ${r + 1}`);
            continue;
          }
          for (const p of pathsOf(c)) {
            const e = (errors[c.name] ??= {});
            // A path that timed out or crashed the tab does not get a second chance to.
            if (e[p]) continue;
            // Where bare MapLibre's GeoJSON source could not load the data, the app's GeoJSON path (the
            // same source type, plus styling) is not tried: it would fail the same way, minutes later.
            if (p === 'geojson' && e.bare && !per[c.name]?.bare?.length) {
              e[p] = `not run (${e.bare}: same MapLibre GeoJSON source)`;
              continue;
            }
            try {
              const res = await load(`/scale/?case=${c.name}&path=${p}&bounds=${bounds}&maxzoom=11`, c.timeoutMs, true);
              ((per[c.name] ??= {})[p] ??= []).push(res);
              log(`${c.name} ${p} run ${r + 1}: idle ${fmtMs(res.idleMs)}, TBT ${fmtMs(res.tbtMs)}, pan ${res.pan?.meanFrameMs.toFixed(0)} ms/frame`);
            } catch (err) {
              e[p] = /crash/i.test((err as Error).message) ? 'tab crashed (out of memory)' : `not idle within ${c.timeoutMs / 1000} s`;
              log(`${c.name} ${p}: ${(err as Error).message.split('\n')[0]}`);
            }
          }
        }
      }
      if (skipped.length) log(`time budget: skipped ${skipped.join(', ')}`);
      for (const c of cases) {
        const m = (p: PathName, f: (r: LoadResult) => number) => median((per[c.name]?.[p] ?? []).map(f));
        scale[c.name] = {};
        for (const p of pathsOf(c)) {
          const error = errors[c.name]?.[p];
          scale[c.name]![p] = {
            idleMs: m(p, (r) => r.idleMs),
            tbtMs: m(p, (r) => r.tbtMs),
            meanFrameMs: m(p, (r) => r.pan?.meanFrameMs ?? NaN),
            p95FrameMs: m(p, (r) => r.pan?.p95FrameMs ?? NaN),
            runs: per[c.name]?.[p]?.length ?? 0,
            ...(error ? { error } : {}),
          };
        }
        const bare = scale[c.name]!.bare!;
        for (const p of pathsOf(c)) {
          const s = scale[c.name]![p]!;
          rows.push([
            p === 'bare' ? `${c.name}: bare MapLibre` : `${c.name}: ${p === 'tiles' ? 'vector tiles (z10–11)' : `app ${p}`}`,
            s.error && s.runs === 0 ? s.error : fmtMs(s.idleMs),
            p === 'bare' ? '1.00 ×' : ratio(s.idleMs, bare.idleMs),
            fmtMs(s.tbtMs),
            fmtMs(s.meanFrameMs),
            p === 'bare' ? '1.00 ×' : ratio(s.meanFrameMs, bare.meanFrameMs),
            String(s.runs),
          ]);
        }
      }
      scaleTable = table(
        ['scale cases (medians; runs per path in the last column)', 'time to idle', '/ bare', 'TBT', 'pan ms/frame', '/ bare', 'runs'],
        rows,
      );
      results.scale = scale;
    }

    const date = new Date().toISOString().slice(0, 10);
    const head = `npm run bench — ${date} — WebGL renderer: ${renderer} — Chromium headless, ${process.platform}, Node ${process.version}`;
    const out = [head, '', mainTable, '', ...(WITH_MAIN ? [glyphsLine] : []), budgetLine, ...(tourLine ? [tourLine] : []), ...(scaleTable ? ['', scaleTable] : []), '', `total ${elapsed()}`].join('\n');
    console.log(`\n${out}\n`);
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(
      resolve(RESULTS, 'latest.json'),
      `${JSON.stringify({ date, renderer, chromium: CHROMIUM, node: process.version, seconds: (performance.now() - t0) / 1000, table: out, ...results }, null, 1)}\n`,
    );
    log(`wrote ${resolve(RESULTS, 'latest.json')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
