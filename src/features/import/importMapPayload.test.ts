import { describe, expect, it } from 'vitest';
import { propertiesOf } from './importMapPayload.ts';
import { runImportPipeline } from './importPipeline.ts';

describe('the map payload of an import', () => {
  it('carries drawable features with only their index, and each feature\'s properties, any key only a key', () => {
    const file = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { toString: '名', hasOwnProperty: 2, valueOf: null }, geometry: { type: 'Point', coordinates: [122.07, 41.12] } },
        { type: 'Feature', properties: { a: { b: [1] } }, geometry: null },
        { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[122, 41], [122.1, 41.1]] } },
      ],
    });
    const r = runImportPipeline({ input: file, format: 'geojson', options: { forMap: true } });
    if (!r.ok || !r.forMap) throw new Error('expected an accepted import with a map payload');
    expect(r.collection.features).toEqual([]);
    expect(r.stats.features).toBe(3);
    const fc = JSON.parse(r.forMap.geojson) as GeoJSON.FeatureCollection;
    expect(fc.features.map((f) => f.properties)).toEqual([{ i: 0 }, { i: 2 }]);
    expect(fc.features[1]?.geometry).toEqual({ type: 'LineString', coordinates: [[122, 41], [122.1, 41.1]] });
    const first = propertiesOf(r.forMap.properties[0]!);
    expect([...first]).toEqual([['toString', '名'], ['hasOwnProperty', 2], ['valueOf', null]]);
    expect(propertiesOf(r.forMap.properties[1]!).get('a')).toEqual({ b: [1] });
    expect(propertiesOf('[["__proto__",1]]').get('__proto__')).toBe(1);
  });
});
