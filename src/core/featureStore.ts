import type { PlanFeature, PlanFeatureCollection, UnlocatedFeature } from './featureSchema.ts';
import type { LayerEntry } from './layerRegistry.ts';
import type { LngLat } from './geometry/bbox.ts';

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
  /**
   * The features with no known place (geometry null), by id: known by name and code, never drawn.
   * Not in `byId`, so nothing that draws, measures or selects meets them.
   */
  unlocated: ReadonlyMap<string, UnlocatedFeature>;
  /**
   * Feature id → where its label and popup go (inside a polygon, the middle of a line), computed by
   * the build (src/data/loadProject.ts) so that the browser needs no geometry library to start.
   */
  anchors: ReadonlyMap<string, LngLat>;
}

export function buildFeatureStore(
  layers: LayerEntry[],
  byLayer: Map<string, PlanFeatureCollection>,
  anchors: ReadonlyMap<string, LngLat> = new Map(),
): FeatureStore {
  const byId = new Map<string, PlanFeature>();
  const byPlanRef = new Map<string, PlanFeature[]>();
  const unlocated = new Map<string, UnlocatedFeature>();
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
    for (const f of fc.unlocated ?? []) unlocated.set(f.properties.id, f);
  }
  return { layers, byLayer, byId, byPlanRef, unlocated, anchors };
}

/** A layer's features with no known place, in file order. */
export function unlocatedOf(store: Pick<FeatureStore, 'unlocated'>, layerId: string): UnlocatedFeature[] {
  return [...store.unlocated.values()].filter((f) => f.properties.layer === layerId);
}

/** A feature's name by id, whether it is drawn or has no known place. */
export function knownFeature(store: Pick<FeatureStore, 'byId' | 'unlocated'>, id: string): PlanFeature | UnlocatedFeature | undefined {
  return store.byId.get(id) ?? store.unlocated.get(id);
}

/** Features that cite `planId` or any row of it (a table id also collects its rows' features). */
export function featuresCiting(store: FeatureStore, planId: string): PlanFeature[] {
  const out = new Set<PlanFeature>(store.byPlanRef.get(planId) ?? []);
  for (const [ref, list] of store.byPlanRef) {
    if (ref.startsWith(`${planId}-r`)) list.forEach((f) => out.add(f));
  }
  return [...out];
}
