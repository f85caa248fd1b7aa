import { describe, expect, it } from 'vitest';
import { featurePropertiesSchema, statusHistorySchema, type StatusEntryData } from './featureSchema.ts';
import { currentStatus, endOfYear, statusAsOf, statusInYear, statusSlugInYear, type StatusEntry } from './statusHistory.ts';

// The pure type and the contract's type agree both ways.
const fromContract: StatusEntry = {} as StatusEntryData;
const toContract: StatusEntryData = {} as StatusEntry;
void fromContract;
void toContract;

const plan = { ref: 't5-r7', label: '表5 第7行' };
const report = { label: '兴隆台区2024年政府工作报告', url: 'https://example.gov.cn/2024/report.html' };
const history: StatusEntry[] = [
  { status: 'planned', asOf: '2021-06-16', source: plan },
  { status: 'under-construction', asOf: '2023-03-01', source: { label: '某年度报告（名称）' } },
  { status: 'completed', asOf: '2024-12-31', source: report },
];
const feature = { properties: { statusHistory: history } };

/** The problems zod finds, as `path: message`. */
function problems(value: unknown): string[] {
  const r = statusHistorySchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the status history contract', () => {
  it('accepts a sorted history with plan, URL and named-document sources', () => {
    expect(problems(history)).toEqual([]);
  });
  it('rejects an empty history', () => {
    expect(problems([])).toEqual([expect.stringMatching(/^: a status history needs at least one entry/)]);
  });
  it('rejects two entries on one date, naming the later entry', () => {
    expect(problems([history[0], { ...history[1], asOf: '2021-06-16' }])).toEqual([
      '1.asOf: entries 0 and 1 are both dated 2021-06-16: one status per date',
    ]);
  });
  it('rejects entries out of date order, naming the entry', () => {
    expect(problems([history[0], history[2], history[1]])).toEqual([
      "2.asOf: 2023-03-01 is before the previous entry's 2024-12-31: entries go oldest first",
    ]);
  });
  it('rejects an entry without a date, a source or a known status, at that entry', () => {
    const noDate: Partial<StatusEntry> = { ...history[1]! };
    delete noDate.asOf;
    const noSource: Partial<StatusEntry> = { ...history[1]! };
    delete noSource.source;
    expect(problems([history[0], noDate])).toEqual(['1.asOf: Invalid input: expected string, received undefined']);
    expect(problems([history[0], noSource])).toEqual(['1.source: Invalid input: expected object, received undefined']);
    expect(problems([{ ...history[0], status: 'finished' }])[0]).toMatch(/^0\.status: Invalid option/);
    expect(problems([{ ...history[0], asOf: '2021-02-30' }])).toEqual(['0.asOf: not a real calendar date']);
  });
  it('rejects a source without a label and a URL that is not https', () => {
    expect(problems([{ ...history[0], source: { ref: 't5-r7' } }])[0]).toMatch(/^0\.source\.label: /);
    for (const url of ['http://example.org/a', 'javascript:alert(1)', '/relative/report.pdf']) {
      expect(problems([{ ...history[0], source: { label: 'x report', url } }])).toEqual(['0.source.url: a status source URL must be an https: address']);
    }
  });
  it('has replaced the single status fields in the feature contract', () => {
    const shape = featurePropertiesSchema.shape as unknown as Record<string, unknown>;
    expect('statusHistory' in shape).toBe(true);
    for (const old of ['status', 'statusAsOf', 'statusSource']) expect(old in shape, old).toBe(false);
  });
});

describe('statusAsOf', () => {
  it('gives the latest entry dated on or before the date', () => {
    expect(statusAsOf(feature, '2021-06-16')?.status).toBe('planned');
    expect(statusAsOf(feature, '2023-02-28')?.status).toBe('planned');
    expect(statusAsOf(feature, '2023-03-01')?.status).toBe('under-construction');
    expect(statusAsOf(feature, '2030-01-01')?.status).toBe('completed');
    expect(statusAsOf(feature.properties, '2024-12-31')).toBe(history[2]);
  });
  it('has no record before the first entry', () => {
    expect(statusAsOf(feature, '2021-06-15')).toBeNull();
    expect(statusAsOf(feature, '1900-01-01')).toBeNull();
  });
  it('reads the end of the chosen year for the time control, the latest entry without one', () => {
    expect(endOfYear(2023)).toBe('2023-12-31');
    expect(statusSlugInYear(feature, 2020)).toBeNull();
    expect(statusSlugInYear(feature, 2021)).toBe('planned');
    expect(statusSlugInYear(feature, 2023)).toBe('under-construction');
    expect(statusSlugInYear(feature, 2024)).toBe('completed');
    expect(statusInYear(feature, null)).toBe(currentStatus(feature));
    expect(currentStatus(feature).status).toBe('completed');
  });
});
