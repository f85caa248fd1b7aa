import { booleanPointInPolygon } from '@turf/turf';
import type { EditedFeature } from '../../core/editor/editState.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import { layerWithPurpose } from '../../core/layerPurpose.ts';
import { planNodeText } from '../../core/plan/planNodeText.ts';
import type { Plan } from '../../core/plan/types.ts';
import type { PlanLookup } from '../../core/editor/propertyForm.ts';
import type { EditGeometry } from '../../map/editDraw.ts';

/** What the editor reads of the published data: the features it can edit, the outline to snap to, the plan. */

const EDITABLE = new Set(['Point', 'LineString', 'Polygon']);

export function editableFeatures(store: FeatureStore): { editable: { id: string; geometry: EditGeometry }[]; multiPart: number } {
  const district = layerWithPurpose(store.layers, 'district')?.id;
  const editable: { id: string; geometry: EditGeometry }[] = [];
  let multiPart = 0;
  for (const l of store.layers) {
    if (l.role !== 'plan' || l.id === district) continue;
    for (const f of store.byLayer.get(l.id)?.features ?? []) {
      if (EDITABLE.has(f.geometry.type)) editable.push({ id: f.properties.id, geometry: f.geometry as EditGeometry });
      else multiPart++;
    }
  }
  return { editable, multiPart };
}

/** The district's boundary rings, as lines to snap to. */
export function districtOutlines(store: FeatureStore): GeoJSON.LineString[] {
  const d = layerWithPurpose(store.layers, 'district');
  const out: GeoJSON.LineString[] = [];
  for (const f of d ? (store.byLayer.get(d.id)?.features ?? []) : []) {
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const p of polys) for (const ring of p) out.push({ type: 'LineString', coordinates: ring });
  }
  return out;
}

/** True when every vertex lies inside the district (no district layer: true). */
export function insideDistrictOf(store: FeatureStore): (g: GeoJSON.Geometry) => boolean {
  const d = layerWithPurpose(store.layers, 'district');
  const area = d ? store.byLayer.get(d.id)?.features[0]?.geometry : undefined;
  if (!area || (area.type !== 'Polygon' && area.type !== 'MultiPolygon')) return () => true;
  const vertices = (g: GeoJSON.Geometry): GeoJSON.Position[] =>
    g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? g.coordinates : g.type === 'Polygon' ? g.coordinates.flat() : [];
  return (g) => vertices(g).every((p) => booleanPointInPolygon(p, area));
}

export function baseLookupOf(store: FeatureStore): (id: string) => EditedFeature | undefined {
  return (id) => store.byId.get(id) as EditedFeature | undefined;
}

export function planLookupOf(plan: Plan): PlanLookup {
  return { has: (id) => plan.byId.has(id), text: (id) => planNodeText(plan, id) };
}

/** Every plan node as `id — its text's start`, to pick planRefs by id or by text. */
export function planChoices(plan: Plan): { id: string; label: string }[] {
  return [...plan.byId.keys()].map((id) => ({ id, label: (planNodeText(plan, id) ?? '').replace(/\s+/g, ' ').slice(0, 60) }));
}

/** A digest of the published features of `layers` (the changeset's base data version). */
export async function dataVersionOf(store: FeatureStore, layers: readonly string[]): Promise<string> {
  const text = layers.map((id) => JSON.stringify(store.byLayer.get(id)?.features ?? [])).join('\u0000');
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 16);
}
