import { coverageTotals, type CoverageReport, type CoverageRow } from './coverage.ts';

/** A feature the editor's draft holds (added or changed, not yet published), with the plan ids it cites. */
export interface DraftCitation {
  id: string;
  planRefs: readonly string[];
}

export interface DraftCoverageRow extends CoverageRow {
  /** Draft features citing this item that the published inventory does not list: not yet published. */
  draftFeatures?: string[];
}

export interface DraftCoverageReport extends CoverageReport {
  rows: DraftCoverageRow[];
  /** Items counted as mapped only because of a draft. */
  draftMapped: number;
}

/**
 * The coverage report as it will be once the drafts are published: an item with a place but no
 * feature yet (`unplaceable`, `missing`) that a draft feature cites counts as mapped, marked as a
 * draft; an item already mapped lists the draft features too. The published check (failures) is
 * unchanged: only `npm run data:apply` and the inventory change that.
 */
export function withDraftCitations(r: CoverageReport, drafts: readonly DraftCitation[]): DraftCoverageReport {
  if (drafts.length === 0) return { ...r, draftMapped: 0 };
  const counts = { ...r.counts };
  let draftMapped = 0;
  const rows = r.rows.map((row): DraftCoverageRow => {
    const cited = drafts.filter((d) => d.planRefs.includes(row.item.planRef) && !row.item.features.includes(d.id)).map((d) => d.id);
    if (cited.length === 0) return row;
    if (row.state === 'mapped') return { ...row, draftFeatures: cited };
    if (row.state !== 'unplaceable' && row.state !== 'missing') return row;
    counts[row.state] -= 1;
    counts.mapped += 1;
    draftMapped += 1;
    return { ...row, state: 'mapped', draftFeatures: cited };
  });
  return { ...r, rows, counts, ...coverageTotals(counts), draftMapped };
}
