import { districtBounds } from '../geometry/bounds.ts';
import { featuresWithPurpose } from '../layerPurpose.ts';
import type { FeatureStore } from '../featureStore.ts';
import type { Plan } from '../plan/types.ts';
import type { ShareContext } from './shareFormat.ts';

/** The checks of the real data: ids of the store and the plan, the registry's defaults, the district ± 1°. */
export function shareContextOf(plan: Plan, store: FeatureStore): ShareContext {
  const layers = new Set(store.layers.map((l) => l.id));
  const subdistricts = new Set(featuresWithPurpose(store, 'subdistricts').map((f) => f.properties.id));
  // Units with no known place are sub-districts too (a link may name one a feature declares).
  for (const f of store.unlocated.values()) if (f.properties.kind === 'subdistrict') subdistricts.add(f.properties.id);
  for (const f of store.byId.values()) if (f.properties.subdistrict) subdistricts.add(f.properties.subdistrict);
  const [w, s, e, n] = districtBounds(store);
  return {
    feature: (id) => store.byId.has(id),
    plan: (id) => plan.byId.has(id),
    layer: (id) => layers.has(id),
    subdistrict: (id) => subdistricts.has(id),
    defaultHiddenLayers: store.layers.filter((l) => !l.visible).map((l) => l.id),
    cameraBounds: [w - 1, s - 1, e + 1, n + 1],
  };
}

