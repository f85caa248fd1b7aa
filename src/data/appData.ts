import { buildFeatureStore, type FeatureStore } from '../core/featureStore.ts';
import type { PlanFeatureCollection } from '../core/featureSchema.ts';
import type { LayerEntry } from '../core/layerRegistry.ts';
import { indexPlan, type PlanData } from '../core/plan/indexPlan.ts';
import type { CoverageReport } from '../core/plan/coverage.ts';
import type { Plan } from '../core/plan/types.ts';
import type { LngLat } from '../core/geometry/bbox.ts';
import { setPlanTextUrl } from './planText.ts';

/**
 * What the build ships to the browser (`vite.config.ts`, plugin `geo-contract`): the plan's outline,
 * already parsed, the layer registry, every layer's features and the plan–map check, all validated against the
 * contract at build time. A broken file stops the build, so the browser does not validate again, and
 * neither zod nor the plan parser is part of the first screen.
 */
export interface ProjectData {
  version: 4;
  /** The plan's outline (src/core/plan/planOutline.ts): its words are in the second file, `planText`. */
  plan: PlanData;
  layers: LayerEntry[];
  /** Layer id → its validated features. */
  collections: Record<string, PlanFeatureCollection>;
  /** The plan–map check's counts, the same as `npm run check:plan` prints (its rows are in `planText`). */
  coverage: CoverageReport;
  /** The second file, with the plan's words and the check's rows (src/data/planText.ts), next to this one. */
  planText: string;
  /** Feature id → its label and popup point, computed by the build (no geometry library in the browser). */
  anchors: Record<string, LngLat>;
}

export interface AppData {
  plan: Plan;
  store: FeatureStore;
  coverage: CoverageReport;
}

/** The URL of the data file: the preload link the build puts in index.html, else next to the page. */
function projectDataUrl(): string {
  const link = document.querySelector<HTMLLinkElement>('link#project-data');
  return link?.href ?? new URL(`${import.meta.env.BASE_URL}project-data.json`, window.location.href).href;
}

/**
 * A `tiles` layer's URL as MapLibre needs it: absolute (its worker fetches tiles, and would resolve a
 * relative URL against the worker's script). `{z}`, `{x}`, `{y}` stay as they are.
 */
export function absoluteTileUrl(url: string, base = document.baseURI): string {
  const pm = url.startsWith('pmtiles://');
  const rest = pm ? url.slice('pmtiles://'.length) : url;
  const abs = /^https?:\/\//i.test(rest) ? rest : new URL(rest, base).href.replace(/%7B([xyz])%7D/g, '{$1}');
  return pm ? `pmtiles://${abs}` : abs;
}

/** Fetches the checked project data (started early by the preload link) and indexes it. */
export async function loadAppData(): Promise<AppData> {
  const url = projectDataUrl();
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${await res.text().catch(() => '')}`.trim());
  const data = (await res.json()) as ProjectData;
  if (data.version !== 4) throw new Error(`${url}: unknown data version ${String(data.version)}`);
  setPlanTextUrl(new URL(data.planText, res.url || url).href);
  const plan = indexPlan(data.plan);
  const layers = data.layers.map((l) => (l.tiles ? { ...l, tiles: { ...l.tiles, url: absoluteTileUrl(l.tiles.url) } } : l));
  const store = buildFeatureStore(layers, new Map(Object.entries(data.collections)), new Map(Object.entries(data.anchors)));
  return { plan, store, coverage: data.coverage };
}
