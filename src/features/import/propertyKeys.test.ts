import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGeoJsonImport } from './parseGeoJsonImport.ts';
import { importedPropertyRows } from './propertyRows.ts';
import { FORBIDDEN_KEYS } from './jsonScan.ts';
import { ok } from './importTestFiles.ts';

/*
 * Any key a file gives its properties is just a key, from parsing to the popup: names of
 * Object.prototype's members (`toString`, `hasOwnProperty`, `valueOf` …) included. Only `__proto__`,
 * `constructor` and `prototype` are dropped, with a warning (parseGeoJsonImport's stated tolerance).
 */
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);
const key = fc.oneof(fc.constantFrom(...PROTO_NAMES, '地块', 'name', 'length', '0', ''), fc.string({ maxLength: 12 }));

const fileWith = (entries: [string, string][]) =>
  `{"type":"Feature","geometry":{"type":"Point","coordinates":[122.07,41.1]},"properties":{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}}`;

describe('import: property names are only names', () => {
  it('the example of the issue: 地块 stays A-01, toString is a row of its own', () => {
    const r = ok(parseGeoJsonImport(fileWith([['地块', 'A-01'], ['toString', '某公司'], ['hasOwnProperty', 'x']])));
    expect(importedPropertyRows(r.collection.features[0]!.properties)).toEqual([
      { key: '地块', value: 'A-01' },
      { key: 'toString', value: '某公司' },
      { key: 'hasOwnProperty', value: 'x' },
    ]);
  });

  it('for generated key names, the rows are the file’s entries (last duplicate wins, unsafe keys dropped)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.string({ maxLength: 8 })), { maxLength: 12 }), (entries) => {
        const r = ok(parseGeoJsonImport(fileWith(entries)));
        const last = new Map<string, string>();
        for (const [k, v] of entries) if (!FORBIDDEN_KEYS.has(k)) last.set(k, v);
        // The file's order, except that array-index names come first, ascending (JSON.parse builds an object).
        const isIndex = (k: string) => /^(0|[1-9]\d*)$/.test(k) && Number(k) < 2 ** 32 - 1;
        const indexKeys = [...last.keys()].filter(isIndex).sort((a, b) => Number(a) - Number(b));
        const expected = new Map([...indexKeys, ...[...last.keys()].filter((k) => !isIndex(k))].map((k) => [k, last.get(k)!]));
        const props = r.collection.features[0]!.properties;
        expect(props instanceof Map).toBe(true);
        expect([...props.entries()]).toEqual([...expected.entries()]);
        const rows = importedPropertyRows(props, { maxRows: 100, maxChars: 1000 });
        expect(rows).toEqual([...expected.entries()].map(([k, value]) => ({ key: k, value })));
      }),
      { numRuns: 300 },
    );
  });
});
