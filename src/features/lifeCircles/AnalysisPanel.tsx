import { useEffect, useMemo, useState } from 'react';
import type { LifeCircleReport } from './lifeCircle.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { MapController } from '../../map/MapController.ts';
import { lifeCircleOverlay } from '../../map/overlays/toolOverlays.ts';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { tools as TOOLS_ZH } from '../../i18n/zh/tools.ts';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { figureOf, type Figure } from '../../core/geometry/figure.ts';

/** A figure's text, and the 示意 mark when it rests on schematic geometry. */
function Shown({ fig, text, mark, title }: { fig: Figure; text: string; mark: string; title: string }) {
  return (
    <>
      {text}
      {fig.schematic && (
        <span className="figure-mark" data-testid="figure-mark" title={title}>
          {mark}
        </span>
      )}
    </>
  );
}

/** The life-circle analysis as a side panel (rendered by the App beside the map, not over it). */
export function AnalysisPanel({ store, controller, onClose }: { store: FeatureStore; controller: MapController | null; onClose(): void }) {
  const w = useWords('tools', TOOLS_ZH);
  const { name, lang, num } = useI18n();
  const [report, setReport] = useState<LifeCircleReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const overlay = useMemo(() => (controller ? lifeCircleOverlay(controller.overlayPalette) : null), [controller]);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const [{ runLifeCircleAnalysis }, { lifeCircleInputFromStore }] = await Promise.all([import('./lifeCircleClient.ts'), import('./lifeCircle.ts')]);
      const r = await runLifeCircleAnalysis(lifeCircleInputFromStore(store));
      setReport(r);
      const all = r.groups[0];
      if (all && controller && overlay) {
        overlay.setData(all.circles);
        await controller.addOverlay(overlay);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  useEffect(
    () => () => {
      if (overlay) controller?.removeOverlay(overlay);
    },
    [controller, overlay],
  );
  const group = report?.groups[0];
  return (
    <SidePanel title={w.analysisTitle} testId="analysis-panel" onClose={onClose}>
      <div className="plan-panel__body">
        <p className="plan-panel__doc">
          {w.analysisIntro}
          <strong>{w.analysisCaveat}</strong>
        </p>
        <button type="button" className="plan-panel__toc-button" data-testid="run-analysis" disabled={busy} onClick={() => void run()}>
          {busy ? w.running : report ? w.rerun : w.run}
        </button>
        {error && <p className="coverage__fail">{error}</p>}
        {group && report && (
          <>
            <p data-testid="analysis-summary">
              {w.facilities(name(group.label), group.facilityCount)}
              {name(report.method)}
            </p>
            {report.subdistrictBoundaries === 0 && (
              <p className="analysis__note" data-testid="analysis-no-subdistricts">
                {w.noSubdistricts}
              </p>
            )}
            <table className="coverage__table" data-testid="analysis-table">
              <thead>
                <tr>
                  <th scope="col">{w.scope}</th>
                  <th scope="col">{w.areaCol}</th>
                  {group.radiiM.map((r) => (
                    <th key={r} scope="col">
                      {r} m
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {group.areas.map((a) => {
                  const area = figureOf(a.areaM2, 'area', [a.accuracy ?? undefined]);
                  return (
                    <tr key={a.id} data-testid="analysis-row" data-area-id={a.id}>
                      <th scope="row">{a.name ? name(a.name) : a.id}</th>
                      <td>
                        <Shown fig={area} text={`${area.schematic ? num(area.value / 1e6, { maximumSignificantDigits: 2 }) : (a.areaM2 / 1e6).toFixed(2)} km²`} mark={w.schematic} title={w.schematicTitle} />
                      </td>
                      {a.coverage.map((c) => {
                        // A share involves the area and every facility of the group.
                        const share = figureOf(c.sharePct, 'share', [a.accuracy ?? undefined, ...group.facilityAccuracies]);
                        return (
                          <td key={c.radiusM} data-radius={c.radiusM} data-share={share.value}>
                            <Shown fig={share} text={`${share.schematic ? share.value : c.sharePct.toFixed(1)}%`} mark={w.schematic} title={w.schematicTitle} />
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {group.points.length > 0 && (
              <>
                <h3 className="analysis__h">{w.points}</h3>
                <ul className="analysis__points">
                  {group.points.map((p) => {
                    const d = p.nearestDistanceM === null ? null : figureOf(p.nearestDistanceM, 'distance', [p.accuracy ?? undefined, ...group.facilityAccuracies]);
                    return (
                      <li key={p.id}>
                        {p.name ? name(p.name) : p.id}
                        {lang === 'zh' ? '：' : ': '}
                        {d === null ? '—' : <Shown fig={d} text={d.below !== undefined ? `< ${d.below} m` : `${Math.round(d.value)} m`} mark={w.schematic} title={w.schematicTitle} />}
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </SidePanel>
  );
}
