import { describe, expect, it } from 'vitest';
import { importGeoJson } from './importClient.ts';
import { scanJson } from './jsonScan.ts';
import { DEFAULT_MAX_BYTES, geometryMessageZh, MAX_POSITIONS, parseGeoJsonImport } from './parseGeoJsonImport.ts';
import { bytes, DISTRICT, failed, ok, only, parse, text } from './importTestFiles.ts';

describe('import: valid files', () => {
  it('a FeatureCollection with polygons, points, lines, a GeometryCollection and a 3D position', () => {
    const r = ok(parse('valid-collection.geojson'));
    expect(r.collection.features).toHaveLength(5);
    expect(r.warnings).toEqual([]);
    expect(r.collection.features[0]?.id).toBe('a');
    expect(r.collection.features[1]?.id).toBe(7);
    expect(r.collection.features[2]?.properties).toEqual(new Map([['name', '测试']]));
    expect(r.stats.features).toBe(5);
    expect(r.stats.positions).toBe(5 + 1 + 2 + 5 + 3);
    expect(r.bbox).toEqual([122, 41.1, 122.1, 41.15]);
  });

  it('a single Feature, and a bare geometry (wrapped, with a warning)', () => {
    expect(ok(parse('valid-feature.geojson')).collection.features[0]?.properties).toEqual(new Map([['name', '单个要素']]));
    const bare = ok(parse('bare-geometry.geojson'));
    expect(bare.collection.features[0]?.geometry?.type).toBe('Polygon');
    expect(only(bare.warnings).code).toBe('bare-geometry');
  });

  it('wrong winding is accepted without a word (RFC 7946 §3.1.6)', () => {
    const r = ok(parse('wrong-winding.geojson'));
    expect(r.warnings).toEqual([]);
  });

  it('a null geometry is kept, with a warning that it cannot be drawn', () => {
    const r = ok(parse('null-geometry.geojson'));
    expect(r.collection.features[0]?.geometry).toBeNull();
    const w = only(r.warnings);
    expect(w).toMatchObject({ code: 'null-geometry', featureIndex: 0, path: 'features[0].geometry' });
  });

  it('an empty collection is fine, with a warning', () => {
    expect(only(ok(parse('empty-collection.geojson')).warnings).code).toBe('empty');
  });

  it('reads UTF-8 with or without BOM, and UTF-16 with a BOM, from bytes', () => {
    for (const f of ['utf8-bom.geojson', 'utf16le-bom.geojson']) {
      expect(ok(parseGeoJsonImport(bytes(f))).collection.features[0]?.properties).toEqual(new Map([['name', '兴隆台区']]));
    }
  });
});

describe('import: syntax errors are located (line, column) and named', () => {
  const cases: [string, number, number, RegExp, RegExp][] = [
    ['syntax-trailing-comma.geojson', 4, 60, /trailing comma before "\]"/, /逗号/],
    ['syntax-nan.geojson', 2, 48, /JSON has no NaN/, /没有 NaN/],
    ['syntax-infinity.geojson', 1, 74, /no -Infinity/, /-Infinity/],
    ['syntax-comment.geojson', 2, 3, /no comments/, /注释/],
    ['syntax-single-quotes.geojson', 1, 2, /keys need double quotes/, /双引号/],
    ['syntax-missing-comma.geojson', 3, 3, /expected "," or "}".*missing comma/, /漏了逗号/],
    ['syntax-truncated.geojson', 1, text('syntax-truncated.geojson').length + 1, /unexpected end of file/, /意外结束/],
    ['syntax-raw-newline.geojson', 1, 66, /raw line break inside a string/, /换行/],
  ];
  for (const [file, line, column, en, zh] of cases) {
    it(file, () => {
      const e = only(failed(parse(file)).errors);
      expect(e.code).toBe('syntax');
      expect({ line: e.line, column: e.column }).toEqual({ line, column });
      expect(e.en).toMatch(en);
      expect(e.zh).toMatch(zh);
      expect(e.message).toBe(`${e.zh} / ${e.en}`);
      expect(e.en).toContain(`line ${line}, column ${column}`);
      expect(typeof e.excerpt).toBe('string');
    });
  }

  it('paths say where in the structure the error is', () => {
    expect(only(failed(parse('syntax-nan.geojson')).errors).path).toBe('geometry.coordinates[0]');
    const trailing = only(failed(parse('syntax-trailing-comma.geojson')).errors);
    expect(trailing.path).toBe('features');
    expect(trailing.featureIndex).toBeNull();
    expect(only(failed(parseGeoJsonImport('{"type":"Feature","properties":{"a":1,}}')).errors).path).toBe('properties');
  });

  it('other syntax: empty file, data after the value, leading zeros, bad escapes, unquoted keys, "+1", ".5"', () => {
    const msg = (s: string) => only(failed(parseGeoJsonImport(s)).errors).en;
    expect(msg('')).toMatch(/empty/);
    expect(msg('   \n ')).toMatch(/empty/);
    expect(msg('{} {}')).toMatch(/after the end of the JSON value/);
    expect(msg('[01]')).toMatch(/leading zeros/);
    expect(msg('["\\x"]')).toMatch(/invalid escape/);
    expect(msg('["\\u12"]')).toMatch(/\\u escape/);
    expect(msg('{type: 1}')).toMatch(/key in double quotes/);
    expect(msg('[+1]')).toMatch(/cannot start with "\+"/);
    expect(msg('[.5]')).toMatch(/0\.5, not \.5/);
    expect(msg('[1.]')).toMatch(/decimal point/);
    expect(msg('[1e]')).toMatch(/exponent/);
    expect(msg('[undefined]')).toMatch(/no undefined/);
    expect(msg('{"a" 1}')).toMatch(/expected ":"/);
    expect(msg('{"a":1,}')).toMatch(/trailing comma before "}"/);
    expect(msg('[1 2]')).toMatch(/expected "," or "]"/);
    expect(msg('{"a":]')).toMatch(/expected a value/);
  });

  it('the scanner agrees with JSON.parse on what is valid', () => {
    const samples = ['0', '-0.5e-3', '"\\u00e9\\n"', '[[],{}]', '{"a":[1,{"b":null}],"c":true,"d":false}', ' [1, 2 ] ', '"\u2028"'];
    for (const s of samples) {
      expect(() => JSON.parse(s)).not.toThrow();
      expect(scanJson(s).syntaxError).toBeNull();
    }
    for (const s of ['[1,]', '{"a":1', 'tru', '[NaN]', '01', '"a', '[1]x', "['a']"]) {
      expect(() => JSON.parse(s)).toThrow();
      expect(scanJson(s).syntaxError).not.toBeNull();
    }
  });
});

describe('import: structure and geometry errors carry feature index, path and both languages', () => {
  const geometryCases: [string, string, RegExp, RegExp][] = [
    ['unclosed-ring.geojson', 'features[0].geometry.coordinates[0]', /ring is not closed/, /环未闭合/],
    ['short-ring.geojson', 'features[0].geometry.coordinates[0]', /a ring needs at least 4 positions, has 3/, /至少需要 4 个坐标点/],
    ['one-value-position.geojson', 'features[0].geometry.coordinates[1]', /a position is \[longitude, latitude\].*got \[1\]/, /坐标点应为/],
    ['four-value-position.geojson', 'features[0].geometry.coordinates', /got \[122\.05,41\.1,10,20\]/, /坐标点应为/],
    ['swapped.geojson', 'features[0].geometry.coordinates', /look swapped/, /经纬度似乎颠倒/],
    ['out-of-range.geojson', 'features[0].geometry.coordinates[1]', /outside longitude ±180/, /超出经度/],
  ];
  for (const [file, path, en, zh] of geometryCases) {
    it(file, () => {
      const e = only(failed(parse(file)).errors);
      expect(e).toMatchObject({ severity: 'error', code: 'geometry', featureIndex: 0, path });
      expect(e.en).toMatch(en);
      expect(e.zh).toMatch(zh);
    });
  }

  it('null coordinates: a null array and a null number', () => {
    const r = failed(parse('null-coordinates.geojson'));
    expect(r.errors.map((e) => [e.featureIndex, e.path])).toEqual([
      [0, 'features[0].geometry.coordinates'],
      [1, 'features[1].geometry.coordinates'],
    ]);
    expect(r.errors[0]?.zh).toMatch(/应为数组/);
    expect(r.errors[1]?.en).toMatch(/finite numbers only; got \[null,41\.1\]/);
  });

  it('NaN and Infinity as strings are not numbers', () => {
    const r = failed(parse('string-nan.geojson'));
    expect(r.errors).toHaveLength(2);
    expect(r.errors[0]?.en).toMatch(/finite numbers only; got \["NaN",41\.1\]/);
    expect(r.errors[1]?.en).toMatch(/finite numbers only; got \[122,"Infinity"\]/);
    expect(r.errors[0]?.zh).toMatch(/有限数字/);
  });

  it('a number too large for a double (1e999) is Infinity after parsing, and refused', () => {
    const r = failed(parseGeoJsonImport('{"type":"Point","coordinates":[1e999,41]}'));
    expect(r.errors[0]?.en).toMatch(/finite numbers only/);
    expect(r.errors[0]?.path).toBe('coordinates');
  });

  it('projected metres get a hint to reproject; the crs member is noted', () => {
    const r = failed(parse('projected.geojson'));
    expect(r.errors[0]?.en).toMatch(/projected metres.*EPSG:4326/);
    expect(r.errors[0]?.zh).toMatch(/投影坐标/);
    expect(r.warnings.map((w) => w.code)).toEqual(['crs']);
  });

  it('TopoJSON, unknown types, non-objects and broken features', () => {
    expect(only(failed(parse('topojson.json')).errors).en).toMatch(/TopoJSON/);
    expect(only(failed(parse('not-geojson-type.geojson')).errors).en).toMatch(/must be FeatureCollection, Feature or a geometry type, found "Featurecollection"/);
    expect(only(failed(parseGeoJsonImport('[1,2]')).errors).en).toMatch(/found an array/);
    expect(only(failed(parseGeoJsonImport('{"type":"FeatureCollection"}')).errors).path).toBe('features');
    const r = failed(
      parseGeoJsonImport(
        JSON.stringify({
          type: 'FeatureCollection',
          features: [1, { type: 'Feat' }, { type: 'Feature', properties: {} }, { type: 'Feature', geometry: null, properties: 'x' }],
        }),
      ),
    );
    expect(r.errors.map((e) => [e.featureIndex, e.path])).toEqual([
      [0, 'features[0]'],
      [1, 'features[1].type'],
      [2, 'features[2].geometry'],
      [3, 'features[3].properties'],
    ]);
  });

  it('lists the first 20 problems and counts all', () => {
    const features = Array.from({ length: 30 }, () => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [500, 41] }, properties: {} }));
    const r = failed(parseGeoJsonImport(JSON.stringify({ type: 'FeatureCollection', features })));
    expect(r.errors).toHaveLength(20);
    expect(r.errorCount).toBe(30);
    expect(r.errors[19]?.path).toBe('features[19].geometry.coordinates');
  });

  it('every checkGeometry message has a Chinese translation', () => {
    for (const en of [
      'expected a geometry object',
      'unknown geometry type "Circle"',
      'expected an array',
      'a line needs at least 2 positions, has 1',
      'a ring needs at least 4 positions, has 3',
      'ring is not closed (first and last positions differ)',
      'a position is [longitude, latitude] or [lon, lat, height]; got [1]',
      'a position holds finite numbers only; got [null,1]',
      'latitude 122 is out of range; longitude and latitude look swapped ([lon, lat] expected)',
      'position [200,41] is outside longitude ±180 / latitude ±90',
    ]) {
      expect(geometryMessageZh(en)).not.toMatch(/^几何有误/);
    }
  });
});

describe('import: warnings', () => {
  it('features far from the district are flagged; features in it are not', () => {
    const r = ok(parse('outside-district.geojson'));
    const w = only(r.warnings);
    expect(w).toMatchObject({ code: 'outside-district', featureIndex: 0, path: 'features[0].geometry' });
    expect(w.zh).toMatch(/50 km/);
    // No district given: no opinion.
    expect(ok(parseGeoJsonImport(text('outside-district.geojson'))).warnings).toEqual([]);
  });

  it('an in-range swap ([lat, lon] that is still valid) is recognised near the district', () => {
    // A district near the equator-ish diagonal makes the swapped box meet it: [41.12, 122.07] is out of
    // range anyway, so use a district whose swap stays in range.
    const r = ok(parseGeoJsonImport('{"type":"Point","coordinates":[30.5,60.2]}', { districtBbox: [60, 30, 61, 31] }));
    expect(r.warnings.map((w) => w.code)).toEqual(['bare-geometry', 'swapped']);
  });

  it('self-intersections are warnings (turf kinks), with where', () => {
    const r = ok(parse('self-intersection.geojson'));
    const w = only(r.warnings);
    expect(w.code).toBe('self-intersection');
    expect(w.en).toMatch(/crosses itself \(1 point\(s\), first near \[122\.055000, 41\.105000\]\)/);
  });

  it('duplicate keys: the last one wins, reported with line and column', () => {
    const r = ok(parse('duplicate-keys.geojson'));
    expect(r.collection.features[0]?.properties.get('name')).toBe('后');
    const w = only(r.warnings);
    expect(w).toMatchObject({ code: 'duplicate-key', featureIndex: 0, path: 'features[0].properties.name', line: 5, column: 34 });
    expect(w.zh).toMatch(/重复的键名 "name"/);
  });

  it('an invalid id is dropped with a warning', () => {
    const r = ok(parseGeoJsonImport('{"type":"Feature","id":{"x":1},"geometry":null,"properties":null}'));
    expect(r.collection.features[0]).not.toHaveProperty('id');
    expect(r.warnings.map((w) => w.code)).toEqual(['bad-id', 'null-geometry']);
  });
});

describe('import: hostile input', () => {
  it('never pollutes Object.prototype; unsafe keys are dropped at any depth and reported', () => {
    const r = ok(parse('proto-pollution.geojson'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    const f = r.collection.features[0];
    if (!f) throw new Error('no feature');
    const p = f.properties;
    expect([...p.keys()]).toEqual(['name', 'nested']);
    expect(p.get('nested')).toEqual({ deeper: [{ ok: 1 }] });
    expect(Object.hasOwn(f.geometry ?? {}, '__proto__')).toBe(false);
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([
      ['unsafe-key', '__proto__'],
      ['unsafe-key', 'features[0].geometry.__proto__'],
      ['unsafe-key', 'features[0].properties.__proto__'],
      ['unsafe-key', 'features[0].properties.constructor'],
      ['unsafe-key', 'features[0].properties.constructor.prototype'],
      ['unsafe-key', 'features[0].properties.nested.deeper[0].__proto__'],
      ['unsafe-key', 'features[0].properties.nested.deeper[0].prototype'],
    ]);
    // What a careless consumer would do with the result is now harmless too.
    const merged = Object.assign({}, p, structuredClone(p), JSON.parse(JSON.stringify(p)) as object);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((merged as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('10,000 levels of nesting are refused with a clear message, without a stack overflow', () => {
    for (const deep of ['['.repeat(10_000) + ']'.repeat(10_000), '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)]) {
      const e = only(failed(parseGeoJsonImport(deep)).errors);
      expect(e.code).toBe('too-deep');
      expect(e.en).toMatch(/nested deeper than 100 levels/);
      expect(e.column).toBe(deep.startsWith('[') ? 101 : 501);
    }
    // Deep but within the limit inside properties is fine.
    const nested = `{"type":"Feature","geometry":null,"properties":${'{"a":'.repeat(90)}1${'}'.repeat(90)}}`;
    expect(parseGeoJsonImport(nested).ok).toBe(true);
  });

  it('a file over 50 MB is refused before parsing (bytes, text and Blob)', async () => {
    const big = new ArrayBuffer(DEFAULT_MAX_BYTES + 1);
    const e = only(failed(parseGeoJsonImport(big)).errors);
    expect(e.code).toBe('too-large');
    expect(e.en).toMatch(/the file is 50\.0 MB, over the 50\.0 MB limit; it was not read/);
    expect(failed(parseGeoJsonImport('x'.repeat(1001), { maxBytes: 1000 })).errors[0]?.code).toBe('too-large');
    // 400 Chinese characters are 1200 UTF-8 bytes.
    expect(failed(parseGeoJsonImport(`"${'区'.repeat(400)}"`, { maxBytes: 1000 })).errors[0]?.code).toBe('too-large');
    let read = false;
    const blob = { size: DEFAULT_MAX_BYTES + 1, arrayBuffer: () => ((read = true), Promise.resolve(new ArrayBuffer(0))) } as unknown as Blob;
    const viaClient = await importGeoJson(blob);
    expect(viaClient.ok).toBe(false);
    expect(read).toBe(false);
  });

  it('a GBK file is refused with a message that names the encoding', () => {
    const e = only(failed(parseGeoJsonImport(bytes('gbk.geojson'))).errors);
    expect(e.code).toBe('encoding');
    expect(e.zh).toMatch(/GBK/);
  });

  const ringFile = (N: number) => {
    const parts: string[] = new Array<string>(N + 1);
    for (let i = 0; i < N; i++) {
      const a = (i / N) * 2 * Math.PI;
      parts[i] = `[${(122.07 + 0.05 * Math.cos(a)).toFixed(7)},${(41.12 + 0.05 * Math.sin(a)).toFixed(7)}]`;
    }
    parts[N] = parts[0] as string;
    return `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"n":1},"geometry":{"type":"Polygon","coordinates":[[${parts.join(',')}]]}}]}`;
  };

  it('a 1,000,000-vertex ring is refused with its count and the limit, in reasonable time', () => {
    const t = Date.now();
    const e = only(failed(parseGeoJsonImport(ringFile(1_000_000), { districtBbox: DISTRICT })).errors);
    expect(Date.now() - t).toBeLessThan(15_000);
    expect(e.code).toBe('too-many');
    expect(e.en).toContain('1,000,001 positions');
    expect(e.en).toContain(`${MAX_POSITIONS.toLocaleString('en-US')} positions`);
    expect(e.zh).toContain('1,000,001 个坐标点');
  }, 60_000);

  it('a ring just under the limit validates (self-intersection check skipped, said so)', () => {
    const r = ok(parseGeoJsonImport(ringFile(MAX_POSITIONS - 1), { districtBbox: DISTRICT }));
    expect(r.stats.positions).toBe(MAX_POSITIONS);
    expect(r.warnings.map((w) => w.code)).toEqual(['unchecked']);
  }, 60_000);
});
