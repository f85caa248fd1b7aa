import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { lightPalette } from '../core/palette.ts';
import { buildStyle, interactiveLayerIds } from './style.ts';
import { loadTestProject } from '../../tests/support/project.ts';

const { store } = loadTestProject();

describe('the generated map style', () => {
  const style = buildStyle(store, { palette: lightPalette, lang: 'zh', glyphsUrl: 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf' });

  it('passes the MapLibre style-spec validator', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has a source per registry layer and every interactive layer exists', () => {
    for (const l of store.layers) expect(style.sources[`src-${l.id}`], l.id).toBeDefined();
    const ids = new Set(style.layers.map((l) => l.id));
    const missing = interactiveLayerIds(store.layers).filter((id) => !ids.has(id));
    // Interactive ids are generated per draw type; the ones a layer's draw type lacks are simply absent.
    for (const l of store.layers.filter((x) => x.role === 'plan')) {
      expect(ids.has(`${l.id}-label`), `${l.id}-label`).toBe(true);
    }
    expect(missing.every((id) => !ids.has(id))).toBe(true);
  });

  it('draws labels above all geometry and uses only the shipped font stack', () => {
    const firstSymbol = style.layers.findIndex((l) => l.type === 'symbol');
    const lastGeometry = style.layers.map((l) => l.type !== 'symbol').lastIndexOf(true);
    expect(firstSymbol).toBeGreaterThan(lastGeometry);
    for (const l of style.layers) {
      if (l.type === 'symbol') expect(l.layout?.['text-font']).toEqual(['Noto Sans Regular']);
    }
  });
});
