import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { loadProject, PLAN_FILE, REGISTRY_FILE } from './src/data/loadProject.ts';
import { checkCoverage } from './src/core/plan/coverage.ts';
import { planData } from './src/core/plan/indexPlan.ts';
import type { ProjectData } from './src/data/appData.ts';
import type { PlanTextData } from './src/data/planText.ts';
import { planOutline } from './src/core/plan/planOutline.ts';
import { CONTENT_SECURITY_POLICY } from './src/core/csp.ts';
import { TOUR_FILE, tourFileProblems } from './src/features/present/tourFile.ts';
import { initialStyle } from './src/map/style/initialStyle.ts';

const root = import.meta.dirname;
const INVENTORY_FILE = 'inventory.json';
const SCHEMA_MODULE = /[\\/]src[\\/]core[\\/](plan[\\/])?(featureSchema|layerRegistry|inventorySchema)\.ts$/;

/**
 * Validates the plan, the layer registry, every geo/ file, the inventory and the presentation's tour
 * against the contract (a failure stops the build) and returns what the browser needs, already checked.
 */
function buildProjectData(): { data: (planTextFile: string) => ProjectData; text: PlanTextData; style: () => string } {
  const read = (p: string) => readFileSync(resolve(root, p), 'utf8');
  // PLAN_MAP_GEO: another geo/ folder for the layer files and the inventory (the editor's browser test
  // builds from a copy that `npm run data:apply` changed); the registry stays geo/layers.json.
  const geoDir = resolve(root, process.env.PLAN_MAP_GEO ?? 'geo');
  const readGeo = (name: string) => readFileSync(resolve(geoDir, name), 'utf8');
  const planText = read(PLAN_FILE);
  // PLAN_MAP_REGISTRY: another registry (the tile layer's browser test builds with one).
  const { plan, store } = loadProject(planText, read(process.env.PLAN_MAP_REGISTRY ?? REGISTRY_FILE), (id) => {
    return existsSync(resolve(geoDir, `${id}.geojson`)) ? readGeo(`${id}.geojson`) : undefined;
  });
  const coverage = checkCoverage(JSON.parse(readGeo(INVENTORY_FILE)), plan, store);
  // The tour is bundled with the presentation mode; checked here so a broken one never ships.
  const tourProblems = tourFileProblems(read(TOUR_FILE), plan, store);
  if (tourProblems.length) throw new Error(tourProblems.join('\n'));
  // The first screen's file has the plan's outline and the check's counts; the words and the rows are
  // a second file, fetched by what reads them (src/data/planText.ts).
  const outline = planOutline(planData(plan), coverage);
  return {
    data: (planTextFile) => ({
      version: 4,
      plan: outline.plan,
      layers: store.layers,
      collections: Object.fromEntries(store.byLayer),
      coverage: outline.coverage,
      anchors: Object.fromEntries(store.anchors),
      planText: planTextFile,
    }),
    text: { version: 1, plan: planData(plan), coverage },
    style: () => JSON.stringify(initialStyle(store)),
  };
}

/**
 * Fails the build (and reports in dev) when the plan, the layer registry or any geo/ file breaks the
 * contract, and ships the checked data as two JSON files next to the scripts (the first screen's,
 * and the plan's words with the check's rows, fetched on demand: src/data/planText.ts): the browser neither
 * parses nor validates it again (zod stays out of the first screen), and fetches it in parallel with
 * the scripts through a `<link rel="preload" id="project-data">` that also tells it the file's URL.
 * It also writes `style.json`, the explorer's first map style (src/map/style/initialStyle.ts), which
 * no page of the app loads: the bench draws it in a bare MapLibre page.
 */
const PLAN_TEXT_DEV = 'plan-text.json';
const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 10);

function geoContract(): Plugin {
  let json = '';
  let textJson = '';
  let textName = PLAN_TEXT_DEV;
  let style = '';
  let fileName = 'project-data.json';
  let base = './';
  let isBuild = false;
  return {
    name: 'geo-contract',
    configResolved(c) {
      base = c.base;
      isBuild = c.command === 'build';
    },
    buildStart() {
      const built = buildProjectData();
      textJson = JSON.stringify(built.text);
      // Named relative to the first file (both in assets/ when built, next to the page in dev).
      textName = isBuild ? `plan-text-${hash(textJson)}.json` : PLAN_TEXT_DEV;
      json = JSON.stringify(built.data(textName));
      style = isBuild ? built.style() : '';
      if (isBuild) fileName = `assets/project-data-${hash(json)}.json`;
    },
    transform(_code, id) {
      // The schema modules only declare zod schemas: where the first screen uses nothing but the
      // words they re-export from vocabulary.ts, they (and zod) drop out of its bundle.
      if (SCHEMA_MODULE.test(id)) return { moduleSideEffects: false };
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: json });
      this.emitFile({ type: 'asset', fileName: `assets/${textName}`, source: textJson });
      // The explorer's first style as plain data, for the bench's same-style page; nothing loads it.
      this.emitFile({ type: 'asset', fileName: 'style.json', source: style });
    },
    transformIndexHtml() {
      return [
        {
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', id: 'project-data', href: `${base}${fileName}`, crossorigin: 'anonymous' },
          injectTo: 'head-prepend',
        },
      ];
    },
    configureServer(server) {
      // Dev: checked afresh on every load, so an edit to geo/ shows (or its error does) on reload.
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const text = path.endsWith(`/${PLAN_TEXT_DEV}`);
        if (!text && !path.endsWith('/project-data.json')) return next();
        try {
          const built = buildProjectData();
          const body = JSON.stringify(text ? built.text : built.data(PLAN_TEXT_DEV));
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.end(body);
        } catch (e) {
          res.statusCode = 500;
          res.setHeader('content-type', 'text/plain; charset=utf-8');
          res.end((e as Error).message);
        }
      });
    },
    handleHotUpdate(ctx) {
      if (/[\\/](geo|seeds)[\\/]/.test(ctx.file)) {
        try {
          buildProjectData();
        } catch (e) {
          ctx.server.config.logger.error(String((e as Error).message));
        }
        ctx.server.ws.send({ type: 'full-reload' });
        return [];
      }
    },
  };
}

/**
 * The production build carries its Content-Security-Policy in a meta tag. Not in dev: the React
 * refresh preamble Vite injects there is an inline script.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }];
    },
  };
}

export default defineConfig({
  // Relative asset paths: the build works from any static host and under any sub-path.
  base: './',
  plugins: [react(), geoContract(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
});
