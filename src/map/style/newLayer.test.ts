/**
 * A new layer is data only: its entry in geo/layers.json (with its look) and its .geojson file. The
 * fixture under tests/fixtures/new-layer is loaded like the real project, and the style draws it.
 */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { REGISTRY_FILE } from '../../data/loadProject.ts';
import { darkPalette, lightPalette } from '../../core/palette.ts';
import { buildStyle } from './index.ts';
import { perFeature } from './programs.ts';
import { loadTestProject, readRepoFile } from '../../../tests/support/project.ts';

const entry = JSON.parse(readRepoFile('tests/fixtures/new-layer/layer-entry.json')) as { id: string };
const registry = JSON.parse(readRepoFile(REGISTRY_FILE)) as { layers: object[] };
registry.layers.push(entry);
const { store } = loadTestProject({
  registry: JSON.stringify(registry),
  layers: { [entry.id]: readRepoFile('tests/fixtures/new-layer/wetlands.geojson') },
});
const glyphsUrl = 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf';

const byId = (layers: LayerSpecification[], id: string) => {
  const l = layers.find((x) => x.id === id);
  if (!l) throw new Error(`no map layer ${id}`);
  return l as LayerSpecification & { paint: Record<string, unknown>; layout: Record<string, unknown>; minzoom?: number };
};

describe('a layer added to the registry with its look', () => {
  it('is loaded with its features', () => {
    expect(store.byLayer.get('wetlands')?.features.map((f) => f.properties.id)).toEqual(['fixture-wetland']);
  });

  it('gets its source, its label points and map layers drawn as declared, in the palette’s colours', () => {
    for (const palette of [lightPalette, darkPalette]) {
      const style = buildStyle(store, { palette, lang: 'en', glyphsUrl });
      expect(validateStyleMin(style)).toEqual([]);
      expect(style.sources['src-wetlands']).toMatchObject({ type: 'geojson', promoteId: 'id' });
      expect(style.sources['src-wetlands-labels']).toMatchObject({ type: 'geojson' });
      // Colours written per feature, as every fill and line writes them (programs.ts).
      expect(byId(style.layers, 'wetlands-fill').paint).toEqual({ 'fill-color': perFeature(palette.water), 'fill-opacity': 0.5 });
      expect(byId(style.layers, 'wetlands-outline').paint).toEqual({ 'line-color': perFeature(palette.waterLabel), 'line-width': 3 });
      expect(byId(style.layers, 'wetlands-outline-dashed').paint).toEqual({ 'line-color': perFeature(palette.water), 'line-width': 1, 'line-dasharray': [4, 1] });
      const label = byId(style.layers, 'wetlands-label');
      expect(label.minzoom).toBe(9);
      expect(label.layout).toMatchObject({ 'text-size': 14, 'text-field': ['get', 'nameEn'] });
      expect(label.paint).toEqual({ 'text-color': palette.waterLabel, 'text-halo-color': palette.labelHalo, 'text-halo-width': 2 });
    }
  });

  it('is refused, with the place of the error, when its look names a colour no palette has', () => {
    const bad = JSON.parse(JSON.stringify(registry)) as { layers: { look?: { fill?: { colour: string } } }[] };
    bad.layers.at(-1)!.look!.fill!.colour = '#00ff00';
    const index = bad.layers.length - 1;
    expect(() => loadTestProject({ registry: JSON.stringify(bad) })).toThrow(`${REGISTRY_FILE}: layers.${index}.look.fill.colour: `);
  });

  it('is drawn above the layers before it in the registry, its label with the other labels', () => {
    const ids = buildStyle(store, { palette: lightPalette, lang: 'zh', glyphsUrl }).layers.map((l) => l.id);
    expect(ids.indexOf('wetlands-fill')).toBeGreaterThan(ids.indexOf('cooperation-point'));
    expect(ids.indexOf('wetlands-label')).toBeGreaterThan(ids.indexOf('selection-point'));
  });
});
