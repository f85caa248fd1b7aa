import { area, kinks, length } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, Point, Polygon, Position } from 'geojson';
import type { LngLat } from '../../core/geometry/anchor.ts';
import type { Lang } from '../../i18n/lang.ts';
import { areaInUnits, formatArea, formatLength } from '../../core/geometry/measure.ts';

/**
 * The measure tool as a pure state machine: the map view feeds it pointer and key events and draws
 * `measureGeoJson(state)`; the panel shows `measureOf(state)`. No map, no DOM.
 *
 * Drawing: each click adds a vertex; Backspace or `undo` removes the last one; a double-click, Enter or
 * (for a polygon) a click on the first vertex finishes; Escape cancels. A finished shape stays until the
 * next click, which starts a new one.
 */

export type MeasureMode = 'line' | 'polygon';

export interface MeasureState {
  mode: MeasureMode;
  phase: 'idle' | 'drawing' | 'finished';
  vertices: LngLat[];
  /** Where the pointer is while drawing (the rubber-band segment), else null. */
  cursor: LngLat | null;
}

export type MeasureEvent =
  | { type: 'start'; mode: MeasureMode }
  /**
   * A click on the map. `clickCount` is the DOM event's `detail` (2 for the second click of a double-click,
   * which is ignored: the `dblclick` that follows finishes). `onFirstVertex` says the click hit the first
   * vertex's handle, judged by the view in screen pixels (see `isNearPixel`).
   */
  | { type: 'click'; at: LngLat; clickCount?: number; onFirstVertex?: boolean }
  | { type: 'move'; at: LngLat | null }
  | { type: 'dblclick' }
  | { type: 'key'; key: string }
  | { type: 'undo' }
  | { type: 'finish' }
  | { type: 'cancel' };

/** Least vertices a finished shape needs. */
export const MIN_VERTICES: Record<MeasureMode, number> = { line: 2, polygon: 3 };

export function initialMeasureState(mode: MeasureMode = 'line'): MeasureState {
  return { mode, phase: 'idle', vertices: [], cursor: null };
}

function finish(s: MeasureState): MeasureState {
  if (s.phase !== 'drawing' || s.vertices.length < MIN_VERTICES[s.mode]) return s;
  return { ...s, phase: 'finished', cursor: null };
}

/** The state after `e`. Returns the same object when nothing changes (cheap equality for React). */
export function measureReducer(s: MeasureState, e: MeasureEvent): MeasureState {
  switch (e.type) {
    case 'start':
      return initialMeasureState(e.mode);
    case 'click': {
      if ((e.clickCount ?? 1) >= 2) return s;
      if (s.phase !== 'drawing') return { ...s, phase: 'drawing', vertices: [e.at], cursor: e.at };
      if (e.onFirstVertex && s.mode === 'polygon' && s.vertices.length >= MIN_VERTICES.polygon) return finish(s);
      const last = s.vertices[s.vertices.length - 1];
      if (last && last[0] === e.at[0] && last[1] === e.at[1]) return s;
      return { ...s, vertices: [...s.vertices, e.at], cursor: e.at };
    }
    case 'move':
      return s.phase === 'drawing' ? { ...s, cursor: e.at } : s;
    case 'dblclick':
    case 'finish':
      return finish(s);
    case 'undo':
      if (s.phase !== 'drawing') return s;
      return s.vertices.length <= 1 ? initialMeasureState(s.mode) : { ...s, vertices: s.vertices.slice(0, -1) };
    case 'cancel':
      return initialMeasureState(s.mode);
    case 'key':
      if (e.key === 'Escape') return initialMeasureState(s.mode);
      if (e.key === 'Enter') return finish(s);
      if (e.key === 'Backspace' || e.key === 'Delete') return measureReducer(s, { type: 'undo' });
      return s;
  }
}

/** True when two screen points are within `tolerancePx` (e.g. a click and the projected first vertex). @default 8 */
export function isNearPixel(a: { x: number; y: number }, b: { x: number; y: number }, tolerancePx = 8): boolean {
  return Math.hypot(a.x - b.x, a.y - b.y) <= tolerancePx;
}

/** The positions measured: the vertices, plus the cursor while drawing (so the reading follows the pointer). */
function positionsOf(s: MeasureState, withCursor: boolean): Position[] {
  const v: Position[] = [...s.vertices];
  const last = s.vertices[s.vertices.length - 1];
  if (withCursor && s.phase === 'drawing' && s.cursor && !(last && last[0] === s.cursor[0] && last[1] === s.cursor[1])) {
    v.push(s.cursor);
  }
  return v;
}

export interface Measures {
  vertexCount: number;
  /** Length of the line, or the perimeter of the polygon, in metres. */
  lengthM: number;
  /** Polygons only (0 for lines and for fewer than 3 positions). */
  areaM2: number;
  areaKm2: number;
  areaHa: number;
  areaMu: number;
  perimeterM: number;
  /** The polygon crosses itself: its area is then not meaningful. */
  selfIntersecting: boolean;
  /** Strings for the panel: `1.23 km` / `850 m`; area in m², km², 公顷 and 亩. */
  text: { length: string; area: { m2: string; km2: string; ha: string; mu: string } | null };
}

function ringOf(v: Position[]): Position[] {
  const first = v[0];
  return first ? [...v, first] : [];
}

/**
 * The measures of the shape (geodesic, turf `length` and `area`). While drawing, the cursor counts as the
 * next vertex unless `withCursor` is false.
 */
export function measureOf(s: MeasureState, withCursor = true, lang: Lang = 'zh'): Measures {
  const v = positionsOf(s, withCursor);
  let lengthM = 0;
  let areaM2 = 0;
  let perimeterM = 0;
  let selfIntersecting = false;
  if (v.length >= 2) {
    const line: Feature<LineString> = { type: 'Feature', geometry: { type: 'LineString', coordinates: v }, properties: {} };
    lengthM = length(line, { units: 'meters' });
  }
  if (s.mode === 'polygon' && v.length >= 3) {
    const polygon: Feature<Polygon> = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [ringOf(v)] }, properties: {} };
    areaM2 = area(polygon);
    perimeterM = length(polygon, { units: 'meters' });
    lengthM = perimeterM;
    selfIntersecting = kinks(polygon).features.length > 0;
  }
  const units = areaInUnits(areaM2);
  return {
    vertexCount: v.length,
    lengthM,
    areaM2,
    areaKm2: units.km2,
    areaHa: units.ha,
    areaMu: units.mu,
    perimeterM,
    selfIntersecting,
    text: {
      length: formatLength(lengthM / 1000, lang),
      area: s.mode === 'polygon' && v.length >= 3 ? formatArea(areaM2, lang) : null,
    },
  };
}

/** `role` of each feature of the draw source, for the style's filters. */
export type MeasureRole = 'shape' | 'preview' | 'vertex';

export interface MeasureFeatureProperties {
  role: MeasureRole;
  /** Vertices: their index; the first one is the polygon's closing handle. */
  index?: number;
  first?: boolean;
}

/**
 * GeoJSON for the draw source: the shape (a LineString, or a Polygon once it has 3 positions; the polygon
 * while drawing includes the cursor), a `preview` line from the last vertex to the cursor, and the vertices.
 */
export function measureGeoJson(s: MeasureState): FeatureCollection<Geometry, MeasureFeatureProperties> {
  const features: Feature<Geometry, MeasureFeatureProperties>[] = [];
  const v = positionsOf(s, true);
  if (s.mode === 'polygon' && v.length >= 3) {
    features.push({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ringOf(v)] }, properties: { role: 'shape' } });
  } else if (s.vertices.length >= 2) {
    features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: [...s.vertices] }, properties: { role: 'shape' } });
  }
  const last = s.vertices[s.vertices.length - 1];
  if (s.phase === 'drawing' && s.cursor && last) {
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [last, s.cursor] },
      properties: { role: 'preview' },
    });
  }
  s.vertices.forEach((p, index) => {
    const g: Point = { type: 'Point', coordinates: p };
    features.push({ type: 'Feature', geometry: g, properties: { role: 'vertex', index, first: index === 0 } });
  });
  return { type: 'FeatureCollection', features };
}
