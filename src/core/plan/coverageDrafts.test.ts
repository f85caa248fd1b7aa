import { describe, expect, it } from 'vitest';
import { checkCoverage } from './coverage.ts';
import { withDraftCitations } from './coverageDrafts.ts';
import { loadTestProject, readRepoJson } from '../../../tests/support/project.ts';

describe('withDraftCitations', () => {
  const { plan, store } = loadTestProject();
  const published = checkCoverage(readRepoJson('geo/inventory.json'), plan, store);
  const unplaceable = published.rows.find((r) => r.state === 'unplaceable')!;
  const mapped = published.rows.find((r) => r.state === 'mapped')!;

  it('counts an unplaceable item a draft feature cites as mapped, marked as a draft', () => {
    const r = withDraftCitations(published, [{ id: 'draft-1', planRefs: [unplaceable.item.planRef] }]);
    const row = r.rows.find((x) => x.item.id === unplaceable.item.id)!;
    expect(row.state).toBe('mapped');
    expect(row.draftFeatures).toEqual(['draft-1']);
    const same = published.rows.filter((x) => x.item.planRef === unplaceable.item.planRef && x.state === 'unplaceable').length;
    expect(r.counts.unplaceable).toBe(published.counts.unplaceable - same);
    expect(r.counts.mapped).toBe(published.counts.mapped + same);
    expect(r.mapped).toBe(published.mapped + same);
    expect(r.draftMapped).toBe(same);
    expect(r.placeable).toBe(published.placeable);
    expect(r.coveragePct).toBeGreaterThan(published.coveragePct);
    // The published check is not changed by a draft.
    expect(r.failures).toEqual(published.failures);
  });

  it('lists a draft on a mapped item without counting it twice, and ignores drafts citing nothing in the inventory', () => {
    const r = withDraftCitations(published, [
      { id: 'draft-2', planRefs: [mapped.item.planRef] },
      { id: mapped.item.features[0]!, planRefs: [mapped.item.planRef] },
      { id: 'draft-3', planRefs: ['no-such-id'] },
    ]);
    expect(r.rows.find((x) => x.item.id === mapped.item.id)!.draftFeatures).toEqual(['draft-2']);
    expect(r.counts).toEqual(published.counts);
    expect(withDraftCitations(published, [])).toEqual({ ...published, draftMapped: 0 });
  });

  it('leaves district-wide, policy and indicator items as they are', () => {
    const wide = published.rows.find((x) => x.state === 'district-wide' || x.state === 'policy' || x.state === 'indicator')!;
    const r = withDraftCitations(published, [{ id: 'draft-4', planRefs: [wide.item.planRef] }]);
    expect(r.rows.find((x) => x.item.id === wide.item.id)!.state).toBe(wide.state);
  });
});
