import type { Map as MlMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { darkPalette, lightPalette } from '../../core/palette.ts';
import { combineFilters, opacityPaint } from '../planLayers.ts';
import { classifyMapError } from '../sourceEvents.ts';
import { GeoJsonOverlay } from './geoJsonOverlay.ts';
import { overlayBeforeId } from './MapOverlay.ts';
import { importedLayers, lifeCircleColour, measureLayers, nearbyLayers } from './overlayLayers.ts';
import { overlayPaletteOf } from './overlayPalette.ts';
import { lifeCircleOverlay, measureOverlay, nearbyOverlay } from './toolOverlays.ts';

const light = overlayPaletteOf(lightPalette);

/** The colours a layer's paint names, expressions included. */
const coloursOf = (layers: { paint?: object }[]) => JSON.stringify(layers.map((l) => l.paint)).match(/#[0-9a-f]{6}/gi) ?? [];

describe('overlay looks', () => {
  it('take their colours from the palette passed in', () => {
    const dark = overlayPaletteOf(darkPalette);
    expect(coloursOf(nearbyLayers('s', dark)).every((c) => [darkPalette.status.planned, darkPalette.labelHalo].includes(c))).toBe(true);
    expect(coloursOf(measureLayers('s', dark))).toContain(darkPalette.selection);
    const custom = { ...light, imported: '#123456', halo: '#abcdef' };
    expect(new Set(coloursOf(importedLayers('s', custom)))).toEqual(new Set(['#123456', '#abcdef']));
  });

  it('keep the light map as it was: nearby blue, measure pink, imports violet', () => {
    expect(light).toMatchObject({ nearby: '#1d5fd1', measure: '#e11d74', halo: '#ffffff', imported: '#9333ea' });
    expect(lifeCircleColour(light)).toEqual(['match', ['get', 'radiusM'], 300, '#0f766e', 500, '#2563eb', 1000, '#7c3aed', '#7c3aed']);
  });

  it('keep the layer ids the browser tests and the ordering rely on', () => {
    expect(nearbyOverlay(light).layerIds).toEqual(['overlay-nearby-fill', 'overlay-nearby-line', 'overlay-nearby-point']);
    expect(measureOverlay(light).layerIds).toEqual(['overlay-measure-fill', 'overlay-measure-line', 'overlay-measure-point']);
    expect(lifeCircleOverlay(light).layerIds).toEqual(['overlay-life-circles-fill', 'overlay-life-circles-line']);
    for (const l of measureLayers('overlay-measure', light)) expect(l.source).toBe('overlay-measure');
  });
});

describe('overlayBeforeId', () => {
  const on = new Set(['n-1', 'm-1', 'i-1']);
  const has = (id: string) => on.has(id);
  const nearby = { rank: 0, layerIds: ['n-1'] };
  const imported = { rank: 2, layerIds: ['i-0', 'i-1'] };
  const measure = { rank: 3, layerIds: ['m-1'] };
  it('goes under the lowest overlay above it that is on the map', () => {
    expect(overlayBeforeId(1, [measure, nearby, imported], has, 'selection-outline')).toBe('i-1');
    expect(overlayBeforeId(1, [measure, nearby], has, 'selection-outline')).toBe('m-1');
  });
  it('else under the selection', () => {
    expect(overlayBeforeId(3, [nearby, imported], has, 'selection-outline')).toBe('selection-outline');
    expect(overlayBeforeId(3, [], has, undefined)).toBeUndefined();
  });
});

/** Just enough of a map for an overlay's sources and layers. */
function fakeMap() {
  const sources = new Map<string, { data: unknown; setData(d: unknown): void }>();
  const layers: { id: string; before?: string }[] = [];
  const map = {
    getSource: (id: string) => sources.get(id),
    addSource: (id: string, spec: { data: unknown }) => {
      const s = { data: spec.data, setData: (d: unknown) => (s.data = d) };
      sources.set(id, s);
    },
    removeSource: (id: string) => sources.delete(id),
    getLayer: (id: string) => layers.find((l) => l.id === id),
    addLayer: (l: { id: string }, before?: string) => layers.push({ id: l.id, before }),
    removeLayer: (id: string) => layers.splice(layers.findIndex((l) => l.id === id), 1),
  };
  return { map: map as unknown as MlMap, sources, layers };
}

describe('GeoJsonOverlay', () => {
  it('adds its source and layers before the id given, follows setData, and takes them all away', () => {
    const { map, sources, layers } = fakeMap();
    const o = measureOverlay(light);
    const line: GeoJSON.Feature = { type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: {} };
    o.setData(line);
    o.onAdd(map, 'selection-outline');
    expect(sources.get('overlay-measure')?.data).toBe(line);
    expect(layers).toEqual(o.layerIds.map((id) => ({ id, before: 'selection-outline' })));
    o.setData({ type: 'FeatureCollection', features: [] });
    expect(sources.get('overlay-measure')?.data).toEqual({ type: 'FeatureCollection', features: [] });
    o.onRemove(map);
    expect(layers).toEqual([]);
    expect(sources.size).toBe(0);
  });
  it('is an IControl-like object with a rank', () => {
    expect(new GeoJsonOverlay(5, 'x', []).sourceId).toBe('overlay-x');
  });
});

describe('the plan layers and the map errors', () => {
  it('combine a layer filter with the filter bar', () => {
    expect(combineFilters(undefined, null)).toBeNull();
    expect(combineFilters(['==', 'a', 1], null)).toEqual(['==', 'a', 1]);
    expect(combineFilters(undefined, ['==', 'b', 2])).toEqual(['==', 'b', 2]);
    expect(combineFilters(['==', 'a', 1], ['==', 'b', 2])).toEqual(['all', ['==', 'a', 1], ['==', 'b', 2]]);
  });
  it('fade a layer relative to its own fill opacity and keep labels readable', () => {
    expect(opacityPaint({ id: 'f', type: 'fill', source: 's', paint: { 'fill-opacity': 0.5 } }, 0.5)).toEqual([['fill-opacity', 0.25]]);
    expect(opacityPaint({ id: 'c', type: 'circle', source: 's' }, 2)).toEqual([
      ['circle-opacity', 1],
      ['circle-stroke-opacity', 1],
    ]);
    expect(opacityPaint({ id: 't', type: 'symbol', source: 's' }, 0)).toEqual([['text-opacity', 0.35]]);
  });
  it('report tile failures with their status, ignore aborts and removed basemaps, log the rest', () => {
    expect(classifyMapError('basemap-osm', 'raster', { message: 'AJAXError: Not Found (404)', status: 404, url: 'u' }, true)).toEqual({
      kind: 'failure',
      failure: { sourceId: 'basemap-osm', status: 404, url: 'u', message: 'AJAXError: Not Found (404)' },
    });
    expect(classifyMapError('v', 'vector', { message: 'failed with code 503' }, true)).toMatchObject({ failure: { status: 503 } });
    expect(classifyMapError('v', 'vector', { name: 'AbortError' }, true)).toEqual({ kind: 'ignore' });
    expect(classifyMapError('basemap-x', undefined, {}, true)).toEqual({ kind: 'ignore' });
    expect(classifyMapError('v', 'vector', {}, false)).toEqual({ kind: 'log' });
    expect(classifyMapError(undefined, undefined, new Error('x'), true)).toEqual({ kind: 'log' });
  });
});
