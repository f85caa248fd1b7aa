/**
 * `npm run bench:trace`: where the app's first load spends its main-thread time. Builds the app, not
 * minified, into dist-bench/trace-app (`--no-build`: use the one an earlier trace left there), serves it
 * (and the bench's bare pages from dist-bench, as `npm run bench` built them), loads it once
 * to warm up and once under a Chrome trace (CDP `Tracing.start` … `Tracing.end` through the bench's
 * Chromium), from navigation to the map's first `idle`, and prints the longest main-thread tasks with
 * what runs inside each (scripts and functions, style/layout/paint, GC), longest first.
 * Options: `--top N` (5), `--page /bare/…` (another page of dist-bench), `--out file.json` (the trace),
 * `--tour` (up to a presentation's first step drawn, with `--page '/app/?tour=1'`).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { buildApp, ROOT } from './build.ts';
import { launch, VIEWPORT } from './measure.ts';
import { serveMounts } from './server.ts';
import { drawnAt, drawnAtScript, TOUR_DRAWN } from './tour.ts';
import { longestTasks, type CpuProfile, type TraceEvent } from './traceTasks.ts';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const TOP = Number(arg('--top') ?? 5);
const PAGE = arg('--page') ?? '/app/';
/** What "drawn" is: the map's first idle; with `--tour`, a presentation's first step drawn (open `--page '/app/?tour=1'`). */
const DRAWN = args.includes('--tour') ? TOUR_DRAWN : '[data-testid="map"][data-map-idle="true"]';
const OUT = resolve(ROOT, 'dist-bench');

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
  'v8.execute',
  'blink',
  'loading',
  '__metadata',
].join(',');

async function collect(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

async function main(): Promise<void> {
  process.env.NODE_ENV = 'production';
  // Not minified, so that the CPU profile names functions as the sources do (the timing is close to the minified build's).
  if (!args.includes('--no-build')) await buildApp(resolve(OUT, 'trace-app'), { build: { sourcemap: false, minify: false } });
  const server = await serveMounts({ '/app/': resolve(OUT, 'trace-app'), '/bare/': resolve(OUT, 'bare'), '/same/': resolve(OUT, 'same') });
  const browser = await launch();
  try {
    const once = async (trace: boolean): Promise<{ events: TraceEvent[]; idleAt: number; profile?: CpuProfile }> => {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        if (trace) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
          await cdp.send('Profiler.start');
          await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
        }
        // The moment the page reaches DRAWN, recorded in the page: what starts right after it (the
        // presentation's deck.gl, 0.3–0.7 s) is not in the trace's tasks.
        await context.addInitScript(drawnAtScript(DRAWN));
        await page.goto(`${server.origin}${PAGE}`);
        const idleAt = await drawnAt(page, 90_000);
        if (!trace) return { events: [], idleAt };
        const events = await collect(cdp);
        const { profile } = await cdp.send('Profiler.stop');
        return { events, idleAt, profile: profile as unknown as CpuProfile };
      } finally {
        await context.close();
      }
    };
    await once(false);
    const { events, idleAt, profile } = await once(true);
    if (arg('--out')) writeFileSync(resolve(arg('--out') as string), JSON.stringify({ traceEvents: events }));
    const tasks = longestTasks(events, TOP, profile, idleAt);
    console.log(`${PAGE}: ${args.includes("--tour") ? "first step drawn" : "first idle"} at ${idleAt.toFixed(0)} ms; the ${TOP} longest main-thread tasks until then:`);
    tasks.forEach((t, i) => {
      console.log(`${i + 1}. ${t.durMs.toFixed(0)} ms at ${t.startMs.toFixed(0)} ms: ${t.summary}`);
      for (const c of t.inside) console.log(`     ${c.ms.toFixed(0).padStart(5)} ms  ${c.what}`);
      if (t.hot.length) console.log('     JS self time:');
      for (const c of t.hot) console.log(`     ${c.ms.toFixed(0).padStart(5)} ms  ${c.what}`);
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
