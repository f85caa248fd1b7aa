import { useEffect, useState } from 'react';
import type { EditState } from '../../core/editor/editState.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import { announceEditing, writeDraft } from './draftStore.ts';
import { dataVersionOf } from './editorData.ts';

export type DraftNoticeKind = 'otherTab' | 'storageRefused';

/**
 * Saves the edits as a draft on every change, says when the browser refuses storage, and listens for
 * another tab editing at the same time.
 */
export function useDrafts(store: FeatureStore, state: EditState): { notices: DraftNoticeKind[]; saved: boolean } {
  const [otherTab, setOtherTab] = useState(false);
  const [refused, setRefused] = useState(false);
  const [savedState, setSavedState] = useState<EditState | null>(null);
  const [dataVersion, setDataVersion] = useState('');
  useEffect(() => announceEditing(() => setOtherTab(true)), []);
  useEffect(() => {
    void dataVersionOf(
      store,
      store.layers.map((l) => l.id),
    ).then(setDataVersion);
  }, [store]);
  useEffect(() => {
    let live = true;
    writeDraft({ state, dataVersion, savedAt: new Date().toISOString() }).then(
      () => live && (setSavedState(state), setRefused(false)),
      () => live && setRefused(true),
    );
    return () => {
      live = false;
    };
  }, [state, dataVersion]);
  return { notices: [...(otherTab ? ['otherTab' as const] : []), ...(refused ? ['storageRefused' as const] : [])], saved: savedState === state };
}
