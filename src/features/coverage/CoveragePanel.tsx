import { useMemo, useState } from 'react';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { CoverageReport, CoverageState } from '../../core/plan/coverage.ts';
import { withDraftCitations } from '../../core/plan/coverageDrafts.ts';
import { useDraftCitations } from '../../ui/draftCitations.ts';
import { planLabel } from '../../core/plan/planLabels.ts';
import type { Plan } from '../../core/plan/types.ts';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { FeatureButton } from '../../ui/FeatureButton.tsx';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { panels as PANELS_ZH } from '../../i18n/zh/panels.ts';

/**
 * The plan–map check in the app: the same report as `npm run check:plan`, item by item, so a
 * planner sees what the map covers and what it cannot.
 */
export function CoveragePanel({
  plan,
  store,
  report: published,
  onShowFeature,
  onOpenPlan,
  onClose,
}: {
  plan: Plan;
  store: FeatureStore;
  report: CoverageReport;
  onShowFeature(id: string): void;
  onOpenPlan(id: string): void;
  onClose(): void;
}) {
  const { name, lang } = useI18n();
  const w = useWords('panels', PANELS_ZH);
  // Plan references are the plan's own (Chinese) words.
  const zhOnly = lang === 'zh' ? undefined : 'zh-CN';
  const [filter, setFilter] = useState<CoverageState | 'all'>('all');
  // The editor's new features count at once, marked as drafts (not yet published).
  const drafts = useDraftCitations();
  const report = useMemo(() => withDraftCitations(published, drafts), [published, drafts]);
  const rows = report.rows.filter((r) => filter === 'all' || r.state === filter);
  const c = report.counts;
  return (
    <SidePanel title={w.coverageTitle} testId="coverage-panel" onClose={onClose}>
      <div className="coverage__summary" data-testid="coverage-summary">
        <p>
          {w.coverageSummary({
            items: report.rows.length,
            placeable: report.placeable,
            mapped: report.mapped,
            pct: report.coveragePct.toFixed(1),
            districtWide: c['district-wide'],
            policy: c.policy,
            indicator: c.indicator,
          })}
        </p>
        {report.draftMapped > 0 && (
          <p className="coverage__draft" data-testid="coverage-draft-note">
            {w.draftMapped(report.draftMapped)}
          </p>
        )}
        <p className={report.failures.length ? 'coverage__fail' : 'coverage__ok'}>
          {report.failures.length === 0 ? w.checkOk : w.checkFailed(report.failures.length)}
        </p>
        <label>
          {w.show}
          <select value={filter} onChange={(e) => setFilter(e.target.value as CoverageState | 'all')}>
            <option value="all">{w.all}</option>
            {(Object.keys(w.states) as CoverageState[]).map((k) => (
              <option key={k} value={k}>
                {w.counted(w.states[k], c[k])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="plan-panel__body">
        <table className="coverage__table">
          <thead>
            <tr>
              <th scope="col">{w.coverageCols.ref}</th>
              <th scope="col">{w.coverageCols.item}</th>
              <th scope="col">{w.coverageCols.state}</th>
              <th scope="col">{w.coverageCols.measures}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.item.id} data-testid="coverage-row" data-item-id={r.item.id} data-state={r.state}>
                <td>
                  <button type="button" className="link-button" onClick={() => onOpenPlan(r.item.planRef)} lang={zhOnly}>
                    {planLabel(plan, r.item.planRef).split('：')[0]}
                  </button>
                </td>
                <td>
                  {name(r.item.name)}
                  {r.item.features.length > 0 && (
                    <ul className="coverage__features">
                      {r.item.features.map((fid) => (
                        <li key={fid}>
                          <FeatureButton className="link-button" data-testid="coverage-feature" featureId={fid} onShow={onShowFeature}>
                            {(() => {
                              const f = store.byId.get(fid);
                              return f ? name(f.properties.name) : fid;
                            })()}
                          </FeatureButton>
                        </li>
                      ))}
                    </ul>
                  )}
                  {r.item.notMappable && <p className="coverage__reason">{name(r.item.notMappable.reason)}</p>}
                </td>
                <td>
                  <span className={`coverage-tag coverage-tag--${r.state}`}>{w.states[r.state]}</span>
                  {r.draftFeatures && (
                    <span className="coverage-tag coverage-tag--draft" data-testid="coverage-draft" title={r.draftFeatures.join(', ')}>
                      {w.draftTag(r.draftFeatures.length)}
                    </span>
                  )}
                </td>
                <td>
                  {r.measures.map((m) => (
                    <p key={`${m.featureId}-${m.kind}`} className={m.ok ? undefined : 'coverage__fail'}>
                      {m.kind === 'area'
                        ? `${(m.declared / 1e6).toFixed(3)} → ${(m.computed / 1e6).toFixed(3)} km²`
                        : `${m.declared.toFixed(2)} → ${m.computed.toFixed(2)} km`}{' '}
                      {w.tolerance(`${m.diffPct >= 0 ? '+' : ''}${m.diffPct.toFixed(1)}`, m.tolerancePct, m.widenedForSchematic)}
                    </p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SidePanel>
  );
}
