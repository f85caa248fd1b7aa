import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { lightPalette } from '../core/palette.ts';
import { loadTestProject } from '../../tests/support/project.ts';
import { buildStyle } from './style/index.ts';
import { labelGlyphsAt } from './labelGlyphs.ts';

const { store } = loadTestProject();
const STACK = 'Noto Sans Regular';

const point = (name: string) => ({ type: 'Feature' as const, properties: { name }, geometry: { type: 'Point' as const, coordinates: [122, 41] } });
function styleOf(layout: Record<string, unknown>, o: { minzoom?: number; cluster?: boolean; names?: string[] } = {}): StyleSpecification {
  return {
    version: 8,
    sources: { s: { type: 'geojson', data: { type: 'FeatureCollection', features: (o.names ?? ['甲乙']).map(point) }, ...(o.cluster ? { cluster: true } : {}) } },
    layers: [{ id: 'l', type: 'symbol', source: 's', ...(o.minzoom !== undefined ? { minzoom: o.minzoom } : {}), layout: { 'text-font': [STACK], ...layout } }],
  } as StyleSpecification;
}

describe('labelGlyphsAt: the characters a style’s labels can draw at a zoom', () => {
  it('reads the property a text field gets, or a token template’s, plus its literal text', () => {
    expect(labelGlyphsAt(styleOf({ 'text-field': ['get', 'name'] }, { names: ['甲乙', '乙丙'] }), 10)).toEqual({ [STACK]: ['丙', '乙', '甲'] });
    expect(labelGlyphsAt(styleOf({ 'text-field': '{name}号' }), 10)).toEqual({ [STACK]: ['乙', '号', '甲'] });
  });

  it('skips a layer outside its zoom range or hidden, and a source given by URL', () => {
    expect(labelGlyphsAt(styleOf({ 'text-field': ['get', 'name'] }, { minzoom: 11 }), 10.9)).toEqual({});
    expect(labelGlyphsAt(styleOf({ 'text-field': ['get', 'name'] }, { minzoom: 11 }), 11)).toEqual({ [STACK]: ['乙', '甲'] });
    expect(labelGlyphsAt(styleOf({ 'text-field': ['get', 'name'], visibility: 'none' }), 10)).toEqual({});
    const byUrl = styleOf({ 'text-field': ['get', 'name'] });
    byUrl.sources.s = { type: 'geojson', data: 'https://example.org/a.geojson' };
    expect(labelGlyphsAt(byUrl, 10)).toEqual({});
  });

  it('adds the digits of a clustered source’s counts', () => {
    const got = labelGlyphsAt(styleOf({ 'text-field': ['to-string', ['get', 'point_count']] }, { cluster: true, names: [] }), 10);
    expect(got[STACK]).toEqual([...'0123456789']);
  });

  it('adds the shipped vertical forms for punctuated text along a line, not at a point', () => {
    const along = labelGlyphsAt(styleOf({ 'text-field': ['get', 'name'], 'symbol-placement': 'line' }, { names: ['辽河（主河道）'] }), 10);
    expect(along[STACK]).toEqual(expect.arrayContaining(['（', '︵', '︶']));
    const atPoint = labelGlyphsAt(styleOf({ 'text-field': ['get', 'name'] }, { names: ['辽河（主河道）'] }), 10);
    expect(atPoint[STACK]).not.toContain('︵');
  });

  it('on the project’s style: the district view asks for the names it labels, not those of street zoom', () => {
    const style = buildStyle(store, { palette: lightPalette, lang: 'zh', glyphsUrl: 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf' });
    const district = new Set(labelGlyphsAt(style, 10.27)[STACK]);
    // The district's own name and a neighbour's are labelled at the whole-district view.
    for (const ch of '兴隆台区双台子') expect(district.has(ch), ch).toBe(true);
    const street = new Set(labelGlyphsAt(style, 16)[STACK]);
    expect(street.size).toBeGreaterThan(district.size * 2);
    for (const ch of district) expect(street.has(ch) || /[0-9\uFE10-\uFE4F]/.test(ch), ch).toBe(true);
  });
});
