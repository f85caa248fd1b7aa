import type { NotMappableKind } from '../plan/inventorySchema.ts';
import type { CoverageReport } from '../plan/coverage.ts';
import { planLabel } from '../plan/planLabels.ts';
import type { Plan } from '../plan/types.ts';
import { COVERAGE_STATE_WORDS } from './CoveragePanel.tsx';
import { SidePanel } from './SidePanel.tsx';

const ORDER: NotMappableKind[] = ['district-wide', 'policy', 'indicator', 'unplaceable'];

/** Items without a single place ("全区性项目"), grouped by why, each linked to its plan passage. */
export function DistrictWidePanel({
  plan,
  report,
  onOpenPlan,
  onClose,
}: {
  plan: Plan;
  report: CoverageReport;
  onOpenPlan(id: string): void;
  onClose(): void;
}) {
  return (
    <SidePanel title="全区性项目 / district-wide items" testId="district-wide-panel" onClose={onClose}>
      <div className="plan-panel__body">
        <p className="plan-panel__doc">
          这些规划事项没有单一位置：它们覆盖全区或多处未具名地点，或是政策与指标。地图上不画点，以免误导。
        </p>
        {ORDER.map((kind) => {
          const rows = report.rows.filter((r) => r.state === kind);
          if (rows.length === 0) return null;
          return (
            <section key={kind} className="district-wide__group" data-kind={kind}>
              <h3>
                {COVERAGE_STATE_WORDS[kind]}（{rows.length}）
              </h3>
              <ul>
                {rows.map((r) => (
                  <li key={r.item.id} data-testid="district-wide-item" data-item-id={r.item.id}>
                    <strong>{r.item.name.zh}</strong>
                    <span className="district-wide__reason">{r.item.notMappable?.reason.zh}</span>
                    <button
                      type="button"
                      className="link-button"
                      data-testid="district-wide-plan-link"
                      data-plan-ref={r.item.planRef}
                      onClick={() => onOpenPlan(r.item.planRef)}
                    >
                      规划原文 · {planLabel(plan, r.item.planRef)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </SidePanel>
  );
}
