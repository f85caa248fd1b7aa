import type { NotMappableKind } from '../../core/plan/inventorySchema.ts';
import type { CoverageReport } from '../../core/plan/coverage.ts';
import { planLabel } from '../../core/plan/planLabels.ts';
import type { Plan } from '../../core/plan/types.ts';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { panels as PANELS_ZH } from '../../i18n/zh/panels.ts';

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
  const { m, name, lang } = useI18n();
  const w = useWords('panels', PANELS_ZH);
  const zhOnly = lang === 'zh' ? undefined : 'zh-CN';
  return (
    <SidePanel title={w.districtWideTitle} testId="district-wide-panel" onClose={onClose}>
      <div className="plan-panel__body">
        <p className="plan-panel__doc">{w.districtWideIntro}</p>
        {ORDER.map((kind) => {
          const rows = report.rows.filter((r) => r.state === kind);
          if (rows.length === 0) return null;
          return (
            <section key={kind} className="district-wide__group" data-kind={kind}>
              <h3>
                {w.counted(w.states[kind], rows.length)}
              </h3>
              <ul>
                {rows.map((r) => (
                  <li key={r.item.id} data-testid="district-wide-item" data-item-id={r.item.id}>
                    <strong>{name(r.item.name)}</strong>
                    <span className="district-wide__reason">{r.item.notMappable ? name(r.item.notMappable.reason) : null}</span>
                    <button
                      type="button"
                      className="link-button"
                      data-testid="district-wide-plan-link"
                      data-plan-ref={r.item.planRef}
                      onClick={() => onOpenPlan(r.item.planRef)}
                    >
                      {m.app.plan} · <span lang={zhOnly}>{planLabel(plan, r.item.planRef)}</span>
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
