import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { darkPalette } from '../../core/palette.ts';
import { cometPath } from '../../map/deck/scene.ts';
import { frameLayers } from '../../map/presentFrame.ts';
import { perFeature } from '../../map/style/programs.ts';
import { arcItems, arcPath, distanceKm, EXTRUSION_M_PER_KM2, extrusionItems } from './deckData.ts';
import { presentationStyle, scaleSize } from './presentStyle.ts';
import tourJson from './tour.json';
import { parseTour } from './tourSchema.ts';
import { loadTestProject } from '../../../tests/support/project.ts';
import { programsWithVariants } from '../../../tests/support/programKeys.ts';
import { app as enApp } from '../../i18n/en/app.ts';
import { app as zhApp } from '../../i18n/zh/app.ts';

const { store } = loadTestProject();
const tour = parseTour(tourJson);

describe('the presentation style', () => {
  const glyphsUrl = 'plan-glyphs://http://127.0.0.1/glyphs/{fontstack}/{range}.pbf';
  const style = presentationStyle(store, { sizeScale: 2, glyphsUrl, districtSource: zhApp.districtSource });

  it('in English, attributes the district boundary and every credited layer in English (no Chinese source line)', () => {
    const en = presentationStyle(store, { sizeScale: 2, glyphsUrl, lang: 'en', districtSource: enApp.districtSource });
    const lines = Object.values(en.sources).flatMap((src) => ('attribution' in src && src.attribution ? [src.attribution] : []));
    const credited = store.layers.flatMap((l) => (l.attribution ? [l.attribution.en] : []));
    expect(credited.length).toBeGreaterThan(0);
    expect(lines.sort()).toEqual([enApp.districtSource, ...credited].sort());
    expect(lines.join('')).not.toMatch(/\p{Script=Han}/u);
  });

  it('passes the style-spec validator and is built from the dark palette', () => {
    expect(validateStyleMin(style)).toEqual([]);
    const bg = style.layers.find((l) => l.id === 'background');
    expect(bg?.paint).toMatchObject({ 'background-color': darkPalette.background });
    expect(JSON.stringify(style.layers.filter((l) => l.type === 'circle'))).not.toContain('#ffffff');
  });

  it('scales type and lines for the screen, and labels the highlighted features', () => {
    const district = style.layers.find((l) => l.id === 'district-label');
    expect(district?.layout?.['text-size' as never]).toBe(36);
    expect(scaleSize(['interpolate', ['linear'], ['zoom'], 9, 3, 15, 7], 2)).toEqual(['interpolate', ['linear'], ['zoom'], 9, 6, 15, 14]);
    expect(scaleSize(['case', ['==', ['get', 'a'], 1], 2.5, 1.5], 2)).toEqual(['case', ['==', ['get', 'a'], 1], 5, 3]);
    const ids = style.layers.map((l) => l.id);
    expect(ids.slice(-2)).toEqual(['present-highlight-label', 'present-highlight-label-line']);
    // The plan layers' own labels give way to the highlight's; the district's and the base map's stay.
    expect(ids).not.toContain('schools-label');
    expect(ids).toContain('schools-point');
    expect(ids).toContain('district-label');
    expect(ids).toContain('subdistricts-label');
    expect(ids).toContain('base-roads-label');
    // A point's radius is per feature and zoom (src/map/style/programs.ts): its outputs are scaled.
    const school = style.layers.find((l) => l.id === 'schools-point');
    expect(school?.paint?.['circle-radius' as never]).toEqual(['interpolate', ['linear'], ['zoom'], 9, perFeature(9), 15, perFeature(18)]);
  });

  it('draws with one shader program per layer type, its geographic frame included', () => {
    const frame = frameLayers({ data: { type: 'FeatureCollection', features: [] }, palette: darkPalette, lang: 'zh', k: 2 });
    expect(programsWithVariants([...style.layers, ...frame])).toEqual({});
  });
});

describe('what deck.gl draws', () => {
  it('extrudes only plan areas with a declared area, by that area', () => {
    const items = extrusionItems(store, ['residential', 'parks', 'district'], darkPalette);
    expect(items.map((i) => i.id).sort()).toEqual(['green-island-park', 'residential-zone-9km2']);
    const zone = items.find((i) => i.id === 'residential-zone-9km2')!;
    expect(zone.heightM).toBe(9 * EXTRUSION_M_PER_KM2);
    expect(zone.quote).toBe('9平方公里');
    expect(items.find((i) => i.id === 'green-island-park')!.heightM).toBeCloseTo(0.723 * EXTRUSION_M_PER_KM2, 6);
  });

  it('draws arcs from the district to each partner of chapter 七, rising and landing on their ends', () => {
    const arcs = tour.steps.flatMap((s) => s.deck?.arcs ?? []);
    const items = arcItems(store, arcs, darkPalette);
    expect(new Set(items.map((i) => i.to)).size).toBe(6);
    for (const a of items) {
      const first = a.path[0]!;
      const last = a.path[a.path.length - 1]!;
      expect(first[0]).toBeCloseTo(a.from[0], 6);
      expect(last[1]).toBeCloseTo(a.target[1], 6);
      expect(first[2]).toBe(0);
      expect(Math.abs(last[2])).toBeLessThan(1e-6);
      expect(Math.max(...a.path.map((p) => p[2]))).toBeGreaterThan(1000);
    }
    const xinjiang = items.find((i) => i.to === 'partner-hoboksar')!;
    expect(xinjiang.distanceKm).toBeGreaterThan(2500);
    expect(distanceKm([0, 0], [0, 1])).toBeCloseTo(111.2, 1);
    expect(arcPath([120, 30], [120, 30]).every((p) => Math.abs(p[0] - 120) < 1e-9 && Math.abs(p[1] - 30) < 1e-9)).toBe(true);
  });

  it('moves a head along each arc', () => {
    const path = Array.from({ length: 49 }, (_, i) => i);
    expect(cometPath(path, 0.5)).toEqual(path.slice(12, 25));
    expect(cometPath(path, 0)).toEqual([0]);
  });
});
