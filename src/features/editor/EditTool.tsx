import { lazy, Suspense, useEffect, useState } from 'react';
import { onAnnotate, setEditingAvailable, type AnnotateRequest } from '../../ui/annotate.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import { WithPlanText } from '../../ui/WithPlanText.tsx';
import type { MapController } from '../../map/MapController.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { ToolButton } from '../../ui/Toolbar.tsx';
import type { Draft } from './draftStore.ts';

// The whole editor (terra-draw, the form, the drafts, the export) is one chunk, fetched on entering edit mode.
const EditorSession = lazy(() => import('./EditorSession.tsx').then((m) => ({ default: m.EditorSession })));
const DraftNotice = lazy(() => import('./DraftNotice.tsx').then((m) => ({ default: m.DraftNotice })));

export interface EditToolProps {
  controller: MapController | null;
  store: FeatureStore;
  /** The draft an earlier session left. */
  initialDraft: Draft | undefined;
}

/** The 编辑 / Edit button (editing is enabled), the notice of drafts left by an earlier session, and the editor. */
export function EditTool({ controller, store, initialDraft }: EditToolProps) {
  const { m } = useI18n();
  const [draft, setDraft] = useState<Draft | undefined>(initialDraft);
  const [editing, setEditing] = useState(false);
  const [prefill, setPrefill] = useState<AnnotateRequest | null>(null);
  // 「在地图上标注」 in the plan panel: into edit mode, drawing a feature for that passage.
  useEffect(() => {
    setEditingAvailable(true);
    const off = onAnnotate((r) => {
      setPrefill(r);
      setEditing(true);
    });
    return () => {
      off();
      setEditingAvailable(false);
    };
  }, []);
  return (
    <div className="tools__menu">
      <ToolButton data-testid="edit-mode" aria-pressed={editing} onClick={() => setEditing(!editing)}>
        {m.app.edit}
      </ToolButton>
      <Suspense fallback={null}>
        {!editing && draft && (
          <DraftNotice
            draft={draft}
            onRestore={() => setEditing(true)}
            onDiscard={() => {
              setDraft(undefined);
              void import('./draftStore.ts').then((d) => d.discardDraft());
            }}
          />
        )}
        {/* The editor checks plan references against the plan's words: the second data file, fetched on entering. */}
        {editing && controller && (
          <WithPlanText>
            {({ plan }) => (
              <EditorSession
                controller={controller}
                store={store}
                plan={plan}
                draft={draft}
                prefill={prefill}
                onExit={(left) => {
                  setDraft(left);
                  setEditing(false);
                }}
              />
            )}
          </WithPlanText>
        )}
      </Suspense>
    </div>
  );
}
