import { useEffect, useRef, type Dispatch } from 'react';
import type { FeatureStore } from '../core/featureStore.ts';
import { parseShareState, serializeShareState, type ShareContext, type ShareState } from '../core/link/shareState.ts';
import { historyStep, type WrittenLink } from './historyStep.ts';
import { quotesFor, type ViewAction } from './viewState.ts';

/**
 * The share state and the address bar kept equal: a change of state is written (pushed or replaced,
 * see historyStep), and Back/Forward read the state back from the URL.
 */
export function useUrlSync(share: ShareState, context: ShareContext, store: FeatureStore, dispatch: Dispatch<ViewAction>): void {
  const full = serializeShareState(share, window.location.search, context);
  const noCamera = serializeShareState({ ...share, camera: null }, window.location.search, context);
  const lastWritten = useRef<WrittenLink | null>(null);
  useEffect(() => {
    const next = { full, noCamera };
    const step = historyStep(lastWritten.current, next, window.location.search);
    lastWritten.current = next;
    if (step === 'none') return;
    const url = `${window.location.pathname}${full}${window.location.hash}`;
    if (step === 'replace') window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }, [full, noCamera]);
  useEffect(() => {
    const onPop = () => {
      const { state: next } = parseShareState(window.location.search, context);
      dispatch({ type: 'fromUrl', share: next, quotes: quotesFor(store, next.feature, next.plan) });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [context, store, dispatch]);
}
