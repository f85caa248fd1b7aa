import { describe, expect, it } from 'vitest';
import type { PlanFeature } from '../featureSchema.ts';
import { checkCoverage, formatCoverageTable } from './coverage.ts';
import { loadTestProject, readRepoFile } from '../../../tests/support/project.ts';

const read = readRepoFile;
const { plan, store } = loadTestProject();
const inventory = () => JSON.parse(read('geo/inventory.json')) as { items: Record<string, unknown>[] };

describe('the plan–map check on the real inventory', () => {
  const report = checkCoverage(inventory(), plan, store);
  // 93%: 创新 and 惠宾街道 have no known place (no public boundary or seat point).
  it('passes, with at least 93% of placeable items mapped', () => {
    expect(report.failures).toEqual([]);
    expect(report.coveragePct).toBeGreaterThanOrEqual(93);
  });
  it('checks the plan’s declared measures against the geometry', () => {
    const measured = report.rows.flatMap((r) => r.measures.map((m) => m.featureId));
    expect(measured).toContain('residential-zone-9km2');
    expect(measured).toContain('green-island-park');
    const table = formatCoverageTable(report);
    expect(table).toContain('residential-zone-9km2');
    expect(table).toContain('check passed');
  });
});

describe('the plan–map check fails on a broken inventory', () => {
  it('an item with neither features nor a reason', () => {
    const inv = inventory();
    const mapped = inv.items.find((i) => Array.isArray(i.features) && (i.features as string[]).length > 0)!;
    mapped.features = [];
    const r = checkCoverage(inv, plan, store);
    expect(r.failures).toContain(`${String(mapped.id)} (${String(mapped.planRef)}): has neither features nor a notMappable reason`);
    expect(formatCoverageTable(r)).toContain('check FAILED');
  });
  it('a missing feature and a broken plan id', () => {
    const inv = inventory();
    const item = inv.items[0]!;
    item.features = ['no-such-feature'];
    delete item.notMappable;
    item.planRef = 's45';
    const r = checkCoverage(inv, plan, store);
    expect(r.failures).toContain(`${String(item.id)} (s45): plan id "s45" does not exist in the plan`);
    expect(r.failures).toContain(`${String(item.id)} (s45): feature "no-such-feature" does not exist in geo/`);
  });
  it('a measure out of tolerance', () => {
    const zone = store.byId.get('residential-zone-9km2')!;
    const doubled: PlanFeature = { ...zone, properties: { ...zone.properties, declaredAreaM2: 18_000_000 } };
    const byId = new Map(store.byId);
    byId.set(zone.properties.id, doubled);
    const r = checkCoverage(inventory(), plan, { ...store, byId });
    expect(r.failures.some((f) => f.includes('feature "residential-zone-9km2" area differs by -50.0% (tolerance 15%)'))).toBe(true);
  });
  it('an inventory that breaks its schema', () => {
    const r = checkCoverage({ items: [{ id: 'X Y' }] }, plan, store);
    expect(r.failures[0]).toMatch(/^geo\/inventory\.json: items\.0\.id: /);
  });
});
