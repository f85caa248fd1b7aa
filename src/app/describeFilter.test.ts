import { expect, it } from 'vitest';
import type { FilterState } from '../core/filters.ts';
import { describeFilter } from './describeFilter.ts';

const none: FilterState = { statuses: new Set(), periods: new Set(), themes: new Set(), subdistricts: new Set() };

it('describes the filters for exports, or says none', () => {
  expect(describeFilter(none)).toBe('none');
  expect(describeFilter({ ...none, year: null })).toBe('none');
  expect(describeFilter({ ...none, statuses: new Set(['planned', 'completed']), subdistricts: new Set(['a']), year: 2021 })).toBe(
    'status=planned,completed; sub=a; year=2021',
  );
});
