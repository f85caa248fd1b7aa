import { describe, expect, it } from 'vitest';
import { measureGeoJson, RENDER_PATH_LIMITS, renderPathFor } from './renderPath.ts';

const L = RENDER_PATH_LIMITS;

describe('renderPathFor (which path draws a dataset of this size)', () => {
  it('keeps small data on MapLibre’s GeoJSON path', () => {
    expect(renderPathFor({ features: 1_000, vertices: 9_500 })).toBe('geojson');
    expect(renderPathFor({ features: L.geojsonMaxFeatures, vertices: L.geojsonMaxVertices })).toBe('geojson');
  });

  it('switches to deck.gl binary attributes above the GeoJSON limits, by vertices or by features', () => {
    expect(renderPathFor({ features: 100, vertices: L.geojsonMaxVertices + 1 })).toBe('deck-binary');
    expect(renderPathFor({ features: L.geojsonMaxFeatures + 1, vertices: L.geojsonMaxFeatures + 1 })).toBe('deck-binary');
    expect(renderPathFor({ features: 30_000, vertices: 300_000 })).toBe('deck-binary');
    expect(renderPathFor({ features: 100_000, vertices: 100_000 })).toBe('deck-binary');
  });

  it('sends city-scale data to vector tiles', () => {
    expect(renderPathFor({ features: 10, vertices: L.browserMaxVertices + 1 })).toBe('tiles');
    expect(renderPathFor({ features: 100_000, vertices: 950_000 })).toBe('tiles');
    expect(renderPathFor({ features: 1_000_000, vertices: 1_000_000 })).toBe('tiles');
  });

  it('takes other limits (e.g. for a machine with a GPU)', () => {
    const limits = { ...L, geojsonMaxVertices: 10, geojsonMaxFeatures: 10 };
    expect(renderPathFor({ features: 11, vertices: 11 }, limits)).toBe('deck-binary');
  });
});

describe('measureGeoJson', () => {
  it('counts features and every position, closing ones included', () => {
    const square = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    expect(
      measureGeoJson({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } },
          { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square, square] } },
          { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[square], [square]] } },
          {
            type: 'Feature',
            properties: {},
            geometry: {
              type: 'GeometryCollection',
              geometries: [
                { type: 'LineString', coordinates: square },
                { type: 'MultiPoint', coordinates: [[0, 0], [1, 1]] },
              ],
            },
          },
          { type: 'Feature', properties: {}, geometry: null as never },
        ],
      }),
    ).toEqual({ features: 5, vertices: 1 + 8 + 8 + 4 + 2 });
    expect(measureGeoJson({ type: 'LineString', coordinates: square })).toEqual({ features: 1, vertices: 4 });
  });
});
