import { circle, distance, pointToLineDistance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, Geometry, Polygon } from 'geojson';
import type { LngLat } from '../../core/geometry/anchor.ts';
import type { PlanFeature } from '../../core/featureSchema.ts';

/** "What is planned near here" looks this far (straight line, metres). */
export const NEARBY_RADIUS_M = 1000;

/**
 * The district and its sub-districts contain every other place: they would head every list at 0 m
 * and say nothing about what is planned nearby, so they are left out.
 */
const CONTAINER_KINDS: ReadonlySet<string> = new Set(['district', 'subdistrict']);

export interface NearbyItem {
  feature: PlanFeature;
  /** 0 inside an area; else the geodesic distance to the nearest point of the geometry. */
  distanceM: number;
}

export interface NearbyResult {
  /** The places within the radius, nearest first. */
  within: NearbyItem[];
  /** The nearest place overall (null without any), so an empty list can say how far it is. */
  nearest: NearbyItem | null;
}

/**
 * Geodesic distance in metres from `at` to a geometry: 0 inside a polygon (holes count as outside),
 * else to the nearest edge, line or point. Collections and multi-geometries take their nearest part.
 */
export function distanceToGeometryM(at: LngLat, g: Geometry): number {
  const units = { units: 'meters' as const };
  switch (g.type) {
    case 'Point':
      return distance(at, g.coordinates, units);
    case 'MultiPoint':
      return minOf(g.coordinates.map((c) => distance(at, c, units)));
    case 'LineString':
      return lineDistanceM(at, g.coordinates);
    case 'MultiLineString':
      return minOf(g.coordinates.map((c) => lineDistanceM(at, c)));
    case 'Polygon':
    case 'MultiPolygon':
      // Negative inside: a point in the area is 0 m from it.
      return Math.max(0, pointToPolygonDistance(at, g, units));
    case 'GeometryCollection':
      return minOf(g.geometries.map((part) => distanceToGeometryM(at, part)));
  }
}

function lineDistanceM(at: LngLat, coordinates: GeoJSON.Position[]): number {
  // A line of one position (not valid GeoJSON, but cheap to survive) is a point.
  if (coordinates.length < 2) return coordinates[0] ? distance(at, coordinates[0], { units: 'meters' }) : Infinity;
  return pointToLineDistance(at, { type: 'LineString', coordinates }, { units: 'meters' });
}

function minOf(values: number[]): number {
  return values.reduce((a, b) => Math.min(a, b), Infinity);
}

/**
 * The plan places within `radiusM` of `at`, nearest first (ties by id, so the order is stable), and
 * the nearest place overall. `features` are what the list shows (filters and hidden layers applied).
 */
export function nearbyFeatures(at: LngLat, features: readonly PlanFeature[], radiusM = NEARBY_RADIUS_M): NearbyResult {
  const all: NearbyItem[] = [];
  for (const feature of features) {
    if (CONTAINER_KINDS.has(feature.properties.kind)) continue;
    const distanceM = distanceToGeometryM(at, feature.geometry);
    if (Number.isFinite(distanceM)) all.push({ feature, distanceM });
  }
  all.sort((a, b) => a.distanceM - b.distanceM || (a.feature.properties.id < b.feature.properties.id ? -1 : 1));
  return { within: all.filter((i) => i.distanceM <= radiusM), nearest: all[0] ?? null };
}

/**
 * The sub-district a point lies in, from the sub-district boundaries (polygons) the data holds:
 * `none-loaded` when it holds none (seat points are not boundaries), else the one containing the
 * point, or `outside` when none does.
 */
export type SubdistrictAt = { state: 'none-loaded' } | { state: 'in'; feature: PlanFeature } | { state: 'outside' };

export function subdistrictAt(at: LngLat, subdistricts: readonly PlanFeature[]): SubdistrictAt {
  const boundaries = subdistricts.filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon');
  if (boundaries.length === 0) return { state: 'none-loaded' };
  const hit = boundaries.find((f) => distanceToGeometryM(at, f.geometry) === 0);
  return hit ? { state: 'in', feature: hit } : { state: 'outside' };
}

/** The search circle drawn on the map (geodesic, 64 sides). */
export function radiusCircle(at: LngLat, radiusM = NEARBY_RADIUS_M): Feature<Polygon> {
  return circle(at, radiusM / 1000, { units: 'kilometers', steps: 64 });
}

/** A distance as people read it: whole metres below 1 km, else km with one decimal. */
export function formatDistance(distanceM: number, locale: string): string {
  if (distanceM < 1000) return `${Math.round(distanceM).toLocaleString(locale)} m`;
  return `${(distanceM / 1000).toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 })} km`;
}
