import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { lightPalette } from '../../core/palette.ts';
import { buildStyle, interactiveLayerIds } from './index.ts';
import { loadTestProject } from '../../../tests/support/project.ts';

const { store } = loadTestProject();

describe('the generated map style', () => {
  const style = buildStyle(store, { palette: lightPalette, lang: 'zh', glyphsUrl: 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf' });

  it('passes the MapLibre style-spec validator', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has a source per registry layer and every interactive layer exists', () => {
    for (const l of store.layers) expect(style.sources[`src-${l.id}`], l.id).toBeDefined();
    const ids = new Set(style.layers.map((l) => l.id));
    const interactive = interactiveLayerIds(store.layers);
    expect(interactive.length).toBeGreaterThan(0);
    expect(interactive.filter((id) => !ids.has(id))).toEqual([]);
    for (const l of store.layers.filter((x) => x.role === 'plan')) {
      expect(ids.has(`${l.id}-label`), `${l.id}-label`).toBe(true);
    }
  });

  it('draws labels above all geometry and uses only the shipped font stack', () => {
    const firstSymbol = style.layers.findIndex((l) => l.type === 'symbol');
    const lastGeometry = style.layers.map((l) => l.type !== 'symbol').lastIndexOf(true);
    expect(firstSymbol).toBeGreaterThan(lastGeometry);
    for (const l of style.layers) {
      if (l.type === 'symbol') expect(l.layout?.['text-font']).toEqual(['Noto Sans Regular']);
    }
  });

  it('draws ground layers lowest, so that the base rivers and roads stay visible inside the district', () => {
    const order = style.layers.map((l) => l.id);
    const ground = store.layers.filter((l) => l.look.ground);
    expect(ground.length).toBeGreaterThan(0);
    const lastGround = Math.max(...ground.map((l) => order.indexOf(`${l.id}-fill`)));
    for (const l of store.layers.filter((x) => x.role === 'base' && !x.look.ground)) {
      expect(order.indexOf(`${l.id}-line`), l.id).toBeGreaterThan(lastGround);
    }
  });

  it('takes every colour from the palette', () => {
    const colours = new Set(JSON.stringify(style).match(/#[0-9a-f]{6}\b/gi) ?? []);
    const palette = new Set([...Object.entries(lightPalette).flatMap(([k, v]) => (k === 'status' ? Object.values(v as object) : [v]))]);
    expect([...colours].filter((c) => !palette.has(c))).toEqual([]);
  });
});

describe('style.json (the bench draws it as the app’s first map)', () => {
  it('is the style a link without parameters opens, colouring included', async () => {
    const { initialStyle, STYLE_JSON_GLYPHS } = await import('./initialStyle.ts');
    const { parseShareState } = await import('../../core/link/shareParse.ts');
    const { shareContextOf } = await import('../../core/link/shareContext.ts');
    const { plan } = loadTestProject();
    const opened = parseShareState('', shareContextOf(plan, store)).state;
    expect(initialStyle(store)).toEqual(buildStyle(store, { palette: lightPalette, lang: 'zh', glyphsUrl: STYLE_JSON_GLYPHS, colourBy: opened.colourBy }));
  });
});
