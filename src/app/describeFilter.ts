import type { FilterState } from '../core/filters.ts';

/** The filters in words, for exports' metadata (not translated: it is read with the data, not on screen). */
export function describeFilter(f: FilterState): string {
  const parts: string[] = [];
  if (f.statuses.size) parts.push(`status=${[...f.statuses].join(',')}`);
  if (f.periods.size) parts.push(`period=${[...f.periods].join(',')}`);
  if (f.themes.size) parts.push(`theme=${[...f.themes].join(',')}`);
  if (f.subdistricts.size) parts.push(`sub=${[...f.subdistricts].join(',')}`);
  if (f.year !== undefined && f.year !== null) parts.push(`year=${f.year}`);
  return parts.length ? parts.join('; ') : 'none';
}
