import { useState } from 'react';
import type { FeatureStore } from '../data/featureStore.ts';
import type { CoverageReport, CoverageState } from '../plan/coverage.ts';
import { planLabel } from '../plan/planLabels.ts';
import type { Plan } from '../plan/types.ts';
import { SidePanel } from './SidePanel.tsx';

export const COVERAGE_STATE_WORDS: Record<CoverageState, string> = {
  mapped: '已上图',
  'district-wide': '全区性',
  policy: '政策措施',
  indicator: '指标',
  unplaceable: '位置未知',
  missing: '缺失',
};

/**
 * The plan–map check in the app: the same report as `npm run check:plan`, item by item, so a
 * planner sees what the map covers and what it cannot.
 */
export function CoveragePanel({
  plan,
  store,
  report,
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
  const [filter, setFilter] = useState<CoverageState | 'all'>('all');
  const rows = report.rows.filter((r) => filter === 'all' || r.state === filter);
  const c = report.counts;
  return (
    <SidePanel title="规划覆盖检查" testId="coverage-panel" onClose={onClose}>
      <div className="coverage__summary" data-testid="coverage-summary">
        <p>
          规划事项 <strong>{report.rows.length}</strong> 项，其中可定位的 {report.placeable} 项已上图{' '}
          <strong>{report.mapped}</strong> 项（<strong>{report.coveragePct.toFixed(1)}%</strong>）；全区性{' '}
          {c['district-wide']} 项、政策措施 {c.policy} 项、指标 {c.indicator} 项无单一位置。
        </p>
        <p className={report.failures.length ? 'coverage__fail' : 'coverage__ok'}>
          {report.failures.length === 0
            ? '检查通过：引用均有效，规划面积与长度与图上量算相符（容差内）。'
            : `检查发现 ${report.failures.length} 个问题。`}
        </p>
        <label>
          显示：
          <select value={filter} onChange={(e) => setFilter(e.target.value as CoverageState | 'all')}>
            <option value="all">全部</option>
            {(Object.keys(COVERAGE_STATE_WORDS) as CoverageState[]).map((k) => (
              <option key={k} value={k}>
                {COVERAGE_STATE_WORDS[k]}（{c[k]}）
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="plan-panel__body">
        <table className="coverage__table">
          <thead>
            <tr>
              <th scope="col">规划出处</th>
              <th scope="col">事项</th>
              <th scope="col">状态</th>
              <th scope="col">面积／长度核对</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.item.id} data-testid="coverage-row" data-item-id={r.item.id} data-state={r.state}>
                <td>
                  <button type="button" className="link-button" onClick={() => onOpenPlan(r.item.planRef)}>
                    {planLabel(plan, r.item.planRef).split('：')[0]}
                  </button>
                </td>
                <td>
                  {r.item.name.zh}
                  {r.item.features.length > 0 && (
                    <ul className="coverage__features">
                      {r.item.features.map((fid) => (
                        <li key={fid}>
                          <button
                            type="button"
                            className="link-button"
                            data-testid="coverage-feature"
                            data-feature-id={fid}
                            onClick={() => onShowFeature(fid)}
                          >
                            {store.byId.get(fid)?.properties.name.zh ?? fid}
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                  {r.item.notMappable && <p className="coverage__reason">{r.item.notMappable.reason.zh}</p>}
                </td>
                <td>
                  <span className={`coverage-tag coverage-tag--${r.state}`}>{COVERAGE_STATE_WORDS[r.state]}</span>
                </td>
                <td>
                  {r.measures.map((m) => (
                    <p key={`${m.featureId}-${m.kind}`} className={m.ok ? undefined : 'coverage__fail'}>
                      {m.kind === 'area'
                        ? `${(m.declared / 1e6).toFixed(3)} → ${(m.computed / 1e6).toFixed(3)} km²`
                        : `${m.declared.toFixed(2)} → ${m.computed.toFixed(2)} km`}{' '}
                      （{m.diffPct >= 0 ? '+' : ''}
                      {m.diffPct.toFixed(1)}%，容差 ±{m.tolerancePct}%{m.widenedForSchematic ? '，示意几何放宽' : ''}）
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
