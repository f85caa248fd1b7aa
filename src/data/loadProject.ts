import { parsePlan } from '../core/plan/parsePlan.ts';
import { planNodeText } from '../core/plan/planNodeText.ts';
import type { Plan } from '../core/plan/types.ts';
import { buildFeatureStore, type FeatureStore } from '../core/featureStore.ts';
import type { PlanFeatureCollection } from '../core/featureSchema.ts';
import { anchorOf } from '../core/geometry/anchor.ts';
import type { LngLat } from '../core/geometry/bbox.ts';
import { layerRegistrySchema } from '../core/layerRegistry.ts';
import { GeoValidationError, validateLayers, type PlanIndex } from '../core/validateGeo.ts';

export const PLAN_FILE = 'seeds/000_4eb92d59acbfb362.txt';
export const REGISTRY_FILE = 'geo/layers.json';

function planIndexOf(plan: Plan): PlanIndex {
  return { has: (id) => plan.byId.has(id), text: (id) => planNodeText(plan, id) };
}

/**
 * Parses the plan, the layer registry and every layer file, checks them against the contract and
 * returns the indexed data. The same function runs in the build (a failure stops it; the browser
 * then receives the checked data as JSON, without zod: vite.config.ts) and in the tests, so both
 * agree on what valid data is.
 *
 * @param readGeo returns the text of `geo/<layerId>.geojson`, or undefined when the file is missing
 *   (never asked for a `tiles` layer, whose data is vector tiles served as static files).
 */
export function loadProject(
  planText: string,
  registryText: string,
  readGeo: (layerId: string) => string | undefined,
): { plan: Plan; store: FeatureStore } {
  const plan = parsePlan(planText);
  let registryJson: unknown;
  try {
    registryJson = JSON.parse(registryText);
  } catch (e) {
    throw new Error(`${REGISTRY_FILE}: not valid JSON: ${(e as Error).message}`, { cause: e });
  }
  const registry = layerRegistrySchema.safeParse(registryJson);
  if (!registry.success) {
    const msg = registry.error.issues.map((i) => `${REGISTRY_FILE}: ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(msg);
  }
  // A `tiles` layer's data is served as vector tiles; it has no geo/ file and no features in the store.
  const files = registry.data.layers.filter((l) => !l.tiles).map((l) => {
    const file = `geo/${l.id}.geojson`;
    const text = readGeo(l.id);
    if (text === undefined) {
      throw new GeoValidationError([
        { file, featureIndex: null, featureId: null, field: 'file', message: `listed in ${REGISTRY_FILE} but missing` },
      ]);
    }
    try {
      return { file, json: JSON.parse(text) as unknown };
    } catch (e) {
      throw new GeoValidationError([
        { file, featureIndex: null, featureId: null, field: 'file', message: `not valid JSON: ${(e as Error).message}` },
      ]);
    }
  });
  const byLayer = validateLayers(files, planIndexOf(plan));
  for (const l of registry.data.layers) if (l.tiles) byLayer.set(l.id, { type: 'FeatureCollection', features: [] });
  return { plan, store: buildFeatureStore(registry.data.layers, byLayer, anchorsOf(byLayer)) };
}

/** Every drawn feature's label and popup point (src/core/geometry/anchor.ts), to 6 decimals (0.1 m). */
function anchorsOf(byLayer: ReadonlyMap<string, PlanFeatureCollection>): Map<string, LngLat> {
  const out = new Map<string, LngLat>();
  const r = (v: number) => Math.round(v * 1e6) / 1e6;
  for (const fc of byLayer.values()) {
    for (const f of fc.features) {
      const [x, y] = anchorOf(f.geometry);
      out.set(f.properties.id, [r(x), r(y)]);
    }
  }
  return out;
}
