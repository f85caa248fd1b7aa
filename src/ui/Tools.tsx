import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { LifeCircleReport } from '../analysis/lifeCircle.ts';
import {
  initialMeasureState,
  isNearPixel,
  measureGeoJson,
  measureOf,
  measureReducer,
  type MeasureMode,
} from '../analysis/measureTool.ts';
import type { PlanFeature } from '../data/featureSchema.ts';
import { STATUS_WORDS } from '../data/vocabulary.ts';
import type { FeatureStore } from '../data/featureStore.ts';
import type { MapController } from '../map/MapController.ts';
import { lightPalette } from '../map/palette.ts';
import type { Plan } from '../plan/types.ts';
import type { ImportProblem, ImportResult } from '../import/parseGeoJsonImport.ts';
import { SidePanel } from './SidePanel.tsx';
import { APP_TITLE } from './text.ts';

export interface ToolsProps {
  plan: Plan;
  store: FeatureStore;
  controller: MapController | null;
  /** The features under the current filters and visible layers: what the exports contain. */
  features: PlanFeature[];
  filterDescription: string;
  analysisOpen: boolean;
  onToggleAnalysis(): void;
  onNotice(text: string): void;
}

type PngTarget = 'screen' | 'A4-150' | 'A4-300' | 'A3-150' | 'A3-300';

/**
 * The planner's tools over the map: measuring, the life-circle analysis, export and import. They are
 * the only UI that draws on the map, through the MapController's overlays.
 */
export function Tools({ plan, store, controller, features, filterDescription, analysisOpen, onToggleAnalysis, onNotice }: ToolsProps) {
  const [menu, setMenu] = useState<'export' | null>(null);
  return (
    <>
      <div className="tools" role="toolbar" aria-label="工具" data-testid="tools">
        <MeasureTool controller={controller} />
        <button type="button" className="tools__button" data-testid="open-analysis" aria-pressed={analysisOpen} onClick={onToggleAnalysis}>
          生活圈
        </button>
        <div className="tools__menu">
          <button
            type="button"
            className="tools__button"
            data-testid="open-export"
            aria-expanded={menu === 'export'}
            onClick={() => setMenu(menu === 'export' ? null : 'export')}
          >
            导出 ▾
          </button>
          {menu === 'export' && (
            <ExportMenu
              plan={plan}
              controller={controller}
              features={features}
              filterDescription={filterDescription}
              onDone={(text) => {
                setMenu(null);
                onNotice(text);
              }}
            />
          )}
        </div>
        <ImportTool store={store} controller={controller} onNotice={onNotice} />
      </div>
    </>
  );
}

/* ------------------------------------------------------------------------------------------------ */

function MeasureTool({ controller }: { controller: MapController | null }) {
  const [state, dispatch] = useReducer(measureReducer, undefined, () => initialMeasureState('line'));
  const [active, setActive] = useState(false);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  const stop = useCallback(() => {
    setActive(false);
    dispatch({ type: 'cancel' });
    controller?.setClickTool(null);
    void controller?.setOverlay('measure', null);
  }, [controller]);

  const start = (mode: MeasureMode) => {
    if (!controller) return;
    setActive(true);
    dispatch({ type: 'start', mode });
    controller.setClickTool({
      click: ({ lngLat, point }) => {
        const s = stateRef.current;
        const first = s.vertices[0];
        const onFirstVertex = first !== undefined && isNearPixel(controller.map.project(first), point);
        dispatch({ type: 'click', at: lngLat, onFirstVertex });
      },
      move: ({ lngLat }) => dispatch({ type: 'move', at: lngLat }),
      doubleClick: () => dispatch({ type: 'dblclick' }),
    });
  };

  useEffect(() => {
    if (!active || !controller) return;
    void controller.setOverlay('measure', measureGeoJson(state));
  }, [active, controller, state]);

  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && stateRef.current.phase !== 'drawing') stop();
      else dispatch({ type: 'key', key: e.key });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, stop]);

  useEffect(() => () => controller?.setClickTool(null), [controller]);

  const m = measureOf(state);
  return (
    <div className="tools__menu">
      <button
        type="button"
        className="tools__button"
        data-testid="measure-line"
        aria-pressed={active && state.mode === 'line'}
        onClick={() => (active && state.mode === 'line' ? stop() : start('line'))}
      >
        测距离
      </button>
      <button
        type="button"
        className="tools__button"
        data-testid="measure-polygon"
        aria-pressed={active && state.mode === 'polygon'}
        onClick={() => (active && state.mode === 'polygon' ? stop() : start('polygon'))}
      >
        测面积
      </button>
      {active && (
        <div className="tools__card" data-testid="measure-result" role="status">
          <p className="tools__hint">
            {state.phase === 'finished'
              ? '测量完成。'
              : state.mode === 'line'
                ? '在地图上逐点单击，双击或按 Enter 结束，Esc 取消。'
                : '逐点单击画面，单击起点、双击或按 Enter 闭合，Esc 取消。'}
          </p>
          {state.mode === 'line' ? (
            <p>
              长度：<strong data-testid="measure-length">{m.text.length}</strong>
            </p>
          ) : (
            m.text.area && (
              <>
                <p>
                  面积：<strong data-testid="measure-area-m2">{m.text.area.m2}</strong>
                </p>
                <p>
                  <span data-testid="measure-area-km2">{m.text.area.km2}</span> ·{' '}
                  <span data-testid="measure-area-ha">{m.text.area.ha}</span> ·{' '}
                  <span data-testid="measure-area-mu">{m.text.area.mu}</span>
                </p>
                <p>周长：{m.text.length}</p>
                {m.selfIntersecting && <p className="coverage__fail">图形自相交，面积不可靠。</p>}
              </>
            )
          )}
          <p className="tools__row">
            <button type="button" onClick={() => dispatch({ type: 'undo' })} disabled={state.vertices.length === 0}>
              撤销一点
            </button>
            <button type="button" onClick={() => dispatch({ type: 'finish' })} disabled={state.phase !== 'drawing'}>
              完成
            </button>
            <button type="button" onClick={stop} data-testid="measure-close">
              关闭
            </button>
          </p>
          <p className="tools__note">按 WGS-84 椭球计算（turf）；点击要素可查看其自身面积或长度。</p>
        </div>
      )}
    </div>
  );
}

/* ------------------------------------------------------------------------------------------------ */

function ExportMenu({
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
  onDone(text: string): void;
}) {
  const [busy, setBusy] = useState(false);
  const ctx = { plan, filters: filterDescription };
  const run = async (what: () => Promise<string>) => {
    setBusy(true);
    try {
      onDone(await what());
    } catch (e) {
      onDone(`导出失败：${e instanceof Error ? e.message : String(e)}`);
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
      return `已导出 ${features.length} 个要素（GeoJSON）。`;
    });
  const exportCsv = () =>
    run(async () => {
      const [{ toCsv, CSV_MEDIA_TYPE }, { exportFileName, saveBlob }] = await Promise.all([
        import('../export/csvExport.ts'),
        import('../export/exportMetadata.ts'),
      ]);
      saveBlob(new Blob([toCsv(features)], { type: CSV_MEDIA_TYPE }), exportFileName('features', 'csv'));
      return `已导出 ${features.length} 个要素（CSV，UTF-8 带 BOM）。`;
    });
  const exportPng = (target: PngTarget) =>
    run(async () => {
      if (!controller) throw new Error('地图尚未就绪');
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
      const blob = await compose.composeMapPng({
        mapCanvas,
        title: APP_TITLE,
        subtitle: `《${plan.title}》${plan.documentNumber}${filterDescription !== 'none' ? ` · 筛选：${filterDescription}` : ''}`,
        legend: (Object.keys(STATUS_WORDS) as (keyof typeof STATUS_WORDS)[]).map((s) => ({
          label: STATUS_WORDS[s].zh,
          color: lightPalette.status[s],
          style: 'fill' as const,
        })),
        scaleBar,
        northArrowBearingDeg: cam.bearing,
        date: new Date().toISOString().slice(0, 10),
        attribution: `底图与几何：本项目自绘，均未经测绘 · 规划：${plan.documentNumber}`,
        pixelRatio: ratio,
        ...(paper ? { paper, dpi } : {}),
      });
      meta.saveBlob(blob, meta.exportFileName(target === 'screen' ? 'map' : `map-${target}`, 'png'));
      return target === 'screen' ? '已导出当前视图（PNG）。' : `已导出 ${paper} ${dpi} dpi 地图（PNG）。`;
    });
  return (
    <div className="tools__dropdown" role="menu" data-testid="export-menu" aria-busy={busy}>
      <button type="button" role="menuitem" data-testid="export-geojson" disabled={busy} onClick={() => void exportGeoJson()}>
        GeoJSON（当前筛选的 {features.length} 个要素）
      </button>
      <button type="button" role="menuitem" data-testid="export-csv" disabled={busy} onClick={() => void exportCsv()}>
        CSV（Excel 可直接打开中文）
      </button>
      <button type="button" role="menuitem" data-testid="export-png-screen" disabled={busy} onClick={() => void exportPng('screen')}>
        PNG · 屏幕分辨率
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
  const [report, setReport] = useState<LifeCircleReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const [{ runLifeCircleAnalysis }, { lifeCircleInputFromStore }] = await Promise.all([
        import('../analysis/lifeCircleClient.ts'),
        import('../analysis/lifeCircle.ts'),
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
    <SidePanel title="生活圈分析" testId="analysis-panel" onClose={onClose}>
      <div className="plan-panel__body">
        <p className="plan-panel__doc">
          依《城市居住区规划设计标准》（GB 50180-2018）的 5、10、15 分钟生活圈，以学校和幼儿园为中心画 300 m、500 m、1000 m
          的圆，统计各街道、高端居住示范区和棚改片区被覆盖的面积比例。
          <strong>圆按直线距离画，是步行距离的近似；学校位置多为示意，结果只可看大势。</strong>
        </p>
        <button type="button" className="plan-panel__toc-button" data-testid="run-analysis" disabled={busy} onClick={() => void run()}>
          {busy ? '计算中…' : report ? '重新计算' : '计算生活圈覆盖'}
        </button>
        {error && <p className="coverage__fail">{error}</p>}
        {group && (
          <>
            <p data-testid="analysis-summary">
              {group.label.zh}：{group.facilityCount} 处设施。{report?.method.zh}
            </p>
            <table className="coverage__table" data-testid="analysis-table">
              <thead>
                <tr>
                  <th scope="col">范围</th>
                  <th scope="col">面积</th>
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
                    <th scope="row">{a.name?.zh ?? a.id}</th>
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
                <h3 className="analysis__h">点状片区（最近设施）</h3>
                <ul className="analysis__points">
                  {group.points.map((p) => (
                    <li key={p.id}>
                      {p.name?.zh ?? p.id}：{p.nearestDistanceM === null ? '—' : `${Math.round(p.nearestDistanceM)} m`}
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

function ImportTool({ store, controller, onNotice }: { store: FeatureStore; controller: MapController | null; onNotice(t: string): void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<{ file: string; errors: ImportProblem[]; count: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState<string | null>(null);

  const load = useCallback(
    async (file: File) => {
      if (!controller) return;
      setBusy(true);
      try {
        const { importGeoJson, districtBounds } = await import('../import/importClient.ts');
        const bounds = districtBounds(store);
        const result: ImportResult = await importGeoJson(file, bounds ? { districtBbox: bounds } : {});
        if (!result.ok) {
          // The map is left exactly as it was: nothing of a broken file is drawn.
          setProblems({ file: file.name, errors: result.errors, count: result.errorCount });
          return;
        }
        setProblems(null);
        await controller.setOverlay('import', result.collection as unknown as GeoJSON.FeatureCollection);
        setLoaded(file.name);
        const warn = result.warningCount ? `；${result.warningCount} 条提醒（如：${result.warnings[0]?.zh ?? ''}）` : '';
        onNotice(`已导入 ${file.name}：${result.stats.features} 个要素，作为临时图层显示${warn}`);
        if (result.bbox) {
          const [w, s, e, n] = result.bbox;
          controller.map.fitBounds(
            [
              [w, s],
              [e, n],
            ],
            { padding: 60, maxZoom: 15, animate: false },
          );
        }
      } catch (e) {
        onNotice(`导入失败：${e instanceof Error ? e.message : String(e)}`);
      } finally {
        setBusy(false);
      }
    },
    [controller, store, onNotice],
  );

  // Dropping a file anywhere on the map imports it.
  useEffect(() => {
    const onOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void load(file);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [load]);

  // A click on an imported feature shows its properties, as text, in a popup of its own.
  useEffect(() => {
    if (!controller) return;
    return controller.onImportedFeatureClick((properties, at) => {
      void import('../import/propertyRows.ts').then(({ importedPropertyRows }) => {
        const el = document.createElement('div');
        const root: Root = createRoot(el);
        root.render(<ImportedPopup rows={importedPropertyRows(properties)} />);
        controller.showSecondaryPopup(at, el, () => root.unmount());
      });
    });
  }, [controller]);

  return (
    <div className="tools__menu">
      <button type="button" className="tools__button" data-testid="open-import" disabled={busy} onClick={() => inputRef.current?.click()}>
        {busy ? '导入中…' : '导入'}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".geojson,.json,application/geo+json,application/json"
        hidden
        data-testid="import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void load(file);
        }}
      />
      {loaded && (
        <button
          type="button"
          className="tools__button"
          data-testid="import-clear"
          onClick={() => {
            setLoaded(null);
            void controller?.setOverlay('import', null);
          }}
        >
          移除导入
        </button>
      )}
      {problems && (
        <div className="tools__card tools__card--error" role="alert" data-testid="import-errors">
          <p>
            <strong>{problems.file}</strong> 无法导入（{problems.count} 处问题），地图未作任何改动：
          </p>
          <ol>
            {problems.errors.slice(0, 20).map((p, i) => (
              <li key={i} data-testid="import-error">
                {p.line !== undefined ? `第 ${p.line} 行第 ${p.column ?? 0} 列 · ` : ''}
                {p.path ? `${p.path} · ` : ''}
                {p.zh}
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => setProblems(null)}>
            关闭
          </button>
        </div>
      )}
    </div>
  );
}

function ImportedPopup({ rows }: { rows: { key: string; value: string }[] }) {
  return (
    <div className="feature-popup" data-testid="imported-popup">
      <p className="feature-popup__layer">导入的临时图层（属性原样显示为文本）</p>
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
