import { describe, expect, it } from 'vitest';
import { applyFilters, EMPTY_FILTER, isFrameFeature } from '../../core/filters.ts';
import { statusCounts } from './statusCounts.ts';
import { loadTestProject } from '../../../tests/support/project.ts';

const { store } = loadTestProject();
const planItems = () =>
  store.layers.filter((l) => l.role === 'plan').flatMap((l) => (store.byLayer.get(l.id)?.features ?? []).filter((f) => !isFrameFeature(f, l)));

describe('status chip counts', () => {
  it('count the plan items by status, without the district and sub-district outlines', () => {
    const counts = statusCounts(store, EMPTY_FILTER).byStatus;
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(planItems().length);
    expect(total).toBe(applyFilters(store, EMPTY_FILTER).planTotals.total);
    for (const n of counts.values()) expect(n).toBeGreaterThan(0);
  });

  it('counts each place by its status as of the chosen year; places with no record by then apart', () => {
    const y2018 = statusCounts(store, EMPTY_FILTER, 2018);
    const byYear = [...y2018.byStatus.values()].reduce((a, b) => a + b, 0) + y2018.none;
    expect(byYear).toBe(planItems().length);
    // Every record in the data starts after 2018 unless a feature says otherwise: the count can only grow by 2025.
    expect(y2018.none).toBeGreaterThanOrEqual(statusCounts(store, EMPTY_FILTER, 2025).none);
    expect(y2018.none).toBeGreaterThan(0);
  });

  it('a status on does not zero the other chips; the other filters do narrow them', () => {
    const all = statusCounts(store, EMPTY_FILTER).byStatus;
    const [first] = [...all.keys()];
    expect(statusCounts(store, { ...EMPTY_FILTER, statuses: new Set([first ?? 'planned']) }).byStatus).toEqual(all);
    const period = statusCounts(store, { ...EMPTY_FILTER, periods: new Set(['14th-plan']) }).byStatus;
    const periodTotal = [...period.values()].reduce((a, b) => a + b, 0);
    expect(periodTotal).toBe(planItems().filter((f) => f.properties.period === '14th-plan').length);
  });
});
