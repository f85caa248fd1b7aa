import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { CrsChoiceId } from '../../core/crs/crsChoices.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { MapController } from '../../map/MapController.ts';
import type { ImportEntry } from './importRun.tsx';
import type { ImportProblem } from './importTypes.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import type { Notice } from '../../ui/notice.ts';
import { ToolButton } from '../../ui/Toolbar.tsx';
import { afterStartup } from '../../ui/afterStartup.ts';
import { useDismiss } from '../../ui/useDismiss.ts';

// The cards (problems, an imported feature's popup) and the tools' words are a chunk of their own.
const cards = () => import('./ImportCards.tsx');
const ImportProblems = lazy(() => cards().then((m) => ({ default: m.ImportProblems })));
const ImportList = lazy(() => cards().then((m) => ({ default: m.ImportList })));
const menu = () => import('./ImportMenu.tsx');
// What an import does (read, check, draw, say so) loads with the first import.
const run = () => import('./importRun.tsx');
const ImportMenu = lazy(() => menu().then((m) => ({ default: m.ImportMenu })));

/**
 * The import button and its menu (the coordinate system), and a file dropped anywhere on the map:
 * GeoJSON, a zipped Shapefile, KML or KMZ drawn over the plan,
 * its features' properties in a popup of their own, or its problems in a card with the map untouched.
 */
export function ImportTool({ store, controller, onNotice }: { store: FeatureStore; controller: MapController | null; onNotice(n: Notice): void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  // The files on the map, each its own overlay (several at once); the ref is what the cleanup sees.
  const [imports, setImports] = useState<ImportEntry[]>([]);
  const importsRef = useRef<ImportEntry[]>([]);
  const nextKey = useRef(1);
  const [problems, setProblems] = useState<{ file: string; errors: ImportProblem[]; count: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useDismiss(open, () => setOpen(false), box);
  // The coordinate system the next file is read in; 'auto' lets the .prj or the format say.
  const [crs, setCrs] = useState<CrsChoiceId>('auto');
  const i18n = useI18n();
  // The imported feature's popup is a React root of its own: it gets the language through this.
  const i18nRef = useRef(i18n);
  useEffect(() => {
    i18nRef.current = i18n;
  }, [i18n]);
  useEffect(() => {
    void afterStartup().then(() => Promise.all([cards(), menu()]));
  }, []);

  // One import at a time: a slower earlier file must not land over a later one.
  const busyRef = useRef(false);
  const load = useCallback(
    async (file: File) => {
      if (!controller) return;
      if (busyRef.current) {
        void run().then((m) => onNotice(m.busyNotice()));
        return;
      }
      busyRef.current = true;
      setBusy(true);
      setOpen(false);
      try {
        const outcome = await (await run()).importOne({ file, crs, store, controller, key: nextKey.current++, i18nRef, onNotice });
        if (outcome.drawn) {
          setProblems(null);
          importsRef.current = [...importsRef.current, outcome.entry];
          setImports(importsRef.current);
        } else if (outcome.problems) setProblems(outcome.problems);
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [controller, store, onNotice, crs],
  );

  // Removing an import takes its overlay (and with it its data and properties) off the map and out of memory.
  const remove = useCallback(
    (key: number) => {
      const entry = importsRef.current.find((e) => e.key === key);
      if (entry) {
        controller?.removeOverlay(entry.overlay);
        URL.revokeObjectURL(entry.url);
      }
      importsRef.current = importsRef.current.filter((e) => e.key !== key);
      setImports(importsRef.current);
    },
    [controller],
  );
  // A new map (or none) has none of the old one's overlays.
  useEffect(
    () => () => {
      for (const e of importsRef.current) {
        controller?.removeOverlay(e.overlay);
        URL.revokeObjectURL(e.url);
      }
      importsRef.current = [];
      setImports([]);
    },
    [controller],
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

  const w = i18n.m.app;
  return (
    <div className="tools__menu" ref={box}>
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
        disabled={busy}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          setOpen(false);
          if (file) void load(file);
        }}
      />
      {imports.length > 0 && (
        <Suspense fallback={null}>
          <ImportList imports={imports} onRemove={remove} />
        </Suspense>
      )}
      {problems && (
        <Suspense fallback={null}>
          <ImportProblems file={problems.file} errors={problems.errors} count={problems.count} onClose={() => setProblems(null)} />
        </Suspense>
      )}
    </div>
  );
}
