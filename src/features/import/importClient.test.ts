import { describe, expect, it } from 'vitest';
import { importGeoJson } from './importClient.ts';
import { importedPropertyRows } from './propertyRows.ts';
import { bytes, ok, parse, text } from './importTestFiles.ts';

describe('import: the client and the popup rows', () => {
  it('runs inline where there is no Worker, from text, bytes or a Blob', async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    expect((await importGeoJson(text('valid-feature.geojson'))).ok).toBe(true);
    expect((await importGeoJson(bytes('valid-feature.geojson'))).ok).toBe(true);
    expect((await importGeoJson(new Blob([text('valid-feature.geojson')]))).ok).toBe(true);
    const ac = new AbortController();
    ac.abort();
    await expect(importGeoJson('{}', { signal: ac.signal })).rejects.toThrow(/aborted/);
  });

  it('shows properties as text rows, nested data as JSON text, markup untouched, long values cut', () => {
    const r = ok(parse('valid-collection.geojson'));
    const rows = importedPropertyRows(r.collection.features[0]?.properties ?? new Map());
    expect(rows).toEqual([
      { key: 'name', value: '地块 A' },
      { key: 'area_mu', value: '150' },
      { key: 'note', value: '<img src=x onerror=alert(1)>' },
      { key: 'tags', value: '["a","b"]' },
      { key: 'nested', value: '{"k":1}' },
    ]);
    const many = new Map(Array.from({ length: 60 }, (_, i) => [`k${i}`, 'v'.repeat(600)]));
    const cut = importedPropertyRows(many);
    expect(cut).toHaveLength(51);
    expect(cut[0]?.value).toHaveLength(500);
    expect(cut[50]?.value).toMatch(/10 more/);
  });
});
