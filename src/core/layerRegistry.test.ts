import { describe, expect, it } from 'vitest';
import { featuresWithPurpose, layerRegistrySchema, layerWithPurpose } from './layerRegistry.ts';
import { readRepoFile } from '../../tests/support/project.ts';

const REGISTRY_FILE = 'geo/layers.json';

type RawRegistry = { looks: Record<string, Record<string, unknown>>; defaultLook: string; layers: Record<string, unknown>[] };
const raw = (): RawRegistry => JSON.parse(readRepoFile(REGISTRY_FILE)) as RawRegistry;
const issuesOf = (r: unknown) => {
  const res = layerRegistrySchema.safeParse(r);
  return res.success ? [] : res.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
describe('the layer registry’s looks and purposes', () => {
  it('resolves every layer’s look: named, inline, or the default', () => {
    const r = raw();
    const parsed = layerRegistrySchema.parse(r);
    parsed.layers.forEach((l, i) => {
      const look = r.layers[i]?.look ?? r.defaultLook;
      expect(l.look, l.id).toEqual(typeof look === 'string' ? r.looks[look] : look);
    });
  });

  it('names each of the purposes the code asks for, once', () => {
    const { layers } = layerRegistrySchema.parse(raw());
    for (const p of ['district', 'subdistricts', 'facilities', 'residential-zones', 'renewal-sites'] as const) {
      expect(layerWithPurpose(layers, p), p).toBeDefined();
    }
    const store = { layers, byLayer: new Map([[layerWithPurpose(layers, 'district')!.id, { features: ['the district'] }]]) };
    expect(featuresWithPurpose(store, 'district')).toEqual(['the district']);
    expect(featuresWithPurpose(store, 'subdistricts')).toEqual([]);
  });

  it('locates its errors: unknown looks, palette roles and keys, a purpose held twice', () => {
    const r = raw();
    r.defaultLook = 'nope';
    r.looks.rivers!.label = { ...(r.looks.rivers!.label as object), colour: 'teal' };
    r.looks.roads!.glow = true;
    r.layers[1]!.look = 'missing';
    r.layers[6]!.purpose = 'district';
    const issues = issuesOf(r);
    expect(issues).toEqual([expect.stringMatching(/^looks\.rivers\.label\.colour: .*"waterLabel"/), 'looks.roads: Unrecognized key: "glow"']);
    // The references are checked once the shapes are right.
    const refs = raw();
    refs.defaultLook = 'nope';
    refs.layers[1]!.look = 'missing';
    refs.layers[6]!.purpose = 'district';
    expect(issuesOf(refs)).toEqual([
      'defaultLook: no look "nope" in looks',
      'layers.1.look: no look "missing" in looks',
      'layers.6.purpose: purpose "district" is already layer 3\'s',
    ]);
  });
});
