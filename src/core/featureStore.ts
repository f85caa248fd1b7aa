import type { PlanFeature, PlanFeatureCollection } from './featureSchema.ts';
import type { LayerEntry } from './layerRegistry.ts';

/**
 * The validated features of every layer, indexed for the panels: by id, by layer and by the plan ids
 * they cite. Plain data; built once at start-up.
 */
export interface FeatureStore {
  layers: LayerEntry[];
  byLayer: ReadonlyMap<string, PlanFeatureCollection>;
  byId: ReadonlyMap<string, PlanFeature>;
  /** Plan id → features citing it (through planRefs). */
  byPlanRef: ReadonlyMap<string, PlanFeature[]>;
}

export function buildFeatureStore(layers: LayerEntry[], byLayer: Map<string, PlanFeatureCollection>): FeatureStore {
  const byId = new Map<string, PlanFeature>();
  const byPlanRef = new Map<string, PlanFeature[]>();
  for (const layer of layers) {
    const fc = byLayer.get(layer.id);
    if (!fc) throw new Error(`geo/layers.json names layer "${layer.id}" but geo/${layer.id}.geojson was not loaded`);
    for (const f of fc.features) {
      byId.set(f.properties.id, f);
      for (const ref of new Set(f.properties.planRefs)) {
        const list = byPlanRef.get(ref);
        if (list) list.push(f);
        else byPlanRef.set(ref, [f]);
      }
    }
  }
  return { layers, byLayer, byId, byPlanRef };
}

/** Features that cite `planId` or any row of it (a table id also collects its rows' features). */
export function featuresCiting(store: FeatureStore, planId: string): PlanFeature[] {
  const out = new Set<PlanFeature>(store.byPlanRef.get(planId) ?? []);
  for (const [ref, list] of store.byPlanRef) {
    if (ref.startsWith(`${planId}-r`)) list.forEach((f) => out.add(f));
  }
  return [...out];
}
