import { lazy, Suspense, useEffect, useState } from 'react';
import type { FeatureStore } from '../../core/featureStore.ts';
import { afterStartup } from '../../ui/afterStartup.ts';
import type { MapController } from '../../map/MapController.ts';
import type { Draft } from './draftStore.ts';

const EditTool = lazy(() => import('./EditTool.tsx').then((m) => ({ default: m.EditTool })));

/**
 * Asks, after the first screen, whether config.json enables editing (and for a draft left behind);
 * only then the 编辑 / Edit button loads. Nothing of the editor is in the first screen.
 */
export function EditEntry(p: { controller: MapController | null; store: FeatureStore }) {
  const [gate, setGate] = useState<{ draft: Draft | undefined } | null>(null);
  useEffect(() => {
    let live = true;
    // After the first screen (the map's first idle or a first interaction), like the other tools' chunks.
    void afterStartup()
      .then(() => import('./editingGate.ts'))
      .then((g) => g.editingGate())
      .then((r) => live && r.enabled && setGate({ draft: r.draft }));
    return () => {
      live = false;
    };
  }, []);
  return gate ? (
    <Suspense fallback={null}>
      <EditTool {...p} initialDraft={gate.draft} />
    </Suspense>
  ) : null;
}
