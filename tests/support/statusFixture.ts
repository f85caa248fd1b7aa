/**
 * A second, made-up status entry for tests only (never in geo/): the committed data has one entry per
 * feature, so the tests of "status over time" add this one to a copy of the park's properties.
 */
export const TWO_ENTRY_ID = 'green-island-park';

/** Dated after the park's committed entry (under construction, 2021-06-16). */
export const SECOND_ENTRY = {
  status: 'completed',
  asOf: '2024-05-01',
  source: { label: '测试用虚构记录 (test fixture only)', url: 'https://example.org/test-only/report-2024.html' },
} as const;

type Fc = { features: { properties: { id: string; statusHistory: unknown[] } }[] };

/** A layer file's parsed JSON with the second entry added to TWO_ENTRY_ID (when that feature is in it). */
export function withSecondEntry<T>(layer: T): T {
  const fc = structuredClone(layer) as unknown as Fc;
  for (const f of fc.features) if (f.properties.id === TWO_ENTRY_ID) f.properties.statusHistory.push({ ...SECOND_ENTRY, source: { ...SECOND_ENTRY.source } });
  return fc as unknown as T;
}
