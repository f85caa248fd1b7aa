import type { Position } from 'geojson';
import type { LngLat } from '../../core/geometry/anchor.ts';

/**
 * What the presentation's deck.gl layers draw, as plain data. No deck.gl import here: the items are
 * computed (and unit-tested) before the deck.gl chunk arrives, by code that must not load it.
 */

export type Rgb = [number, number, number];

export interface ExtrusionItem {
  id: string;
  name: string;
  nameEn: string;
  /** One polygon (outer ring first); a multipolygon gives one item per part. */
  polygon: Position[][];
  /** The plan's declared area (declaredAreaM2), the measure the height shows. */
  declaredAreaM2: number;
  heightM: number;
  /** The plan's own words for the area and where they stand (declaredSource). */
  quote: string | null;
  ref: string | null;
  color: Rgb;
}

export interface ArcItem {
  to: string;
  name: string;
  nameEn: string;
  group: string;
  groupEn: string;
  ref: string;
  color: Rgb;
  from: LngLat;
  target: LngLat;
  /** The arc as [lng, lat, metres] along the great circle, rising with its length. */
  path: [number, number, number][];
  distanceKm: number;
}

export interface DeckScene {
  extrusion: readonly ExtrusionItem[];
  arcs: readonly ArcItem[];
  /** Position of the arcs' moving heads, 0–1; null draws still arcs (reduced motion). */
  phase: number | null;
  /** Screen-size multiplier for widths and radii in pixels. @default 1 */
  pixelScale: number;
  /** From the palette: the map's ground (the arcs' ends are outlined in it). */
  colours: { ground: Rgb };
}

/** The bright head of an animated arc at `phase` (0–1): the stretch of the path just behind it. */
export function cometPath<T>(path: readonly T[], phase: number, share = 0.25): T[] {
  const n = path.length - 1;
  const head = Math.round(Math.min(1, Math.max(0, phase)) * n);
  const tail = Math.max(0, head - Math.max(1, Math.round(share * n)));
  return path.slice(tail, head + 1);
}
