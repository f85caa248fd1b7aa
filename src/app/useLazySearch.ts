import { useCallback, useRef, useState } from 'react';
import type { FeatureStore } from '../core/featureStore.ts';
import type { Plan } from '../core/plan/types.ts';
import type { Searcher } from '../features/search/SearchBox.tsx';

/**
 * The search index (its own chunk, and a moment to build) is loaded when the search box is first
 * used, not with the first screen. `want` starts it once; `searcher` is null until it is ready.
 */
export function useLazySearch(plan: Plan, store: FeatureStore): { searcher: Searcher | null; want: () => void } {
  const [searcher, setSearcher] = useState<Searcher | null>(null);
  const loading = useRef(false);
  const want = useCallback(() => {
    if (loading.current) return;
    loading.current = true;
    void import('../features/search/searchIndex.ts').then((m) => {
      const index = m.buildSearchIndex(plan, store.byId.values());
      setSearcher(() => (q: string, limit: number) => m.search(index, q, { limit }));
    });
  }, [plan, store]);
  return { searcher, want };
}
