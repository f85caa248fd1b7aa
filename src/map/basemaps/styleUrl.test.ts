import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { importStyle } from './styleUrl.ts';

describe('a foreign MapLibre style', () => {
  const foreign = {
    version: 8,
    sprite: 'https://tiles.example.org/sprite',
    glyphs: 'https://tiles.example.org/fonts/{fontstack}/{range}.pbf',
    sources: {
      omt: { type: 'vector', url: 'tiles.json', attribution: '<a href="https://openmaptiles.org">© OpenMapTiles</a>' },
      hill: { type: 'raster', tiles: ['../hill/{z}/{x}/{y}.png'], tileSize: 256 },
      pic: { type: 'image', url: 'a.png', coordinates: [[0, 0], [1, 0], [1, 1], [0, 1]] },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f8f4f0', 'background-pattern': 'dots' } },
      { id: 'water', type: 'fill', source: 'omt', 'source-layer': 'water', paint: { 'fill-color': '#aad' } },
      { id: 'hillshade', type: 'raster', source: 'hill' },
      { id: 'picture', type: 'raster', source: 'pic' },
      { id: 'poi-icons', type: 'symbol', source: 'omt', 'source-layer': 'poi', layout: { 'icon-image': 'shop' } },
      { id: 'place', type: 'symbol', source: 'omt', 'source-layer': 'place', layout: { 'text-field': '{name}', 'text-font': ['Open Sans Bold'], 'icon-image': 'dot' } },
    ],
  };

  it('prefixes ids, resolves URLs against the style, keeps only what it can draw', () => {
    const s = importStyle(foreign, 'https://tiles.example.org/styles/basic/style.json');
    expect(Object.keys(s.sources)).toEqual(['basemap-style-omt', 'basemap-style-hill']);
    expect(s.sources['basemap-style-omt']).toMatchObject({ url: 'https://tiles.example.org/styles/basic/tiles.json' });
    expect(s.sources['basemap-style-hill']).toMatchObject({ tiles: ['https://tiles.example.org/styles/hill/{z}/{x}/{y}.png'] });
    expect(s.layers.map((l) => l.id)).toEqual(['basemap-style-background', 'basemap-style-water', 'basemap-style-hillshade', 'basemap-style-place']);
    expect(s.dropped).toEqual(['source pic (image)', 'layer picture', 'layer poi-icons (icons only)']);
    expect(s.attribution).toBe('© OpenMapTiles');
    expect(validateStyleMin({ version: 8, glyphs: 'http://x/{fontstack}/{range}.pbf', sources: s.sources, layers: s.layers })).toEqual([]);
  });

  it('draws labels with the project’s font (the map has one glyph set) and leaves icons and patterns out', () => {
    const s = importStyle(foreign, 'https://tiles.example.org/style.json');
    const place = s.layers.find((l) => l.id === 'basemap-style-place');
    expect(place?.layout).toEqual({ 'text-field': '{name}', 'text-font': ['Noto Sans Regular'] });
    expect(s.layers[0]?.paint).toEqual({ 'background-color': '#f8f4f0' });
  });

  it('refuses what is not a style', () => {
    expect(() => importStyle({ version: 7 }, 'https://x/')).toThrow(expect.objectContaining({ kind: 'invalid' }) as Error);
  });
});
