import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { CrsChoiceId } from '../../core/crs/crsChoices.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { LngLat } from '../../core/geometry/anchor.ts';
import { districtBoundsOf } from '../../core/geometry/bounds.ts';
import type { MapController } from '../../map/MapController.ts';
import type { ImportedOverlay } from '../../map/overlays/importedOverlay.ts';
import type { ImportProblem, ImportResult } from './parseGeoJsonImport.ts';
import { I18nValue, useI18n } from '../../i18n/I18n.tsx';
import type { Notice } from '../../ui/notice.ts';
import { ToolButton } from '../../ui/Toolbar.tsx';

// The cards (problems, an imported feature's popup) and the tools' words are a chunk of their own.
const cards = () => import('./ImportCards.tsx');
const ImportProblems = lazy(() => cards().then((m) => ({ default: m.ImportProblems })));
const menu = () => import('./ImportMenu.tsx');
const ImportMenu = lazy(() => menu().then((m) => ({ default: m.ImportMenu })));

/** A click on an imported feature shows its properties, as text, in a popup of its own (a React root of its own). */
function showProperties(overlay: ImportedOverlay, properties: ReadonlyMap<string, unknown>, at: LngLat, i18n: ReturnType<typeof useI18n>): void {
  void Promise.all([import('./propertyRows.ts'), cards()]).then(([{ importedPropertyRows }, { ImportedPopup }]) => {
    const el = document.createElement('div');
    const root: Root = createRoot(el);
    root.render(
      <I18nValue value={i18n}>
        <ImportedPopup rows={importedPropertyRows(properties)} />
      </I18nValue>,
    );
    overlay.showPopup(at, el, () => root.unmount());
  });
}

/**
 * The import button and its menu (the coordinate system), and a file dropped anywhere on the map:
 * GeoJSON, a zipped Shapefile, KML or KMZ drawn over the plan,
 * its features' properties in a popup of their own, or its problems in a card with the map untouched.
 */
export function ImportTool({ store, controller, onNotice }: { store: FeatureStore; controller: MapController | null; onNotice(n: Notice): void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const overlayRef = useRef<ImportedOverlay | null>(null);
  // The imported features' properties, by index: MapLibre only ever sees the index (`i`), never the
  // file's keys (its tiling confuses keys named like Object.prototype's members: toString, hasOwnProperty).
  const propsRef = useRef<ReadonlyMap<string, unknown>[]>([]);
  const [problems, setProblems] = useState<{ file: string; errors: ImportProblem[]; count: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  // The coordinate system the next file is read in; 'auto' lets the .prj or the format say.
  const [crs, setCrs] = useState<CrsChoiceId>('auto');
  const i18n = useI18n();
  // The imported feature's popup is a React root of its own: it gets the language through this.
  const i18nRef = useRef(i18n);
  useEffect(() => {
    i18nRef.current = i18n;
  }, [i18n]);
  useEffect(() => {
    void cards();
    void menu();
  }, []);

  const load = useCallback(
    async (file: File) => {
      if (!controller) return;
      setBusy(true);
      setOpen(false);
      const { toolNotice } = await import('../../ui/toolNotice.ts');
      try {
        const [{ importFile }, { CRS_CHOICES }] = await Promise.all([import('./importClient.ts'), import('../../core/crs/crsChoices.ts')]);
        const bounds = districtBoundsOf(store);
        const chosen = CRS_CHOICES[crs];
        const result: ImportResult = await importFile(file, { ...(bounds ? { districtBbox: bounds } : {}), ...(chosen ? { crs: chosen } : {}) });
        if (!result.ok) {
          // The map is left exactly as it was: nothing of a broken file is drawn.
          setProblems({ file: file.name, errors: result.errors, count: result.errorCount });
          return;
        }
        setProblems(null);
        propsRef.current = result.collection.features.map((f) => f.properties);
        const data: GeoJSON.FeatureCollection = {
          type: 'FeatureCollection',
          features: result.collection.features.flatMap((f, i) => (f.geometry ? [{ type: 'Feature' as const, geometry: f.geometry, properties: { i } }] : [])),
        };
        if (overlayRef.current) overlayRef.current.setData(data);
        else {
          const { ImportedOverlay } = await import('../../map/overlays/importedOverlay.ts');
          const overlay = new ImportedOverlay(controller.overlayPalette, data, (drawn, at) => {
            const properties = propsRef.current[Number(drawn.i)];
            if (properties) showProperties(overlay, properties, at, i18nRef.current);
          });
          overlayRef.current = overlay;
          await controller.addOverlay(overlay);
        }
        setLoaded(file.name);
        const { warningCount, warnings } = result;
        const first = warnings[0];
        const count = result.stats.features;
        const used = result.crs;
        onNotice(
          toolNotice(`imported:${file.name}`, (t) => {
            const warn = warningCount && first ? t.importWarnings(warningCount, i18nRef.current.name(first)) : '';
            return `${t.imported(file.name, count)}${t.importCrs(used.label, used.from)}${warn}`;
          }),
        );
        if (result.bbox) controller.fitBounds(result.bbox, { paddingPx: 60, maxZoom: 15 });
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        onNotice(toolNotice(`import-failed:${why}`, (t) => t.importFailed(why)));
      } finally {
        setBusy(false);
      }
    },
    [controller, store, onNotice, crs],
  );

  const clear = useCallback(() => {
    setLoaded(null);
    if (overlayRef.current) controller?.removeOverlay(overlayRef.current);
    overlayRef.current = null;
  }, [controller]);
  // A new map (or none) has none of the old one's overlay.
  useEffect(() => () => clear(), [clear]);

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

  const w = i18n.m.app;
  return (
    <div className="tools__menu">
      <ToolButton data-testid="open-import" aria-expanded={open} disabled={busy} onClick={() => setOpen(!open)}>
        {busy ? w.importing : `${w.import} ▾`}
      </ToolButton>
      {open && (
        <Suspense fallback={null}>
          <ImportMenu crs={crs} onCrs={setCrs} busy={busy} onChoose={() => inputRef.current?.click()} />
        </Suspense>
      )}
      <input
        ref={inputRef}
        type="file"
        accept=".geojson,.json,.zip,.kml,.kmz,application/geo+json,application/json,application/zip,application/vnd.google-earth.kml+xml,application/vnd.google-earth.kmz"
        hidden
        data-testid="import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          setOpen(false);
          if (file) void load(file);
        }}
      />
      {loaded && (
        <ToolButton data-testid="import-clear" onClick={clear}>
          {w.removeImport}
        </ToolButton>
      )}
      {problems && (
        <Suspense fallback={null}>
          <ImportProblems file={problems.file} errors={problems.errors} count={problems.count} onClose={() => setProblems(null)} />
        </Suspense>
      )}
    </div>
  );
}
