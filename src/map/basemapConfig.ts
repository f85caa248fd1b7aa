import { PRESET_IDS, type PresetId } from '../core/basemapTypes.ts';
import { isConfigUrl } from '../core/link/configUrl.ts';
import { z } from '../core/zod.ts';

/**
 * Which basemap the map draws under the plan, and where an online one comes from. Read from the
 * build's environment (`VITE_*`) and from an optional `config.json` next to index.html, which wins
 * (it can be edited on the server without a rebuild). This module holds zod, so it is only ever
 * loaded with `import()`, after the first screen (src/features/basemapPicker/BasemapPicker.tsx).
 *
 * `config.json` (every key optional; see public/config.example.json):
 *
 *     { "basemap": {
 *         "default": "embedded" | "osm" | "tianditu-vec" | "tianditu-img" | "style" | "pmtiles",
 *         "presets": ["embedded", "tianditu-vec", …],   // what the picker offers (default: all)
 *         "reviewNumber": "审图号 of the published map",
 *         "timeoutSeconds": 10, "retrySeconds": 15,
 *         "osm":      { "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "reviewNumber": … },
 *         "tianditu": { "key": "…", "reviewNumber": "GS(…)…号" },
 *         "style":    { "url": "https://…/style.json", "name": "…", "attribution": "…", "reviewNumber": … },
 *         "pmtiles":  { "url": "basemap.pmtiles", "name": "…", "attribution": "…", "tileSize": 256, "reviewNumber": … } } }
 *
 * Environment (build time): VITE_BASEMAP_DEFAULT, VITE_TIANDITU_KEY, VITE_MAP_REVIEW_NUMBER,
 * VITE_STYLE_URL, VITE_PMTILES_URL.
 */

export { PRESET_IDS, type PresetId };

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export interface BasemapConfig {
  default: PresetId;
  /** The presets the picker offers, in this order ('embedded' is always offered). */
  presets: PresetId[];
  /** 审图号 of the map as published: shown with every basemap unless the basemap has its own. */
  reviewNumber: string | null;
  /** How long a request may take before the basemap counts as failed. */
  timeoutSeconds: number;
  /** First wait before a failed online basemap is tried again (doubles up to 5 minutes; `online` events retry at once). */
  retrySeconds: number;
  osm: { url: string; reviewNumber: string | null };
  tianditu: { key: string | null; reviewNumber: string | null };
  style: { url: string | null; name: string | null; attribution: string | null; reviewNumber: string | null };
  pmtiles: { url: string | null; name: string | null; attribution: string | null; tileSize: number; reviewNumber: string | null };
}

export function defaultBasemapConfig(): BasemapConfig {
  return {
    default: 'embedded',
    presets: [...PRESET_IDS],
    reviewNumber: null,
    timeoutSeconds: 10,
    retrySeconds: 15,
    osm: { url: OSM_TILE_URL, reviewNumber: null },
    tianditu: { key: null, reviewNumber: null },
    style: { url: null, name: null, attribution: null, reviewNumber: null },
    pmtiles: { url: null, name: null, attribution: null, tileSize: 256, reviewNumber: null },
  };
}

/** The `VITE_*` variables this module reads (Vite inlines them at build time). */
export interface BasemapEnv {
  VITE_BASEMAP_DEFAULT?: string;
  VITE_TIANDITU_KEY?: string;
  VITE_MAP_REVIEW_NUMBER?: string;
  VITE_STYLE_URL?: string;
  VITE_PMTILES_URL?: string;
}

const text = z.string().trim().min(1).max(500);
const optionalText = text.nullable().optional();
/** An http(s) URL or a path relative to the page, as the browser parses it (src/core/link/configUrl.ts); never `javascript:` or `data:`. */
const url = text.refine(isConfigUrl, {
  message: 'must be an http(s) URL or a path relative to the page',
});
const tileTemplate = url.refine((u) => u.includes('{z}') && u.includes('{x}') && u.includes('{y}'), {
  message: 'must contain {z}, {x} and {y}',
});
const presetId = z.enum(PRESET_IDS);

/** `config.json`'s `basemap` object. Unknown keys are errors: a typo must not pass silently. */
export const basemapFileSchema = z
  .object({
    default: presetId.optional(),
    presets: z.array(presetId).min(1).optional(),
    reviewNumber: optionalText,
    timeoutSeconds: z.number().min(1).max(120).optional(),
    retrySeconds: z.number().min(1).max(3600).optional(),
    osm: z.object({ url: tileTemplate.optional(), reviewNumber: optionalText }).strict().optional(),
    tianditu: z
      .object({
        // Tianditu keys are 32 hex digits; copies with spaces or line breaks are a known cause of HTTP 418.
        key: z.string().trim().regex(/^[0-9a-f]{32}$/i, 'a Tianditu key is 32 hexadecimal digits').nullable().optional(),
        reviewNumber: optionalText,
      })
      .strict()
      .optional(),
    style: z.object({ url: url.nullable().optional(), name: optionalText, attribution: optionalText, reviewNumber: optionalText }).strict().optional(),
    pmtiles: z
      .object({
        url: url.nullable().optional(),
        name: optionalText,
        attribution: optionalText,
        tileSize: z.union([z.literal(256), z.literal(512)]).optional(),
        reviewNumber: optionalText,
      })
      .strict()
      .optional(),
  })
  .strict();

/** `config.json`'s `editing` object: the planners' editor is offered when `enabled` is true. */
export const editingFileSchema = z.object({ enabled: z.boolean() }).strict();

export const configFileSchema = z.object({ basemap: basemapFileSchema.optional(), editing: editingFileSchema.optional() }).passthrough();
export type BasemapFile = z.infer<typeof basemapFileSchema>;

const nonEmpty = (s: string | undefined): string | null => (s && s.trim() ? s.trim() : null);

/** The configuration from the environment alone (invalid values are reported and skipped). */
export function fromEnv(env: BasemapEnv, notices: string[] = []): BasemapConfig {
  const c = defaultBasemapConfig();
  const def = nonEmpty(env.VITE_BASEMAP_DEFAULT);
  if (def !== null) {
    const p = presetId.safeParse(def);
    if (p.success) c.default = p.data;
    else notices.push(`VITE_BASEMAP_DEFAULT「${def}」不是已知底图（${PRESET_IDS.join('、')}），已忽略。`);
  }
  c.tianditu.key = nonEmpty(env.VITE_TIANDITU_KEY);
  c.reviewNumber = nonEmpty(env.VITE_MAP_REVIEW_NUMBER);
  c.style.url = nonEmpty(env.VITE_STYLE_URL);
  c.pmtiles.url = nonEmpty(env.VITE_PMTILES_URL);
  return c;
}

/** `config.json` over `base` (what the file leaves out keeps its value from `base`). */
export function mergeFile(base: BasemapConfig, f: BasemapFile): BasemapConfig {
  const pick = <T>(v: T | null | undefined, d: T | null): T | null => (v === undefined ? d : v);
  return {
    default: f.default ?? base.default,
    presets: f.presets ? [...new Set<PresetId>(['embedded', ...f.presets])] : base.presets,
    reviewNumber: pick(f.reviewNumber, base.reviewNumber),
    timeoutSeconds: f.timeoutSeconds ?? base.timeoutSeconds,
    retrySeconds: f.retrySeconds ?? base.retrySeconds,
    osm: { url: f.osm?.url ?? base.osm.url, reviewNumber: pick(f.osm?.reviewNumber, base.osm.reviewNumber) },
    tianditu: {
      key: pick(f.tianditu?.key, base.tianditu.key),
      reviewNumber: pick(f.tianditu?.reviewNumber, base.tianditu.reviewNumber),
    },
    style: {
      url: pick(f.style?.url, base.style.url),
      name: pick(f.style?.name, base.style.name),
      attribution: pick(f.style?.attribution, base.style.attribution),
      reviewNumber: pick(f.style?.reviewNumber, base.style.reviewNumber),
    },
    pmtiles: {
      url: pick(f.pmtiles?.url, base.pmtiles.url),
      name: pick(f.pmtiles?.name, base.pmtiles.name),
      attribution: pick(f.pmtiles?.attribution, base.pmtiles.attribution),
      tileSize: f.pmtiles?.tileSize ?? base.pmtiles.tileSize,
      reviewNumber: pick(f.pmtiles?.reviewNumber, base.pmtiles.reviewNumber),
    },
  };
}

/** One line per problem: the path in the file and what is wrong. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(根)'}: ${i.message}`)
    .join('；');
}

/**
 * Validates the text of `config.json` and lays it over `base`. A file that is not JSON or breaks the
 * schema is ignored as a whole, with a notice naming the first problems.
 */
export function applyConfigText(base: BasemapConfig, text: string, notices: string[] = []): BasemapConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    notices.push(`config.json 不是有效的 JSON（${(e as Error).message}），已忽略，使用默认底图设置。`);
    return base;
  }
  const parsed = configFileSchema.safeParse(json);
  if (!parsed.success) {
    notices.push(`config.json 有误，已忽略，使用默认底图设置：${describeIssues(parsed.error)}`);
    return base;
  }
  return parsed.data.basemap ? mergeFile(base, parsed.data.basemap) : base;
}

export interface LoadedBasemapConfig {
  config: BasemapConfig;
  /** Problems with the configuration, for the user (Chinese). */
  notices: string[];
}

/** How long config.json may take to answer before the basemaps go on without it. */
export const CONFIG_TIMEOUT_MS = 8_000;

/**
 * Environment, then `config.json` from next to the page (absent or unreachable: the environment
 * alone; no answer within `timeoutMs`: the same, with a notice). Never rejects, never waits forever.
 */
export async function loadBasemapConfig(
  o: { env?: BasemapEnv; url?: string; fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<LoadedBasemapConfig> {
  const notices: string[] = [];
  const env = o.env ?? (import.meta.env as BasemapEnv);
  let config = fromEnv(env, notices);
  const url = o.url ?? new URL('config.json', document.baseURI).href;
  const timeoutMs = o.timeoutMs ?? CONFIG_TIMEOUT_MS;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const res = await (o.fetch ?? fetch)(url, { cache: 'no-cache', signal: abort.signal });
    if (res.ok) config = applyConfigText(config, await res.text(), notices);
  } catch {
    // No config.json reachable: the build's environment and the defaults.
    if (abort.signal.aborted) notices.push(`config.json 在 ${Math.round(timeoutMs / 1000)} 秒内没有回应，已按默认设置显示底图。`);
  } finally {
    clearTimeout(timer);
  }
  return { config, notices };
}
