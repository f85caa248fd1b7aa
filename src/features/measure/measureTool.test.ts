import { destination } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { LngLat } from '../../core/geometry/anchor.ts';
import {
  initialMeasureState,
  isNearPixel,
  measureGeoJson,
  measureOf,
  measureReducer,
  type MeasureEvent,
  type MeasureState,
} from './measureTool.ts';

const run = (events: MeasureEvent[], from: MeasureState = initialMeasureState()): MeasureState =>
  events.reduce(measureReducer, from);

const SW: LngLat = [122.05, 41.1];
const go = (p: LngLat, km: number, bearing: number): LngLat => destination(p, km, bearing).geometry.coordinates as LngLat;
/** A 1 km × 1 km square near 41° N: corners by geodesic destination. */
const SE = go(SW, 1, 90);
const NW = go(SW, 1, 0);
const NE = go(NW, 1, 90);

const click = (at: LngLat, extra: Partial<Extract<MeasureEvent, { type: 'click' }>> = {}): MeasureEvent => ({
  type: 'click',
  at,
  ...extra,
});

describe('measure tool: the state machine', () => {
  it('starts idle; the first click starts drawing; clicks add vertices', () => {
    const s = run([{ type: 'start', mode: 'line' }, click(SW), click(SE)]);
    expect(s.phase).toBe('drawing');
    expect(s.vertices).toEqual([SW, SE]);
  });

  it('a double-click finishes without adding the second click of the pair', () => {
    // The browser sends click (detail 1), click (detail 2), dblclick.
    const s = run([{ type: 'start', mode: 'line' }, click(SW), click(SE), click(SE, { clickCount: 2 }), { type: 'dblclick' }]);
    expect(s.phase).toBe('finished');
    expect(s.vertices).toEqual([SW, SE]);
    expect(s.cursor).toBeNull();
  });

  it('Enter finishes; a line needs 2 vertices and a polygon 3', () => {
    expect(run([{ type: 'start', mode: 'line' }, click(SW), { type: 'key', key: 'Enter' }]).phase).toBe('drawing');
    expect(run([{ type: 'start', mode: 'line' }, click(SW), click(SE), { type: 'key', key: 'Enter' }]).phase).toBe('finished');
    expect(run([{ type: 'start', mode: 'polygon' }, click(SW), click(SE), { type: 'finish' }]).phase).toBe('drawing');
    expect(run([{ type: 'start', mode: 'polygon' }, click(SW), click(SE), click(NE), { type: 'finish' }]).phase).toBe('finished');
  });

  it('clicking the first vertex closes a polygon of 3 or more vertices', () => {
    const s = run([{ type: 'start', mode: 'polygon' }, click(SW), click(SE), click(NE), click(NW), click(SW, { onFirstVertex: true })]);
    expect(s.phase).toBe('finished');
    expect(s.vertices).toEqual([SW, SE, NE, NW]);
    // Too early to close: the click adds a vertex instead.
    const early = run([{ type: 'start', mode: 'polygon' }, click(SW), click(SE), click(SW, { onFirstVertex: true })]);
    expect(early.phase).toBe('drawing');
    expect(early.vertices).toHaveLength(3);
  });

  it('undo (or Backspace) removes the last vertex; undoing the only vertex goes back to idle', () => {
    let s = run([{ type: 'start', mode: 'line' }, click(SW), click(SE), click(NE), { type: 'undo' }]);
    expect(s.vertices).toEqual([SW, SE]);
    s = run([{ type: 'key', key: 'Backspace' }, { type: 'undo' }], s);
    expect(s.phase).toBe('idle');
    expect(s.vertices).toEqual([]);
  });

  it('Escape cancels and clears', () => {
    const s = run([{ type: 'start', mode: 'polygon' }, click(SW), click(SE), { type: 'key', key: 'Escape' }]);
    expect(s).toEqual(initialMeasureState('polygon'));
  });

  it('after finishing, the next click starts a new shape; moves outside drawing change nothing', () => {
    const done = run([{ type: 'start', mode: 'line' }, click(SW), click(SE), { type: 'finish' }]);
    expect(measureReducer(done, { type: 'move', at: NE })).toBe(done);
    expect(measureReducer(done, { type: 'key', key: 'a' })).toBe(done);
    const next = measureReducer(done, click(NE));
    expect(next.phase).toBe('drawing');
    expect(next.vertices).toEqual([NE]);
  });

  it('a repeated click on the same position adds nothing', () => {
    const s = run([{ type: 'start', mode: 'line' }, click(SW), click(SW)]);
    expect(s.vertices).toEqual([SW]);
  });

  it('isNearPixel: within the tolerance', () => {
    expect(isNearPixel({ x: 0, y: 0 }, { x: 5, y: 5 })).toBe(true);
    expect(isNearPixel({ x: 0, y: 0 }, { x: 9, y: 0 })).toBe(false);
    expect(isNearPixel({ x: 0, y: 0 }, { x: 9, y: 0 }, 10)).toBe(true);
  });
});

describe('measure tool: measures', () => {
  const square = run([{ type: 'start', mode: 'polygon' }, click(SW), click(SE), click(NE), click(NW), { type: 'finish' }]);

  it('a 1 km × 1 km polygon near 41° N reads 1,000,000 m², 1 km², 100 公顷, 1500 亩 (±0.5%)', () => {
    const m = measureOf(square);
    expect(Math.abs(m.areaM2 - 1e6) / 1e6).toBeLessThan(0.005);
    expect(Math.abs(m.areaKm2 - 1) / 1).toBeLessThan(0.005);
    expect(Math.abs(m.areaHa - 100) / 100).toBeLessThan(0.005);
    expect(Math.abs(m.areaMu - 1500) / 1500).toBeLessThan(0.005);
    expect(m.perimeterM).toBeCloseTo(4000, -1);
    expect(m.selfIntersecting).toBe(false);
    expect(m.text.area?.mu).toMatch(/^1,50\d(\.\d)? 亩$/);
    expect(m.text.area?.ha).toMatch(/^(99\.\d|100(\.\d)?) 公顷$/);
    expect(m.text.length).toMatch(/^4(\.0\d)? km$/);
  });

  it('a line reads its geodesic length in m and km', () => {
    const l = run([{ type: 'start', mode: 'line' }, click(SW), click(SE), click(NE), { type: 'finish' }]);
    const m = measureOf(l);
    expect(m.lengthM).toBeCloseTo(2000, 0);
    expect(m.areaM2).toBe(0);
    expect(m.text.length).toBe('2 km');
    expect(m.text.area).toBeNull();
    const short = run([{ type: 'start', mode: 'line' }, click(SW), click(go(SW, 0.25, 90)), { type: 'finish' }]);
    expect(measureOf(short).text.length).toBe('250 m');
  });

  it('while drawing, the cursor counts as the next vertex (unless asked not to)', () => {
    const s = run([{ type: 'start', mode: 'line' }, click(SW), { type: 'move', at: SE }]);
    expect(measureOf(s).lengthM).toBeCloseTo(1000, 0);
    expect(measureOf(s, false).lengthM).toBe(0);
  });

  it('a self-intersecting polygon (bow tie) is flagged', () => {
    const bow = run([{ type: 'start', mode: 'polygon' }, click(SW), click(NE), click(SE), click(NW), { type: 'finish' }]);
    expect(measureOf(bow).selfIntersecting).toBe(true);
  });
});

describe('measure tool: GeoJSON for the draw source', () => {
  it('while drawing a polygon: the polygon with the cursor, the preview segment and the vertices', () => {
    const s = run([{ type: 'start', mode: 'polygon' }, click(SW), click(SE), { type: 'move', at: NE }]);
    const fc = measureGeoJson(s);
    const roles = fc.features.map((f) => `${f.properties.role}:${f.geometry.type}`);
    expect(roles).toEqual(['shape:Polygon', 'preview:LineString', 'vertex:Point', 'vertex:Point']);
    const ring = fc.features[0]?.geometry.type === 'Polygon' ? fc.features[0].geometry.coordinates[0] : [];
    expect(ring).toEqual([SW, SE, NE, SW]);
    expect(fc.features[2]?.properties.first).toBe(true);
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });

  it('a finished line: the line and its vertices, no preview', () => {
    const s = run([{ type: 'start', mode: 'line' }, click(SW), click(SE), { type: 'dblclick' }]);
    expect(measureGeoJson(s).features.map((f) => f.properties.role)).toEqual(['shape', 'vertex', 'vertex']);
  });

  it('idle: an empty collection', () => {
    expect(measureGeoJson(initialMeasureState()).features).toEqual([]);
  });
});
