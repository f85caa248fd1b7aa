import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { createHistory, historyKey, pushHistory, redoHistory, undoHistory, canRedo, canUndo, type History } from '../../core/editor/history.ts';
import { addFeature, currentFeature, deleteFeature, EMPTY_EDITS, setDraftProperties, setGeometry, setProperties, type EditedFeature, type EditState } from '../../core/editor/editState.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { Plan } from '../../core/plan/types.ts';
import { EditDraw, type EditGeometry, type EditMode } from '../../map/editDraw.ts';
import type { MapController } from '../../map/MapController.ts';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { editor as EDITOR_ZH } from '../../i18n/zh/editor.ts';
import { suggestedLayer } from '../../core/editor/newFeatureLayer.ts';
import { baseLookupOf, districtOutlines, editableFeatures } from './editorData.ts';
import type { Draft } from './draftStore.ts';
import { useDrafts } from './useDrafts.ts';
import { PropertiesForm } from './PropertiesForm.tsx';
import { MeasureCompare } from './MeasureCompare.tsx';
import { ExportChanges } from './ExportChanges.tsx';
import type { AnnotateRequest } from '../../ui/annotate.ts';
import { publishDraftCitations } from '../../ui/draftCitations.ts';
import './editor.css';

export interface EditorSessionProps {
  controller: MapController;
  store: FeatureStore;
  plan: Plan;
  /** Edits left by an earlier session: the editor starts with them (undo goes back to the published data). */
  draft?: Draft | undefined;
  /** 「在地图上标注」: the next feature drawn cites this passage (planRefs, quote), in its suggested layer if any. */
  prefill?: AnnotateRequest | null;
  /** Leaves edit mode; `left` is the draft it leaves behind (undefined: none). */
  onExit(left: Draft | undefined): void;
}

const MODES: EditMode[] = ['select', 'point', 'linestring', 'polygon'];

/**
 * Edit mode: terra-draw on the map (src/map/editDraw.ts), the undo history of every change, the
 * properties form of the selected feature with its measures, the drafts and the export.
 */
export function EditorSession({ controller, store, plan, draft, prefill = null, onExit }: EditorSessionProps) {
  const w = useWords('editor', EDITOR_ZH);
  const { lang, name } = useI18n();
  const base = useMemo(() => baseLookupOf(store), [store]);
  const [hist, setHist] = useState<History<EditState>>(() => (draft ? createHistory(draft.state, [EMPTY_EDITS]) : createHistory(EMPTY_EDITS)));
  const histRef = useRef(hist);
  const [selected, setSelected] = useState<string | null>(null);
  const [mode, setModeState] = useState<EditMode>('select');
  const prefillRef = useRef<AnnotateRequest | null>(null);
  const [live, setLive] = useState<{ id: string; geometry: EditGeometry } | null>(null);
  const { multiPart, editable } = useMemo(() => editableFeatures(store), [store]);

  const commit = useCallback((next: History<EditState>) => {
    histRef.current = next;
    setHist(next);
  }, []);
  const change = useCallback((fn: (s: EditState) => EditState) => commit(pushHistory(histRef.current, fn(histRef.current.present))), [commit]);

  // One drawing per session, with the features as the session starts (a restored draft's geometries).
  const [draw] = useState(
    () =>
      new EditDraw({
        features: editable.map((f) => {
          const now = currentFeature(hist.present, base, f.id);
          return now ? { id: f.id, geometry: now.geometry as EditGeometry } : f;
        }),
        outlines: districtOutlines(store),
      }),
  );
  useEffect(() => {
    draw.listen({
      onGeometry: (id, geometry, drawn) => {
        setLive(null);
        if (drawn) setModeState('select');
        const cite = drawn ? prefillRef.current : null;
        if (cite) prefillRef.current = null;
        const props = cite ? { planRefs: [cite.planRef], ...(cite.quote ? { planQuotes: [cite.quote] } : {}) } : {};
        // A new feature's layer: the one its passage's citing features have, else none (the form asks).
        const layer = suggestedLayer(store.layers, [cite?.layer]);
        change((s) => (drawn ? addFeature(s, id, layer, geometry, props) : setGeometry(s, base, id, geometry)));
      },
      onChanging: (id, geometry) => setLive({ id, geometry }),
      onSelect: setSelected,
    });
    return () => draw.listen(null);
  }, [draw, change, base, store]);
  useEffect(() => {
    void controller.addOverlay(draw);
    return () => controller.removeOverlay(draw);
  }, [controller, draw]);
  // A restored draft: its deletions and new features onto the drawing (which keeps them until it is
  // ready: 恢复 may come before the map has loaded; a fixed delay here once lost them).
  useEffect(() => {
    for (const [key, r] of Object.entries(histRef.current.present.edits)) if (!base(key) || !r.after) draw.setGeometry(key, (r.after?.geometry as EditGeometry) ?? null);
  }, [draw, base]);

  /** Undo/redo: the history moves and the drawing follows for every feature whose geometry differs. */
  const step = useCallback(
    (dir: 'undo' | 'redo') => {
      const before = histRef.current;
      const after = dir === 'undo' ? undoHistory(before) : redoHistory(before);
      if (after === before) return;
      commit(after);
      for (const key of new Set([...Object.keys(before.present.edits), ...Object.keys(after.present.edits)])) {
        const g = currentFeature(after.present, base, key)?.geometry ?? null;
        if (JSON.stringify(g) !== JSON.stringify(currentFeature(before.present, base, key)?.geometry ?? null)) draw.setGeometry(key, g as EditGeometry | null);
      }
    },
    [base, commit, draw],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
      const k = historyKey(e);
      if (!k) return;
      e.preventDefault();
      step(k);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  const setMode = useCallback(
    (next: EditMode) => {
      setModeState(next);
      draw.setMode(next);
    },
    [draw],
  );
  // A new 「在地图上标注」 request: the point tool (React's "state from props" pattern).
  const [seenPrefill, setSeenPrefill] = useState<AnnotateRequest | null>(null);
  if (prefill !== seenPrefill) {
    setSeenPrefill(prefill);
    if (prefill) setModeState('point');
  }
  useEffect(() => {
    if (!prefill) return;
    prefillRef.current = prefill;
    draw.setMode('point');
  }, [prefill, draw]);
  const drafts = useDrafts(store, hist.present);
  // The coverage view counts what the new features of the draft cite at once (as drafts), before any
  // data:apply (a published feature's place in the inventory is the inventory's, not the draft's).
  useEffect(() => {
    publishDraftCitations(
      Object.entries(hist.present.edits).flatMap(([key, r]) => {
        const refs = base(key) ? undefined : r.after?.properties.planRefs;
        return Array.isArray(refs) && refs.length ? [{ id: String(r.after?.properties.id ?? key), planRefs: refs }] : [];
      }),
    );
  }, [hist.present, base]);
  useEffect(() => () => publishDraftCitations([]), []);
  const current = selected ? currentFeature(hist.present, base, selected) : null;
  const record = selected ? hist.present.edits[selected] : undefined;
  const shownName = (f: EditedFeature | null) => (f?.properties.name ? name(f.properties.name as { zh: string; en: string }) : w.newFeature);
  const remove = () => {
    if (!selected || !current) return;
    if (!window.confirm(w.confirmDelete(shownName(current)))) return;
    change((s) => deleteFeature(s, base, selected));
    draw.setGeometry(selected, null);
    setSelected(null);
  };
  const count = Object.keys(hist.present.edits).length;

  return createPortal(
    <section className="editor-panel" data-testid="editor" aria-label={w.title} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header className="editor-panel__head">
        <h2>{w.title}</h2>
        <button type="button" data-testid="editor-exit" onClick={() => onExit(count ? { state: hist.present, dataVersion: '', savedAt: new Date().toISOString() } : undefined)}>
          {w.exit}
        </button>
      </header>
      <div className="editor-panel__tools" role="toolbar">
        {MODES.map((x) => (
          <button key={x} type="button" data-testid={`editor-mode-${x}`} aria-pressed={mode === x} onClick={() => setMode(x)}>
            {x === 'select' ? w.select : x === 'point' ? w.point : x === 'linestring' ? w.line : w.polygon}
          </button>
        ))}
      </div>
      <div className="editor-panel__tools" role="toolbar">
        <button type="button" data-testid="editor-undo" disabled={!canUndo(hist)} onClick={() => step('undo')} title="Ctrl+Z">
          ↶ {w.undo}
        </button>
        <button type="button" data-testid="editor-redo" disabled={!canRedo(hist)} onClick={() => step('redo')} title="Ctrl+Shift+Z / Ctrl+Y">
          ↷ {w.redo}
        </button>
        <button type="button" data-testid="editor-delete" disabled={!current} onClick={remove}>
          {w.delete}
        </button>
      </div>
      <p className="editor-panel__hint">{w.hint}</p>
      {multiPart > 0 && <p className="editor-panel__hint">{w.notEditable(multiPart)}</p>}
      {drafts.notices.map((n) => (
        <p key={n} className="editor-panel__warn" role="alert" data-testid={`editor-notice-${n}`}>
          {n === 'otherTab' ? w.otherTab : w.storageRefused}
        </p>
      ))}
      <p className="editor-panel__count" data-testid="editor-count">
        {w.changes(count)}
        {drafts.saved && count > 0 ? ` · ${w.draftSaved}` : ''}
      </p>
      <ExportChanges store={store} plan={plan} state={hist.present} />
      {selected && current ? (
        <>
          <h3 className="editor-panel__feature" data-testid="editor-selected" data-id={selected}>
            {shownName(current)} <small>{selected}</small>
          </h3>
          <MeasureCompare properties={current.properties} geometry={live?.id === selected ? live.geometry : current.geometry} />
          <PropertiesForm
            key={selected}
            plan={plan}
            store={store}
            feature={current}
            base={base(selected)}
            draft={record?.draftProperties}
            onSave={(p) => change((s) => setProperties(s, base, selected, p))}
            onDraft={(d) => commit({ ...histRef.current, present: setDraftProperties(histRef.current.present, base, selected, d) })}
          />
        </>
      ) : (
        <p className="editor-panel__hint">{w.noSelection}</p>
      )}
    </section>,
    document.body,
  );
}
