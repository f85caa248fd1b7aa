import { area, bbox, circle, distance, featureCollection, intersect, pointOnFeature, union } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { FeatureStore } from '../../core/featureStore.ts';
import { featuresWithPurpose, type Purpose } from '../../core/layerPurpose.ts';

/**
 * Life-circle coverage of schools and kindergartens (GB 50180-2018, 城市居住区规划设计标准).
 *
 * Method, stated in every report: each facility gets straight-line circles of 300 m, 500 m and 1000 m
 * (the 5-, 10- and 15-minute life circles), drawn by turf `circle` as 64-sided polygons; the circles of
 * one radius are merged (turf `union`) and intersected (turf `intersect`) with each sub-district, the
 * residential zone and each renewal site; areas are geodesic (turf `area`). A straight line is shorter
 * than any walk along streets, so the shares are an upper bound of real walking coverage.
 *
 * Pure and structured-clone friendly: it runs the same in a Web Worker (`lifeCircle.worker.ts`, called
 * through `runLifeCircleAnalysis` in `lifeCircleClient.ts`) and inline in unit tests.
 */

/** The three life circles of GB 50180-2018 as straight-line radii. */
export const LIFE_CIRCLES = [
  { minutes: 5, radiusM: 300 },
  { minutes: 10, radiusM: 500 },
  { minutes: 15, radiusM: 1000 },
] as const;

/** Sides of each circle polygon. @default 64 */
export const CIRCLE_STEPS = 64;

export const LIFE_CIRCLE_METHOD = {
  zh:
    '按 GB 50180-2018 生活圈：5 分钟≈300 m、10 分钟≈500 m、15 分钟≈1000 m。圆为以设施为圆心的直线距离半径' +
    '（64 边形），是步行距离的近似：实际步行沿道路更远，覆盖率因此偏高，只作规划参考。',
  en:
    'GB 50180-2018 life circles: 5 min ≈ 300 m, 10 min ≈ 500 m, 15 min ≈ 1000 m. Circles are straight-line ' +
    'radii around each facility (64-sided polygons), an approximation of walking distance: real walks follow ' +
    'streets and are longer, so the shares are an upper bound, for planning reference only.',
} as const;

/**
 * A group of facilities analysed together, with the radii that apply to it.
 * The default groups follow DOMAIN.md: kindergartens belong to the small circles (GB 50180-2018: service
 * radius ≤ 300 m), primary and middle schools to the 10- and 15-minute circles (≤ 500 m, ≤ 1000 m).
 */
export interface FacilityGroup {
  id: string;
  label: { zh: string; en: string };
  /** Facility `kind`s in the group; `null` takes every facility. */
  kinds: string[] | null;
  radiiM: number[];
}

export const DEFAULT_FACILITY_GROUPS: FacilityGroup[] = [
  { id: 'all', label: { zh: '全部学校与幼儿园', en: 'All schools and kindergartens' }, kinds: null, radiiM: [300, 500, 1000] },
  { id: 'kindergarten', label: { zh: '幼儿园', en: 'Kindergartens' }, kinds: ['kindergarten'], radiiM: [300, 500] },
  {
    id: 'school',
    // The data's `school` covers primary, middle and nine-year schools (九年一贯制) alike.
    label: { zh: '中小学', en: 'Primary and middle schools' },
    kinds: ['school', 'primary-school', 'middle-school'],
    radiiM: [500, 1000],
  },
];

/** The least a feature needs for the analysis; `PlanFeature` fits. */
export interface AnalysisFeature {
  type: 'Feature';
  geometry: Geometry;
  properties: {
    id: string;
    name?: { zh: string; en: string };
    kind?: string;
    accuracy?: string;
  };
}

export interface LifeCircleInput {
  /** Schools and kindergartens; points (any other geometry is reduced to a point on it). */
  facilities: AnalysisFeature[];
  /** Sub-districts (街道); polygons. A seat point is not a boundary: only polygons are analysed. */
  subdistricts: AnalysisFeature[];
  /** The residential zone(s); polygons. */
  zones: AnalysisFeature[];
  /** Renewal sites: polygons are measured by area, points by whether a circle reaches them. */
  sites: AnalysisFeature[];
  /** The whole district, when a district total is wanted. */
  district?: AnalysisFeature[];
  /** @default DEFAULT_FACILITY_GROUPS */
  groups?: FacilityGroup[];
  /** @default CIRCLE_STEPS (64) */
  steps?: number;
}

export type AreaRole = 'district' | 'subdistrict' | 'zone' | 'site';

export interface RadiusCoverage {
  radiusM: number;
  /** 5, 10 or 15 for the GB 50180 radii, else null. */
  minutes: number | null;
  coveredM2: number;
  /** coveredM2 / areaM2 × 100, in [0, 100]. */
  sharePct: number;
}

/** Coverage of a polygon (sub-district, zone, polygon site). */
export interface AreaCoverage {
  id: string;
  name: { zh: string; en: string } | null;
  role: AreaRole;
  /** The area's own geometry accuracy (`schematic` figures are shown rounded and marked). */
  accuracy: string | null;
  areaM2: number;
  coverage: RadiusCoverage[];
}

/** Coverage of a point site: no area to share, so whether each circle reaches it and how far the nearest facility is. */
export interface PointCoverage {
  id: string;
  name: { zh: string; en: string } | null;
  role: AreaRole;
  accuracy: string | null;
  nearestFacilityId: string | null;
  /** Straight-line distance to the nearest facility of the group, in metres. */
  nearestDistanceM: number | null;
  reached: { radiusM: number; minutes: number | null; reached: boolean }[];
}

export interface LifeCircleGroupReport {
  id: string;
  label: { zh: string; en: string };
  radiiM: number[];
  facilityCount: number;
  facilityIds: string[];
  /** The distinct accuracies of the group's facilities: a share or distance involves them all. */
  facilityAccuracies: string[];
  areas: AreaCoverage[];
  points: PointCoverage[];
  /** One feature per radius, largest first (so that smaller circles draw on top), each one MultiPolygon. */
  circles: GeoJSON.FeatureCollection<MultiPolygon, CircleProperties>;
}

export interface CircleProperties {
  group: string;
  radiusM: number;
  minutes: number | null;
  label: string;
}

export interface LifeCircleReport {
  /** Version of this report's shape, for anything that stores it. */
  version: 1;
  standard: 'GB 50180-2018';
  method: { zh: string; en: string };
  steps: number;
  /** How exact the facility positions are, by `accuracy` (e.g. `{ schematic: 33 }`). */
  facilityAccuracy: Record<string, number>;
  /** Facility kinds that belong to no group but `all` (e.g. `high-school`, not a GB 50180 life-circle facility). */
  kindsOnlyInAll: string[];
  groups: LifeCircleGroupReport[];
  /** Polygons or points that could not be analysed, with the reason. */
  skipped: { id: string; reason: string }[];
  /**
   * How many sub-district boundaries (polygons) were analysed. 0: none are loaded (the sub-districts
   * may be known only as seat points or by name), so there is no share by sub-district.
   */
  subdistrictBoundaries: number;
}

type Poly = Feature<Polygon | MultiPolygon>;

const minutesOf = (radiusM: number): number | null => LIFE_CIRCLES.find((c) => c.radiusM === radiusM)?.minutes ?? null;

function facilityPoint(f: AnalysisFeature): Position {
  if (f.geometry.type === 'Point') return f.geometry.coordinates;
  return pointOnFeature({ type: 'Feature', geometry: f.geometry, properties: {} }).geometry.coordinates;
}

function isPolygonal(g: Geometry): g is Polygon | MultiPolygon {
  return g.type === 'Polygon' || g.type === 'MultiPolygon';
}

function asMultiPolygon(p: Poly | null): MultiPolygon {
  if (!p) return { type: 'MultiPolygon', coordinates: [] };
  return p.geometry.type === 'Polygon'
    ? { type: 'MultiPolygon', coordinates: [p.geometry.coordinates] }
    : p.geometry;
}

/** Union of all circles of one radius; null when there are no facilities. */
export function unionOfCircles(points: Position[], radiusM: number, steps = CIRCLE_STEPS): Poly | null {
  const circles = points.map((p) => circle(p, radiusM / 1000, { steps, units: 'kilometers' }));
  if (circles.length === 0) return null;
  if (circles.length === 1) return circles[0] ?? null;
  return union(featureCollection<Polygon | MultiPolygon>(circles));
}

/** Area of the part of `region` inside `cover`, in m². */
export function coveredAreaM2(region: Poly, cover: Poly | null): number {
  if (!cover) return 0;
  const [aw, as, ae, an] = bbox(region);
  const [bw, bs, be, bn] = bbox(cover);
  if (aw > be || bw > ae || as > bn || bs > an) return 0;
  const inter = intersect(featureCollection<Polygon | MultiPolygon>([region, cover]));
  return inter ? area(inter) : 0;
}

function clampPct(x: number): number {
  return Math.min(100, Math.max(0, x));
}

/** Runs the analysis. Pure; throws only on malformed input. */
export function analyseLifeCircles(input: LifeCircleInput): LifeCircleReport {
  const steps = input.steps ?? CIRCLE_STEPS;
  const groups = input.groups ?? DEFAULT_FACILITY_GROUPS;
  const skipped: { id: string; reason: string }[] = [];
  const subdistrictBoundaries = input.subdistricts.filter((f) => isPolygonal(f.geometry));

  const regions: { f: AnalysisFeature; role: AreaRole }[] = [
    ...(input.district ?? []).map((f) => ({ f, role: 'district' as const })),
    // A sub-district's seat point says nothing of its area: only boundaries are analysed.
    ...subdistrictBoundaries.map((f) => ({ f, role: 'subdistrict' as const })),
    ...input.zones.map((f) => ({ f, role: 'zone' as const })),
    ...input.sites.map((f) => ({ f, role: 'site' as const })),
  ];
  const polygons: { f: AnalysisFeature; role: AreaRole; poly: Poly; areaM2: number }[] = [];
  const points: { f: AnalysisFeature; role: AreaRole; at: Position }[] = [];
  for (const { f, role } of regions) {
    const g = f.geometry;
    if (isPolygonal(g)) {
      const poly: Poly = { type: 'Feature', geometry: g, properties: {} };
      polygons.push({ f, role, poly, areaM2: area(poly) });
    } else if (g.type === 'Point') {
      points.push({ f, role, at: g.coordinates });
    } else {
      skipped.push({ id: f.properties.id, reason: `${g.type}: only polygons and points are analysed` });
    }
  }

  const facilityAccuracy: Record<string, number> = {};
  for (const f of input.facilities) {
    const a = f.properties.accuracy ?? 'unknown';
    facilityAccuracy[a] = (facilityAccuracy[a] ?? 0) + 1;
  }
  const groupedKinds = new Set(groups.flatMap((g) => g.kinds ?? []));
  const kindsOnlyInAll = [...new Set(input.facilities.map((f) => f.properties.kind ?? 'unknown'))]
    .filter((k) => !groupedKinds.has(k))
    .sort();

  const groupReports = groups.map((group): LifeCircleGroupReport => {
    const members = input.facilities.filter((f) => group.kinds === null || group.kinds.includes(f.properties.kind ?? ''));
    const at = members.map(facilityPoint);
    const radii = [...group.radiiM].sort((a, b) => a - b);
    const covers = new Map(radii.map((r) => [r, unionOfCircles(at, r, steps)] as const));

    const areas = polygons.map(({ f, role, poly, areaM2 }): AreaCoverage => ({
      id: f.properties.id,
      name: f.properties.name ?? null,
      role,
      accuracy: f.properties.accuracy ?? null,
      areaM2,
      coverage: radii.map((radiusM) => {
        const coveredM2 = Math.min(areaM2, coveredAreaM2(poly, covers.get(radiusM) ?? null));
        return { radiusM, minutes: minutesOf(radiusM), coveredM2, sharePct: areaM2 > 0 ? clampPct((coveredM2 / areaM2) * 100) : 0 };
      }),
    }));

    const pointReports = points.map(({ f, role, at: p }): PointCoverage => {
      let nearestFacilityId: string | null = null;
      let nearestDistanceM: number | null = null;
      members.forEach((m, i) => {
        const q = at[i];
        if (!q) return;
        const d = distance(p, q, { units: 'meters' });
        if (nearestDistanceM === null || d < nearestDistanceM) {
          nearestDistanceM = d;
          nearestFacilityId = m.properties.id;
        }
      });
      // "Reached" is judged on the drawn polygon's radius: a straight-line distance within the radius.
      return {
        id: f.properties.id,
        name: f.properties.name ?? null,
        role,
        accuracy: f.properties.accuracy ?? null,
        nearestFacilityId,
        nearestDistanceM,
        reached: radii.map((radiusM) => ({
          radiusM,
          minutes: minutesOf(radiusM),
          reached: nearestDistanceM !== null && nearestDistanceM <= radiusM,
        })),
      };
    });

    const circleFeatures = [...radii].reverse().map((radiusM) => {
      const minutes = minutesOf(radiusM);
      return {
        type: 'Feature' as const,
        geometry: asMultiPolygon(covers.get(radiusM) ?? null),
        properties: {
          group: group.id,
          radiusM,
          minutes,
          label: minutes === null ? `${radiusM} m` : `${minutes} 分钟 · ${radiusM} m`,
        },
      };
    });

    return {
      id: group.id,
      label: group.label,
      radiiM: radii,
      facilityCount: members.length,
      facilityIds: members.map((m) => m.properties.id),
      facilityAccuracies: [...new Set(members.map((m) => m.properties.accuracy ?? 'unknown'))].sort(),
      areas,
      points: pointReports,
      circles: { type: 'FeatureCollection', features: circleFeatures },
    };
  });

  return {
    version: 1,
    standard: 'GB 50180-2018',
    method: LIFE_CIRCLE_METHOD,
    steps,
    facilityAccuracy,
    kindsOnlyInAll,
    groups: groupReports,
    skipped,
    subdistrictBoundaries: subdistrictBoundaries.length,
  };
}

/**
 * The analysis input from the project's layers, found by their registry purpose: facilities, sub-districts,
 * residential zones, renewal sites and the district. `keep` filters the facilities (e.g. by the time control's year).
 */
export function lifeCircleInputFromStore(
  store: Pick<FeatureStore, 'byLayer' | 'layers'>,
  keep: (f: AnalysisFeature) => boolean = () => true,
): LifeCircleInput {
  const layer = (purpose: Purpose): AnalysisFeature[] => featuresWithPurpose<AnalysisFeature>(store, purpose);
  return {
    facilities: layer('facilities').filter(keep),
    subdistricts: layer('subdistricts'),
    zones: layer('residential-zones'),
    sites: layer('renewal-sites'),
    district: layer('district'),
  };
}
