import { describe, expect, it } from 'vitest';
import { loadTestProject, readRepoFile } from '../../tests/support/project.ts';
import { thrownBy } from '../../tests/support/thrown.ts';
import { GeoValidationError } from './validateGeo.ts';

const fixture = (name: string) => readRepoFile(`tests/fixtures/bad-geo/${name}.geojson`);

/** Loads the real project with geo/parks.geojson replaced by `parksText`. */
function loadWithParks(parksText: string) {
  return loadTestProject({ layers: { parks: parksText } });
}

function errorOf(parksText: string): GeoValidationError {
  return thrownBy(GeoValidationError, () => loadWithParks(parksText));
}

describe('the geo loader on broken files', () => {
  it('accepts the valid fixture (so each broken one differs by exactly its fault)', () => {
    expect(() => loadWithParks(fixture('valid'))).not.toThrow();
  });

  const cases: [string, string][] = [
    ['wrong-type', 'geo/parks.geojson: feature "test-park" (#0) properties.statusHistory[0].status: Invalid option: expected one of'],
    ['missing-field', 'geo/parks.geojson: feature "test-park" (#0) properties.statusHistory[0].asOf: Invalid input: expected string, received undefined'],
    ['bad-plan-ref', 'geo/parks.geojson: feature "test-park" (#0) properties.planRefs[1]: plan id "s45" does not exist in the plan'],
    ['out-of-range', 'geo/parks.geojson: feature "test-park" (#0) geometry.coordinates[0][2]: position [200,41.09] is outside longitude ±180 / latitude ±90'],
    ['swapped', 'geo/parks.geojson: feature "test-park" (#0) geometry.coordinates[0][0]: latitude 122.05 is out of range; longitude and latitude look swapped ([lon, lat] expected)'],
    ['unclosed-ring', 'geo/parks.geojson: feature "test-park" (#0) geometry.coordinates[0]: ring is not closed (first and last positions differ)'],
    ['bad-quote', 'geo/parks.geojson: feature "test-park" (#0) properties.planQuotes[0]: "不存在的引文" does not occur in the cited plan text'],
    ['bad-date', 'geo/parks.geojson: feature "test-park" (#0) properties.statusHistory[0].asOf: not a real calendar date'],
    ['not-json', 'geo/parks.geojson: file: not valid JSON'],
  ];
  for (const [name, expected] of cases) {
    it(`${name}: names the file, the feature and the field`, () => {
      const e = errorOf(fixture(name));
      expect(e.message).toContain(expected);
    });
  }

  it('rejects a feature whose layer is not its file', () => {
    const text = fixture('valid').replace('"layer": "parks"', '"layer": "schools"');
    expect(errorOf(text).message).toContain(
      'geo/parks.geojson: feature "test-park" (#0) properties.layer: is "schools" but the file is layer "parks"',
    );
  });

  it('rejects an id used in two files', () => {
    const real = JSON.parse(readRepoFile('geo/residential.geojson')) as { features: { properties: { id: string } }[] };
    const taken = real.features[0]?.properties.id ?? '';
    const text = fixture('valid').replace('"id": "test-park"', `"id": "${taken}"`);
    expect(errorOf(text).message).toContain(`properties.id: id is also used in geo/residential.geojson`);
  });

  it('checks every status entry\'s plan id against the plan', () => {
    const text = fixture('valid').replace('"ref": "t5-r7",\n              "label"', '"ref": "t99-r1",\n              "label"');
    expect(text).not.toBe(fixture('valid'));
    expect(errorOf(text).message).toContain('properties.statusHistory[0].source.ref: plan id "t99-r1" does not exist in the plan');
  });

  it('rejects extra properties and unsafe link schemes in the status source', () => {
    const extra = fixture('valid').replace('"kind": "park"', '"kind": "park", "colour": "red"');
    expect(errorOf(extra).message).toMatch(/properties: Unrecognized key: "colour"/);
    const js = fixture('valid').replace('"label": "表5 第7行"', '"label": "表5 第7行", "url": "javascript:alert(1)"');
    expect(errorOf(js).message).toContain('properties.statusHistory[0].source.url: a status source URL must be an https: address');
    const http = fixture('valid').replace('"label": "表5 第7行"', '"label": "表5 第7行", "url": "http://example.org/report-2024.pdf"');
    expect(errorOf(http).message).toContain('properties.statusHistory[0].source.url: a status source URL must be an https: address');
  });
});
