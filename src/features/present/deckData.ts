import { currentStatus } from '../../core/statusHistory.ts';
import { anchorOf, type LngLat } from '../../core/geometry/anchor.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import { featuresWithPurpose } from '../../core/layerPurpose.ts';
import type { Palette } from '../../core/palette.ts';
import type { ArcItem, ExtrusionItem, Rgb } from '../../map/deck/scene.ts';
import type { TourArc } from './tourSchema.ts';

/**
 * The items the presentation's deck.gl layers draw (src/map/deck/scene.ts), computed from the store
 * and the tour without deck.gl, so they are unit-tested and ready before the deck.gl chunk arrives.
 */

/** Height of an extruded plan area per km² of the area the plan declares for it. */
export const EXTRUSION_M_PER_KM2 = 120;

export function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/**
 * The plan areas of the given layers that declare an area, extruded by it: height =
 * declaredAreaM2 / 1e6 × {@link EXTRUSION_M_PER_KM2}. Areas without a declared measure are not
 * extruded: a height must be the plan's own figure, never a guess.
 */
export function extrusionItems(store: FeatureStore, layerIds: readonly string[], palette: Palette): ExtrusionItem[] {
  const out: ExtrusionItem[] = [];
  for (const layerId of layerIds) {
    for (const f of store.byLayer.get(layerId)?.features ?? []) {
      const p = f.properties;
      const g = f.geometry;
      if (p.declaredAreaM2 === undefined || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
      const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      for (const polygon of parts) {
        out.push({
          id: p.id,
          name: p.name.zh,
          nameEn: p.name.en,
          polygon,
          declaredAreaM2: p.declaredAreaM2,
          heightM: (p.declaredAreaM2 / 1e6) * EXTRUSION_M_PER_KM2,
          quote: p.declaredSource?.quote ?? null,
          ref: p.declaredSource?.ref ?? null,
          color: hexToRgb(palette.status[currentStatus(f).status]),
        });
      }
    }
  }
  return out;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** Great-circle distance in km. */
export function distanceKm(a: LngLat, b: LngLat): number {
  const [l1, p1, l2, p2] = [rad(a[0]), rad(a[1]), rad(b[0]), rad(b[1])];
  const h = Math.sin((p2 - p1) / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin((l2 - l1) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How high an arc rises: a fifth of its length, at least 2 km and at most 600 km. */
export function arcHeightM(km: number): number {
  return Math.min(600_000, Math.max(2000, km * 1000 * 0.2));
}

/** Points along the great circle from a to b with a sine-shaped height. */
export function arcPath(a: LngLat, b: LngLat, segments = 48): [number, number, number][] {
  const toVec = ([lng, lat]: LngLat) => [Math.cos(rad(lat)) * Math.cos(rad(lng)), Math.cos(rad(lat)) * Math.sin(rad(lng)), Math.sin(rad(lat))];
  const va = toVec(a);
  const vb = toVec(b);
  const dot = Math.min(1, Math.max(-1, va[0]! * vb[0]! + va[1]! * vb[1]! + va[2]! * vb[2]!));
  const omega = Math.acos(dot);
  const km = distanceKm(a, b);
  const h = arcHeightM(km);
  const out: [number, number, number][] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    let v = va;
    if (omega > 1e-9) {
      const s1 = Math.sin((1 - t) * omega) / Math.sin(omega);
      const s2 = Math.sin(t * omega) / Math.sin(omega);
      v = [s1 * va[0]! + s2 * vb[0]!, s1 * va[1]! + s2 * vb[1]!, s1 * va[2]! + s2 * vb[2]!];
    }
    const lng = deg(Math.atan2(v[1]!, v[0]!));
    const lat = deg(Math.atan2(v[2]!, Math.hypot(v[0]!, v[1]!)));
    out.push([lng, lat, h * Math.sin(Math.PI * t)]);
  }
  return out;
}

/** One colour per cooperation group, in the order the groups first appear, from the palette. */
export function groupColours(arcs: readonly TourArc[], palette: Palette): Map<string, Rgb> {
  const series = [palette.status.planned, palette.status['under-construction'], palette.status.completed, palette.selection];
  const out = new Map<string, Rgb>();
  for (const a of arcs) if (!out.has(a.group)) out.set(a.group, hexToRgb(series[out.size % series.length]!));
  return out;
}

/** The arcs of a step: from the district (its anchor point) to each partner feature. */
export function arcItems(store: FeatureStore, arcs: readonly TourArc[], palette: Palette): ArcItem[] {
  const district = featuresWithPurpose(store, 'district')[0];
  if (!district) return [];
  const from = anchorOf(district.geometry);
  const colours = groupColours(arcs, palette);
  return arcs.flatMap((a) => {
    const f = store.byId.get(a.to);
    if (!f || f.geometry.type !== 'Point') return [];
    const target: LngLat = [f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0];
    return [
      {
        to: a.to,
        name: f.properties.name.zh,
        nameEn: f.properties.name.en,
        group: a.group,
        groupEn: a.groupEn,
        ref: a.ref,
        color: colours.get(a.group) ?? [255, 255, 255],
        from,
        target,
        path: arcPath(from, target),
        distanceKm: distanceKm(from, target),
      },
    ];
  });
}
