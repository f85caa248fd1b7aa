import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { pmtilesBasemap } from './pmtiles.ts';
import { asStyle, config } from './testDoubles.ts';

describe('a PMTiles archive', () => {
  const info = { tileType: 1, minZoom: 0, maxZoom: 14, bounds: [121, 40, 123, 42] as [number, number, number, number], attribution: null };

  it('vector: a quiet drawing of its layers over an opaque background, labels on top', () => {
    const b = pmtilesBasemap(config({ pmtiles: { url: 'a.pmtiles' } }), 'pmtiles://http://h/a.pmtiles', {
      ...info,
      vectorLayers: ['earth', 'water', 'roads', 'places', 'parcels'],
    });
    expect(b.sources['basemap-pmtiles']).toEqual({ type: 'vector', url: 'pmtiles://http://h/a.pmtiles' });
    expect(b.layers[0]?.type).toBe('background');
    expect(b.layers.at(-1)?.id).toBe('basemap-pmtiles-places-label');
    expect(b.layers.some((l) => l.id === 'basemap-district-halo'), 'the map adds the halo, not the provider').toBe(false);
    expect(b.layers.map((l) => l.id)).toContain('basemap-pmtiles-roads-casing');
    expect(b.layers.map((l) => l.id)).toContain('basemap-pmtiles-parcels-fill');
    expect(validateStyleMin(asStyle(b))).toEqual([]);
  });

  it('raster: one raster layer with the configured tile size', () => {
    const b = pmtilesBasemap(config({ pmtiles: { url: 'a.pmtiles', tileSize: 512 } }), 'pmtiles://http://h/a.pmtiles', { ...info, tileType: 2, vectorLayers: [] });
    expect(b.sources['basemap-pmtiles']).toEqual({ type: 'raster', url: 'pmtiles://http://h/a.pmtiles', tileSize: 512 });
    expect(b.layers.map((l) => l.type)).toEqual(['raster']);
  });
});

describe('a PMTiles archive of an unknown tile type', () => {
  it('is refused as invalid', () => {
    const info = { tileType: 9, minZoom: 0, maxZoom: 14, bounds: [121, 40, 123, 42] as [number, number, number, number], attribution: null, vectorLayers: [] };
    expect(() => pmtilesBasemap(config(), 'pmtiles://http://h/a.pmtiles', info)).toThrow(expect.objectContaining({ kind: 'invalid' }) as Error);
  });
});
