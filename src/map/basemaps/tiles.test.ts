import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { osmBasemap } from './osm.ts';
import { tiandituBasemap } from './tianditu.ts';
import { asStyle, CAMERA, config, KEY } from './testDoubles.ts';
import { expandSubdomains, probeTileUrl, tileAt } from './tiles.ts';

describe('tile URLs', () => {
  it('Tianditu: eight subdomains of the _w WMTS layers, XYZ placeholders, the key', () => {
    const b = tiandituBasemap('tianditu-vec', config({ tianditu: { key: KEY } }));
    expect(Object.keys(b.sources)).toEqual(['basemap-tianditu-vec', 'basemap-tianditu-cva']);
    expect(b.layers.map((l) => l.id)).toEqual(['basemap-tianditu-vec', 'basemap-tianditu-cva']);
    const vec = b.sources['basemap-tianditu-vec'];
    if (vec?.type !== 'raster' || !vec.tiles) throw new Error('raster source expected');
    expect(vec.tiles).toHaveLength(8);
    expect(vec.tiles[3]).toBe(
      `https://t3.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${KEY}`,
    );
    const img = tiandituBasemap('tianditu-img', config({ tianditu: { key: KEY } }));
    expect(Object.keys(img.sources)).toEqual(['basemap-tianditu-img', 'basemap-tianditu-cia']);
    expect(validateStyleMin(asStyle(b))).toEqual([]);
  });

  it('Tianditu without a key is a missing-key failure', () => {
    expect(() => tiandituBasemap('tianditu-img', config())).toThrow(expect.objectContaining({ kind: 'missing-key' }) as Error);
  });

  it('expands {a-c} and {0-7}', () => {
    expect(expandSubdomains('https://{a-c}.tile.example/{z}/{x}/{y}.png')).toEqual([
      'https://a.tile.example/{z}/{x}/{y}.png',
      'https://b.tile.example/{z}/{x}/{y}.png',
      'https://c.tile.example/{z}/{x}/{y}.png',
    ]);
    expect(expandSubdomains('https://tile.example/{z}/{x}/{y}.png')).toHaveLength(1);
  });

  it('finds the tile of a point and the URL MapLibre would ask for', () => {
    expect(tileAt(0, 0, 1)).toEqual({ z: 1, x: 1, y: 1 });
    expect(tileAt(122.07, 41.12, 11)).toEqual({ z: 11, x: 1718, y: 766 });
    expect(probeTileUrl(['https://t/{z}/{x}/{y}.png'], CAMERA, 0, 19)).toBe('https://t/11/1718/766.png');
    // Clamped into the source's zoom range.
    expect(probeTileUrl(['https://t/{z}/{x}/{y}.png'], { ...CAMERA, zoom: 3 }, 5, 9)).toMatch(/^https:\/\/t\/5\//);
  });

  it('OSM: raster tiles from the configured URL, hiding the schematic base', () => {
    const b = osmBasemap(config({ osm: { url: 'https://osm.mirror.example/{z}/{x}/{y}.png' } }));
    expect(b.sources['basemap-osm']).toMatchObject({ type: 'raster', tiles: ['https://osm.mirror.example/{z}/{x}/{y}.png'] });
    expect(b.hideEmbedded).toBe(true);
    expect(validateStyleMin(asStyle(b))).toEqual([]);
  });
});
