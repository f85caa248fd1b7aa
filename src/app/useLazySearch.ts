import { useCallback, useRef, useState } from 'react';
import type { FeatureStore } from '../core/featureStore.ts';
import type { Searcher } from '../features/search/SearchBox.tsx';
import { loadPlanText } from '../data/planText.ts';

/**
 * The search index (its own chunk, and a moment to build) is loaded when the search box is first
 * used, not with the first screen. `want` starts it once; `searcher` is null until it is ready.
 */
export function useLazySearch(store: FeatureStore): { searcher: Searcher | null; want: () => void } {
  const [searcher, setSearcher] = useState<Searcher | null>(null);
  const loading = useRef(false);
  const want = useCallback(() => {
    if (loading.current) return;
    loading.current = true;
    // The index reads the plan's words: the second data file (src/data/planText.ts).
    void Promise.all([import('../features/search/searchIndex.ts'), loadPlanText()]).then(([m, text]) => {
      const index = m.buildSearchIndex(text.plan, store.byId.values());
      setSearcher(() => (q: string, limit: number) => m.search(index, q, { limit }));
    }).catch(() => {
      // Offline before the files were fetched: the next use of the box tries again.
      loading.current = false;
    });
  }, [store]);
  return { searcher, want };
}
