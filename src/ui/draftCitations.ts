/**
 * The editor's draft features and the plan ids they cite, for the coverage view (another feature, so
 * not by import): the editor publishes them as its drafts change, and the coverage view counts the
 * items they cite as mapped, marked as drafts, before anything is published.
 */
import { useSyncExternalStore } from 'react';
import type { DraftCitation } from '../core/plan/coverageDrafts.ts';

const EVENT = 'plan-map:draft-citations';
const NONE: readonly DraftCitation[] = [];
let current: readonly DraftCitation[] = NONE;

export function publishDraftCitations(list: readonly DraftCitation[]): void {
  const next = list.length ? list : NONE;
  if (JSON.stringify(next) === JSON.stringify(current)) return;
  current = next;
  window.dispatchEvent(new Event(EVENT));
}

const subscribe = (cb: () => void) => {
  window.addEventListener(EVENT, cb);
  return () => window.removeEventListener(EVENT, cb);
};

export function useDraftCitations(): readonly DraftCitation[] {
  return useSyncExternalStore(subscribe, () => current, () => NONE);
}
