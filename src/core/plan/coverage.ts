import { computeMeasures, diffPct } from '../geometry/measure.ts';
import type { FeatureStore } from '../featureStore.ts';
import { inventorySchema, type InventoryItem, type NotMappableKind } from './inventorySchema.ts';
import type { Plan } from './types.ts';

/** Tolerance for declared vs computed measures when a feature states none. */
export const DEFAULT_TOLERANCE_PCT = 15;

export interface MeasureCheck {
  featureId: string;
  kind: 'area' | 'length';
  /** m² for area, km for length. */
  declared: number;
  computed: number;
  diffPct: number;
  tolerancePct: number;
  /** The tolerance is wider than the default because the geometry is schematic. */
  widenedForSchematic: boolean;
  ok: boolean;
}

export type CoverageState = 'mapped' | NotMappableKind | 'missing';

export interface CoverageRow {
  item: InventoryItem;
  state: CoverageState;
  measures: MeasureCheck[];
  /** What is wrong with this item; empty when it is fine. */
  problems: string[];
}

export interface CoverageReport {
  rows: CoverageRow[];
  counts: Record<CoverageState, number>;
  /** Items that have a place: mapped ones and `unplaceable` ones. */
  placeable: number;
  mapped: number;
  /** mapped / placeable × 100. */
  coveragePct: number;
  /** Every problem, prefixed with the item id; a non-empty list fails `npm run check:plan`. */
  failures: string[];
}

/**
 * Checks the inventory against the plan and the map: every item has features or a reason, every
 * reference resolves, and every declared measure agrees with the geometry within its tolerance.
 * Never throws on bad input: everything wrong becomes a failure line.
 */
export function checkCoverage(inventoryJson: unknown, plan: Plan, store: FeatureStore): CoverageReport {
  const counts: Record<CoverageState, number> = {
    mapped: 0,
    'district-wide': 0,
    policy: 0,
    indicator: 0,
    unplaceable: 0,
    missing: 0,
  };
  const parsed = inventorySchema.safeParse(inventoryJson);
  if (!parsed.success) {
    const failures = parsed.error.issues.map((i) => `geo/inventory.json: ${i.path.join('.')}: ${i.message}`);
    return { rows: [], counts, placeable: 0, mapped: 0, coveragePct: 0, failures };
  }
  const failures: string[] = [];
  const seen = new Set<string>();
  const rows = parsed.data.items.map((item): CoverageRow => {
    const problems: string[] = [];
    if (seen.has(item.id)) problems.push('duplicate item id');
    seen.add(item.id);
    if (!plan.byId.has(item.planRef)) problems.push(`plan id "${item.planRef}" does not exist in the plan`);
    const measures: MeasureCheck[] = [];
    for (const fid of item.features) {
      const f = store.byId.get(fid);
      if (!f) {
        problems.push(`feature "${fid}" does not exist in geo/`);
        continue;
      }
      const p = f.properties;
      const computed = computeMeasures(f.geometry);
      const tolerancePct = p.measureTolerancePct ?? DEFAULT_TOLERANCE_PCT;
      const widenedForSchematic = tolerancePct > DEFAULT_TOLERANCE_PCT;
      const add = (kind: 'area' | 'length', declared: number | undefined, got: number | undefined) => {
        if (declared === undefined) return;
        if (got === undefined) {
          problems.push(`feature "${fid}" declares a ${kind} but its geometry has none`);
          return;
        }
        const d = diffPct(got, declared);
        const ok = Math.abs(d) <= tolerancePct;
        measures.push({ featureId: fid, kind, declared, computed: got, diffPct: d, tolerancePct, widenedForSchematic, ok });
        if (!ok) problems.push(`feature "${fid}" ${kind} differs by ${d.toFixed(1)}% (tolerance ${tolerancePct}%)`);
      };
      add('area', p.declaredAreaM2, computed.areaM2);
      add('length', p.declaredLengthKm, computed.lengthKm);
    }
    let state: CoverageState;
    if (item.features.length > 0) state = 'mapped';
    else if (item.notMappable) state = item.notMappable.kind;
    else {
      state = 'missing';
      problems.push('has neither features nor a notMappable reason');
    }
    counts[state] += 1;
    for (const pr of problems) failures.push(`${item.id} (${item.planRef}): ${pr}`);
    return { item, state, measures, problems };
  });
  return { rows, counts, failures, ...coverageTotals(counts) };
}

/** The totals a report derives from its counts: placeable items, mapped ones and the percentage. */
export function coverageTotals(counts: Record<CoverageState, number>): Pick<CoverageReport, 'placeable' | 'mapped' | 'coveragePct'> {
  const placeable = counts.mapped + counts.unplaceable + counts.missing;
  return { placeable, mapped: counts.mapped, coveragePct: placeable === 0 ? 100 : (counts.mapped / placeable) * 100 };
}

/** Display width of a string in a terminal: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

function clip(s: string, w: number): string {
  if (width(s) <= w) return s;
  let out = '';
  for (const ch of s) {
    if (width(out + ch) > w - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** The plan–map check as a plain-text table (what `npm run check:plan` prints). */
export function formatCoverageTable(r: CoverageReport): string {
  const header = ['plan id', 'item', 'state', 'features', 'declared', 'computed', 'diff'];
  const lines: string[][] = [];
  for (const row of r.rows) {
    const base = [row.item.planRef, clip(row.item.name.zh, 24), row.problems.length ? `FAIL ${row.state}` : row.state];
    const feats = row.item.features.length ? clip(row.item.features.join(','), 40) : '—';
    if (row.measures.length === 0) {
      lines.push([...base, feats, '', '', '']);
      continue;
    }
    row.measures.forEach((m, i) => {
      const unit = m.kind === 'area' ? 'km²' : 'km';
      const scale = m.kind === 'area' ? 1e-6 : 1;
      const tol = `±${m.tolerancePct}%${m.widenedForSchematic ? ' schematic' : ''}`;
      lines.push([
        ...(i === 0 ? base : ['', '', '']),
        i === 0 ? feats : '',
        `${(m.declared * scale).toFixed(3)} ${unit}`,
        `${(m.computed * scale).toFixed(3)} ${unit}`,
        `${m.diffPct >= 0 ? '+' : ''}${m.diffPct.toFixed(1)}% (${tol})`,
      ]);
    });
  }
  const widths = header.map((h, c) => Math.max(width(h), ...lines.map((l) => width(l[c] ?? ''))));
  const fmt = (cells: string[]) => cells.map((c, i) => pad(c, widths[i] ?? 0)).join('  ').trimEnd();
  const out = [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(fmt)];
  const c = r.counts;
  out.push('');
  out.push(
    `items ${r.rows.length}: mapped ${c.mapped}, district-wide ${c['district-wide']}, policy ${c.policy}, ` +
      `indicator ${c.indicator}, unplaceable ${c.unplaceable}, missing ${c.missing}`,
  );
  out.push(`coverage of placeable items: ${r.mapped}/${r.placeable} = ${r.coveragePct.toFixed(1)}%`);
  out.push(r.failures.length === 0 ? 'check passed: no broken reference, no measure out of tolerance' : `check FAILED (${r.failures.length}):`);
  for (const f of r.failures) out.push(`  ${f}`);
  return out.join('\n');
}
