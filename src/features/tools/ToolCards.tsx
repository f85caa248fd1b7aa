import { useCallback, useEffect, useReducer, useRef, useState, type Dispatch } from 'react';
import type { LifeCircleReport } from '../lifeCircles/lifeCircle.ts';
import {
  initialMeasureState,
  isNearPixel,
  measureGeoJson,
  measureOf,
  measureReducer,
  type MeasureEvent,
  type MeasureMode,
  type MeasureState,
} from '../measure/measureTool.ts';
import type { PlanFeature } from '../../core/featureSchema.ts';
import { STATUS_WORDS, STATUSES } from '../../core/vocabulary.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { ImportProblem } from '../import/parseGeoJsonImport.ts';
import type { MapController } from '../../map/MapController.ts';
import { lightPalette } from '../../core/palette.ts';
import type { Plan } from '../../core/plan/types.ts';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { wordsOf, type LazyMessages, type Messages } from '../../i18n/messages.ts';
import { tools as TOOLS_ZH } from '../../i18n/zh/tools.ts';
import type { MeasureInbox } from '../measure/measureInbox.ts';
import type { Notice } from '../../ui/notice.ts';
import { SidePanel } from '../../ui/SidePanel.tsx';

/**
 * What the tools show after a click: the measure card, the export menu, the life-circle panel, an
 * import's problems and an imported feature's popup. A chunk of its own (with the tools' words), so
 * none of it weighs on the first screen; Tools.tsx keeps the buttons and the state.
 */

/** A notice worded by the tools' words in the language shown (see notice.ts). */
export function toolNotice(key: string, text: (w: LazyMessages['tools']) => string): Notice {
  return { key, text: (m: Messages) => text(wordsOf(m, 'tools', TOOLS_ZH)) };
}

/**
 * One measurement, from the button's click to Esc or 关闭: it reads the map's clicks from `inbox`
 * (Tools.tsx took the click tool already), draws on the measure overlay and shows the card.
 */
export function MeasureSession({
  mode,
  inbox,
  controller,
  onStop,
}: {
  mode: MeasureMode;
  inbox: MeasureInbox;
  controller: MapController;
  onStop(): void;
}) {
  const [state, dispatch] = useReducer(measureReducer, mode, initialMeasureState);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  useEffect(
    () =>
      inbox.listen((e) => {
        if (e.kind === 'dblclick') dispatch({ type: 'dblclick' });
        else if (e.kind === 'move') dispatch({ type: 'move', at: e.lngLat });
        else {
          const first = stateRef.current.vertices[0];
          const onFirstVertex = first !== undefined && isNearPixel(controller.map.project(first), e.point);
          dispatch({ type: 'click', at: e.lngLat, onFirstVertex });
        }
      }),
    [inbox, controller],
  );

  useEffect(() => {
    void controller.setOverlay('measure', measureGeoJson(state));
  }, [controller, state]);

  const stop = useCallback(() => onStop(), [onStop]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && stateRef.current.phase !== 'drawing') stop();
      else dispatch({ type: 'key', key: e.key });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [stop]);

  return <MeasureCard state={state} dispatch={dispatch} onClose={stop} />;
}

function MeasureCard({ state, dispatch, onClose }: { state: MeasureState; dispatch: Dispatch<MeasureEvent>; onClose(): void }) {
  const w = useWords('tools', TOOLS_ZH);
  const { lang } = useI18n();
  const m = measureOf(state, true, lang);
  return (
    <div className="tools__card" data-testid="measure-result" role="status">
      <p className="tools__hint">{state.phase === 'finished' ? w.measured : state.mode === 'line' ? w.lineHint : w.areaHint}</p>
      {state.mode === 'line' ? (
        <p>
          {w.length}
          <strong data-testid="measure-length">{m.text.length}</strong>
        </p>
      ) : (
        m.text.area && (
          <>
            <p>
              {w.area}
              <strong data-testid="measure-area-m2">{m.text.area.m2}</strong>
            </p>
            <p>
              <span data-testid="measure-area-km2">{m.text.area.km2}</span> · <span data-testid="measure-area-ha">{m.text.area.ha}</span> ·{' '}
              <span data-testid="measure-area-mu">{m.text.area.mu}</span>
            </p>
            <p>
              {w.perimeter}
              {m.text.length}
            </p>
            {m.selfIntersecting && <p className="coverage__fail">{w.selfIntersecting}</p>}
          </>
        )
      )}
      <p className="tools__row">
        <button type="button" onClick={() => dispatch({ type: 'undo' })} disabled={state.vertices.length === 0}>
          {w.undo}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'finish' })} disabled={state.phase !== 'drawing'}>
          {w.finish}
        </button>
        <button type="button" onClick={onClose} data-testid="measure-close">
          {w.close}
        </button>
      </p>
      <p className="tools__note">{w.measureNote}</p>
    </div>
  );
}

/* ------------------------------------------------------------------------------------------------ */

type PngTarget = 'screen' | 'A4-150' | 'A4-300' | 'A3-150' | 'A3-300';

export function ExportMenu({
  plan,
  controller,
  features,
  filterDescription,
  onDone,
}: {
  plan: Plan;
  controller: MapController | null;
  features: PlanFeature[];
  filterDescription: string;
  onDone(notice: Notice): void;
}) {
  const w = useWords('tools', TOOLS_ZH);
  const { m, name } = useI18n();
  const [busy, setBusy] = useState(false);
  const ctx = { plan, filters: filterDescription };
  const n = features.length;
  const run = async (what: () => Promise<Notice>) => {
    setBusy(true);
    try {
      onDone(await what());
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      onDone(toolNotice(`export-failed:${why}`, (t) => t.exportFailed(why)));
    } finally {
      setBusy(false);
    }
  };
  const exportGeoJson = () =>
    run(async () => {
      const [{ geoJSONExportText, GEOJSON_MEDIA_TYPE }, { exportFileName, saveBlob }] = await Promise.all([
        import('../export/geojsonExport.ts'),
        import('../export/exportMetadata.ts'),
      ]);
      saveBlob(new Blob([geoJSONExportText(features, ctx)], { type: GEOJSON_MEDIA_TYPE }), exportFileName('features', 'geojson'));
      return toolNotice(`exported-geojson:${n}`, (t) => t.exportedGeoJson(n));
    });
  const exportCsv = () =>
    run(async () => {
      const [{ toCsv, CSV_MEDIA_TYPE }, { exportFileName, saveBlob }] = await Promise.all([
        import('../export/csvExport.ts'),
        import('../export/exportMetadata.ts'),
      ]);
      saveBlob(new Blob([toCsv(features)], { type: CSV_MEDIA_TYPE }), exportFileName('features', 'csv'));
      return toolNotice(`exported-csv:${n}`, (t) => t.exportedCsv(n));
    });
  const exportPng = (target: PngTarget) =>
    run(async () => {
      if (!controller) throw new Error(w.mapNotReady);
      const [compose, paperMod, render, meta] = await Promise.all([
        import('../export/composeMapPng.ts'),
        import('../export/paper.ts'),
        import('../export/renderMapAtPixelRatio.ts'),
        import('../export/exportMetadata.ts'),
      ]);
      const map = controller.map;
      const cam = controller.getCamera();
      const cssCanvas = map.getCanvas();
      const css = { width: cssCanvas.clientWidth, height: cssCanvas.clientHeight };
      let mapCanvas: HTMLCanvasElement = cssCanvas;
      let ratio = map.getPixelRatio();
      let paper: 'A4' | 'A3' | undefined;
      let dpi: 150 | 300 | undefined;
      if (target !== 'screen') {
        const [p, d] = target.split('-') as ['A4' | 'A3', '150' | '300'];
        paper = p;
        dpi = Number(d) as 150 | 300;
        const orientation = css.width >= css.height ? 'landscape' : 'portrait';
        const sheet = paperMod.paperPixelSize(p, dpi, orientation);
        ratio = paperMod.pixelRatioForTarget(css, sheet);
        mapCanvas = await render.renderMapAtPixelRatio(map, ratio);
        ratio = Number(mapCanvas.dataset.pixelRatio ?? ratio);
      }
      const scaleBar = paperMod.niceScaleBar(paperMod.metersPerCssPixel(cam.center[1], cam.zoom) / ratio, 160 * ratio);
      // The sheet's words are the interface's at the moment of export; the plan's title stays Chinese.
      const blob = await compose.composeMapPng({
        mapCanvas,
        title: m.common.appTitle,
        subtitle: `《${plan.title}》${plan.documentNumber}${filterDescription !== 'none' ? w.pngFilters(filterDescription) : ''}`,
        legend: STATUSES.map((s) => ({ label: name(STATUS_WORDS[s]), color: lightPalette.status[s], style: 'fill' as const })),
        scaleBar,
        northArrowBearingDeg: cam.bearing,
        date: new Date().toISOString().slice(0, 10),
        attribution: w.pngAttribution(plan.documentNumber),
        pixelRatio: ratio,
        ...(paper ? { paper, dpi } : {}),
      });
      meta.saveBlob(blob, meta.exportFileName(target === 'screen' ? 'map' : `map-${target}`, 'png'));
      const sheet = paper && dpi ? { paper, dpi } : null;
      return sheet
        ? toolNotice(`exported-png:${target}`, (t) => t.exportedPaper(sheet.paper, sheet.dpi))
        : toolNotice('exported-png:screen', (t) => t.exportedScreen);
    });
  return (
    <div className="tools__dropdown" role="menu" data-testid="export-menu" aria-busy={busy}>
      <button type="button" role="menuitem" data-testid="export-geojson" disabled={busy} onClick={() => void exportGeoJson()}>
        {w.menuGeoJson(n)}
      </button>
      <button type="button" role="menuitem" data-testid="export-csv" disabled={busy} onClick={() => void exportCsv()}>
        {w.menuCsv}
      </button>
      <button type="button" role="menuitem" data-testid="export-png-screen" disabled={busy} onClick={() => void exportPng('screen')}>
        {w.menuScreen}
      </button>
      {(['A4-150', 'A4-300', 'A3-150', 'A3-300'] as const).map((t) => (
        <button key={t} type="button" role="menuitem" data-testid={`export-png-${t}`} disabled={busy} onClick={() => void exportPng(t)}>
          PNG · {t.replace('-', ' ')} dpi
        </button>
      ))}
    </div>
  );
}

/* ------------------------------------------------------------------------------------------------ */

/** The life-circle analysis as a side panel (rendered by the App beside the map, not over it). */
export function AnalysisPanel({ store, controller, onClose }: { store: FeatureStore; controller: MapController | null; onClose(): void }) {
  const w = useWords('tools', TOOLS_ZH);
  const { name, lang } = useI18n();
  const [report, setReport] = useState<LifeCircleReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const [{ runLifeCircleAnalysis }, { lifeCircleInputFromStore }] = await Promise.all([
        import('../lifeCircles/lifeCircleClient.ts'),
        import('../lifeCircles/lifeCircle.ts'),
      ]);
      const r = await runLifeCircleAnalysis(lifeCircleInputFromStore(store));
      setReport(r);
      const all = r.groups[0];
      if (all) await controller?.setOverlay('life-circles', all.circles);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => () => void controller?.setOverlay('life-circles', null), [controller]);
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
                {group.areas.map((a) => (
                  <tr key={a.id} data-testid="analysis-row" data-area-id={a.id}>
                    <th scope="row">{a.name ? name(a.name) : a.id}</th>
                    <td>{(a.areaM2 / 1e6).toFixed(2)} km²</td>
                    {a.coverage.map((c) => (
                      <td key={c.radiusM} data-radius={c.radiusM}>
                        {c.sharePct.toFixed(1)}%
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {group.points.length > 0 && (
              <>
                <h3 className="analysis__h">{w.points}</h3>
                <ul className="analysis__points">
                  {group.points.map((p) => (
                    <li key={p.id}>
                      {p.name ? name(p.name) : p.id}
                      {lang === 'zh' ? '：' : ': '}
                      {p.nearestDistanceM === null ? '—' : `${Math.round(p.nearestDistanceM)} m`}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </SidePanel>
  );
}

/* ------------------------------------------------------------------------------------------------ */

/** A file that cannot be imported: its first problems, located, and the map left as it was. */
export function ImportProblems({ file, errors, count, onClose }: { file: string; errors: ImportProblem[]; count: number; onClose(): void }) {
  const w = useWords('tools', TOOLS_ZH);
  const { name } = useI18n();
  return (
    <div className="tools__card tools__card--error" role="alert" data-testid="import-errors">
      <p>
        <strong>{file}</strong>
        {w.cannotImport(count)}
      </p>
      <ol>
        {errors.slice(0, 20).map((p, i) => (
          <li key={i} data-testid="import-error">
            {p.line !== undefined ? w.lineColumn(p.line, p.column ?? 0) : ''}
            {p.path ? `${p.path} · ` : ''}
            {name(p)}
          </li>
        ))}
      </ol>
      <button type="button" onClick={onClose}>
        {w.close}
      </button>
    </div>
  );
}

/** An imported feature's properties, as text (rendered into a popup of its own root). */
export function ImportedPopup({ rows }: { rows: { key: string; value: string }[] }) {
  const w = useWords('tools', TOOLS_ZH);
  return (
    <div className="feature-popup" data-testid="imported-popup">
      <p className="feature-popup__layer">{w.importedLayer}</p>
      <table className="feature-popup__measures">
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <th scope="row">{r.key}</th>
              <td>{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
