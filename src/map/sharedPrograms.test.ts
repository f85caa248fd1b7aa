/**
 * Each layer type's paint written one way (src/map/style/programs.ts), so that the map links one
 * shader program per type: software WebGL links each on the main thread, and the first map linked 14
 * (0.3–1.1 s in all) where 9 do. Checked here for every layer the explorer's map can draw, whatever
 * the colouring, palette or overlay; the browser test (tests/e2e/viewer.e2e.ts) counts the programs
 * the real map links.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { COLOUR_BY, darkPalette, lightPalette } from '../core/palette.ts';
import { loadTestProject } from '../../tests/support/project.ts';
import { programKey, programsWithVariants } from '../../tests/support/programKeys.ts';
import { districtHalo } from './basemaps/layers.ts';
import { colourPaints } from './colourBy.ts';
import { importedLayers, lifeCircleLayers, measureLayers, nearbyLayers } from './overlays/overlayLayers.ts';
import { overlayPaletteOf } from './overlays/overlayPalette.ts';
import { frameLayers } from './presentFrame.ts';
import { buildStyle } from './style/index.ts';
import { perFeature, sharedProgramPaint, withSharedPrograms } from './style/programs.ts';

const { store } = loadTestProject();
const glyphsUrl = 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf';

function everyLayer(): LayerSpecification[] {
  const out: LayerSpecification[] = [];
  for (const palette of [lightPalette, darkPalette]) {
    for (const colourBy of COLOUR_BY) {
      for (const clusters of [true, false]) out.push(...buildStyle(store, { palette, lang: 'zh', glyphsUrl, colourBy, clusters }).layers);
    }
    const o = overlayPaletteOf(palette);
    out.push(...nearbyLayers('overlay-nearby', o), ...measureLayers('overlay-measure', o), ...lifeCircleLayers('overlay-life-circles', o), ...importedLayers('overlay-import-1', o));
    out.push(...frameLayers({ data: { type: 'FeatureCollection', features: [] }, palette, lang: 'zh', k: 2 }));
  }
  out.push(districtHalo('src-district'));
  return out;
}

describe('one shader program per layer type', () => {
  it('every layer the map can draw writes each paint property of its type the same way', () => {
    const layers = everyLayer();
    expect(new Set(layers.map(programKey).filter(Boolean)).size).toBe(5); // circle, fill, line, lineSDF, symbolSDF
    expect(programsWithVariants(layers)).toEqual({});
  });

  it('the colour switch sets values that keep each layer on its program', () => {
    for (const from of COLOUR_BY) {
      const style = buildStyle(store, { palette: lightPalette, lang: 'zh', glyphsUrl, colourBy: from });
      for (const to of COLOUR_BY) {
        for (const [id, property, value] of colourPaints(store, lightPalette, to)) {
          const layer = style.layers.find((l) => l.id === id)!;
          const paint = { ...('paint' in layer ? layer.paint : {}), [property]: sharedProgramPaint(layer.type, property, value) };
          expect(programKey({ ...layer, paint } as LayerSpecification), `${from} → ${to}: ${id} ${property}`).toBe(programKey(layer));
        }
      }
    }
  });

  it('writes a constant per feature, a zoom curve per feature and zoom, and leaves what is per feature already', () => {
    const status = ['match', ['get', 'status'], 'planned', '#1d5fd1', '#6b7280'];
    const curve = ['interpolate', ['linear'], ['zoom'], 9, 4.5, 15, 9];
    const circle = withSharedPrograms({ id: 'c', type: 'circle', source: 's', paint: { 'circle-color': status, 'circle-radius': curve, 'circle-opacity': 0.5 } } as LayerSpecification);
    expect(circle.type === 'circle' && circle.paint).toEqual({
      'circle-color': status,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, perFeature(4.5), 15, perFeature(9)],
      'circle-opacity': 0.5,
      // Left out, so no ring: written as MapLibre draws it (width 0), the colour transparent.
      'circle-stroke-width': perFeature(0),
      'circle-stroke-color': perFeature('rgba(0,0,0,0)'),
    });
    expect(withSharedPrograms(circle)).toEqual(circle);
    const line = withSharedPrograms({ id: 'l', type: 'line', source: 's', paint: { 'line-color': '#ffffff', 'line-width': curve } } as LayerSpecification);
    expect(line.type === 'line' && line.paint).toEqual({ 'line-color': perFeature('#ffffff'), 'line-width': curve });
    expect(sharedProgramPaint('circle', 'circle-radius', 13)).toEqual(['interpolate', ['linear'], ['zoom'], 0, perFeature(13)]);
    expect(sharedProgramPaint('symbol', 'text-color', '#000000')).toBe('#000000');
  });
});
