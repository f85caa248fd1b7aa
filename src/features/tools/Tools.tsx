import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { MeasureMode } from '../measure/measureTool.ts';
import type { PlanFeature } from '../../core/featureSchema.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { MapController } from '../../map/MapController.ts';
import type { Plan } from '../../core/plan/types.ts';
import type { ImportProblem, ImportResult } from '../import/parseGeoJsonImport.ts';
import { I18nValue, useI18n } from '../../i18n/I18n.tsx';
import { MeasureInbox } from '../measure/measureInbox.ts';
import type { Notice } from '../../ui/notice.ts';

// What shows after a click (cards, menus, the analysis panel) and the tools' words: a chunk of its own.
const cards = () => import('./ToolCards.tsx');
const MeasureSession = lazy(() => cards().then((m) => ({ default: m.MeasureSession })));
const ExportMenu = lazy(() => cards().then((m) => ({ default: m.ExportMenu })));
const ImportProblems = lazy(() => cards().then((m) => ({ default: m.ImportProblems })));

export interface ToolsProps {
  plan: Plan;
  store: FeatureStore;
  controller: MapController | null;
  /** The features under the current filters and visible layers: what the exports contain. */
  features: PlanFeature[];
  filterDescription: string;
  analysisOpen: boolean;
  onToggleAnalysis(): void;
  onNotice(notice: Notice): void;
}

/**
 * The planner's tools over the map: measuring, the life-circle analysis, export and import. They are
 * the only UI that draws on the map, through the MapController's overlays.
 */
export function Tools({ plan, store, controller, features, filterDescription, analysisOpen, onToggleAnalysis, onNotice }: ToolsProps) {
  const [menu, setMenu] = useState<'export' | null>(null);
  const w = useI18n().m.app;
  // Fetched once the first screen is up, so that a click on a tool finds it there.
  useEffect(() => {
    void cards();
  }, []);
  return (
    <>
      <div className="tools" role="toolbar" aria-label={w.tools} data-testid="tools">
        <MeasureTool controller={controller} />
        <button type="button" className="tools__button" data-testid="open-analysis" aria-pressed={analysisOpen} onClick={onToggleAnalysis}>
          {w.lifeCircles}
        </button>
        <div className="tools__menu">
          <button
            type="button"
            className="tools__button"
            data-testid="open-export"
            aria-expanded={menu === 'export'}
            onClick={() => setMenu(menu === 'export' ? null : 'export')}
          >
            {w.export} ▾
          </button>
          {menu === 'export' && (
            <Suspense fallback={null}>
              <ExportMenu
                plan={plan}
                controller={controller}
                features={features}
                filterDescription={filterDescription}
                onDone={(notice) => {
                  setMenu(null);
                  onNotice(notice);
                }}
              />
            </Suspense>
          )}
        </div>
        <ImportTool store={store} controller={controller} onNotice={onNotice} />
      </div>
    </>
  );
}

/* ------------------------------------------------------------------------------------------------ */

/**
 * The two measure buttons. A measurement itself (its state machine, turf, the card) loads with the
 * tools' chunk; the map's clicks are taken at once, in the button's click, and held until it listens.
 */
function MeasureTool({ controller }: { controller: MapController | null }) {
  const [session, setSession] = useState<{ mode: MeasureMode; inbox: MeasureInbox } | null>(null);
  const w = useI18n().m.app;
  const stop = useCallback(() => {
    setSession(null);
    controller?.setClickTool(null);
    void controller?.setOverlay('measure', null);
  }, [controller]);
  const toggle = (mode: MeasureMode) => {
    if (!controller || session?.mode === mode) {
      stop();
      return;
    }
    const inbox = new MeasureInbox();
    controller.setClickTool({
      click: (e) => inbox.push({ kind: 'click', ...e }),
      move: (e) => inbox.push({ kind: 'move', ...e }),
      doubleClick: () => inbox.push({ kind: 'dblclick' }),
    });
    setSession({ mode, inbox });
  };
  useEffect(() => () => controller?.setClickTool(null), [controller]);
  return (
    <div className="tools__menu">
      <button type="button" className="tools__button" data-testid="measure-line" aria-pressed={session?.mode === 'line'} onClick={() => toggle('line')}>
        {w.measureLine}
      </button>
      <button
        type="button"
        className="tools__button"
        data-testid="measure-polygon"
        aria-pressed={session?.mode === 'polygon'}
        onClick={() => toggle('polygon')}
      >
        {w.measureArea}
      </button>
      {session && controller && (
        <Suspense fallback={null}>
          {/* A new mode is a new measurement. */}
          <MeasureSession key={session.mode} mode={session.mode} inbox={session.inbox} controller={controller} onStop={stop} />
        </Suspense>
      )}
    </div>
  );
}

/* ------------------------------------------------------------------------------------------------ */

function ImportTool({ store, controller, onNotice }: { store: FeatureStore; controller: MapController | null; onNotice(n: Notice): void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<{ file: string; errors: ImportProblem[]; count: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState<string | null>(null);
  const i18n = useI18n();
  // The imported feature's popup is a React root of its own: it gets the language through this.
  const i18nRef = useRef(i18n);
  useEffect(() => {
    i18nRef.current = i18n;
  }, [i18n]);

  const load = useCallback(
    async (file: File) => {
      if (!controller) return;
      setBusy(true);
      const { toolNotice } = await cards();
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
        const { warningCount, warnings } = result;
        const first = warnings[0];
        const count = result.stats.features;
        onNotice(
          toolNotice(`imported:${file.name}`, (t) => {
            const warn = warningCount && first ? t.importWarnings(warningCount, i18nRef.current.name(first)) : '';
            return `${t.imported(file.name, count)}${warn}`;
          }),
        );
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
        const why = e instanceof Error ? e.message : String(e);
        onNotice(toolNotice(`import-failed:${why}`, (t) => t.importFailed(why)));
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
      void Promise.all([import('../import/propertyRows.ts'), cards()]).then(([{ importedPropertyRows }, { ImportedPopup }]) => {
        const el = document.createElement('div');
        const root: Root = createRoot(el);
        root.render(
          <I18nValue value={i18nRef.current}>
            <ImportedPopup rows={importedPropertyRows(properties)} />
          </I18nValue>,
        );
        controller.showSecondaryPopup(at, el, () => root.unmount());
      });
    });
  }, [controller]);

  const w = i18n.m.app;
  return (
    <div className="tools__menu">
      <button type="button" className="tools__button" data-testid="open-import" disabled={busy} onClick={() => inputRef.current?.click()}>
        {busy ? w.importing : w.import}
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
          {w.removeImport}
        </button>
      )}
      {problems && (
        <Suspense fallback={null}>
          <ImportProblems file={problems.file} errors={problems.errors} count={problems.count} onClose={() => setProblems(null)} />
        </Suspense>
      )}
    </div>
  );
}
