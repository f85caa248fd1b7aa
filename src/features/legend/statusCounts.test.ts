import { describe, expect, it } from 'vitest';
import { applyFilters, EMPTY_FILTER, isFrameFeature } from '../../core/filters.ts';
import { statusCounts } from './statusCounts.ts';
import { loadTestProject } from '../../../tests/support/project.ts';

const { store } = loadTestProject();
const planItems = () =>
  store.layers.filter((l) => l.role === 'plan').flatMap((l) => (store.byLayer.get(l.id)?.features ?? []).filter((f) => !isFrameFeature(f, l)));

describe('status chip counts', () => {
  it('count the plan items by status, without the district and sub-district outlines', () => {
    const counts = statusCounts(store, EMPTY_FILTER);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(planItems().length);
    expect(total).toBeLessThan(applyFilters(store, EMPTY_FILTER).planTotals.total);
    for (const n of counts.values()) expect(n).toBeGreaterThan(0);
  });

  it('a status on does not zero the other chips; the other filters do narrow them', () => {
    const all = statusCounts(store, EMPTY_FILTER);
    const [first] = [...all.keys()];
    expect(statusCounts(store, { ...EMPTY_FILTER, statuses: new Set([first ?? 'planned']) })).toEqual(all);
    const period = statusCounts(store, { ...EMPTY_FILTER, periods: new Set(['14th-plan']) });
    const periodTotal = [...period.values()].reduce((a, b) => a + b, 0);
    expect(periodTotal).toBe(planItems().filter((f) => f.properties.period === '14th-plan').length);
  });
});
