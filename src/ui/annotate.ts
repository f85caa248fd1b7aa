/**
 * 「在地图上标注」: the plan panel asks the editor (another feature, so not by import) to draw a new
 * feature for a passage or a table row, with its plan id, a verbatim quote and a layer. The editor
 * says, on <html data-editing>, that it is available.
 */
export interface AnnotateRequest {
  planRef: string;
  /** Verbatim plan text of that node (a row's first cell, a section's title). */
  quote: string;
  /** The plan layer (never a frame one) of features citing the same row, table or section, when there is one. */
  layer?: string;
}

import { useSyncExternalStore } from 'react';

const EVENT = 'plan-map:annotate';
const AVAILABLE = 'plan-map:editing';

/** Whether editing is on in this deployment (set by the editor's button once config.json allows it). */
export const editingAvailable = (): boolean => document.documentElement.dataset.editing === 'available';

export function setEditingAvailable(on: boolean): void {
  if (on) document.documentElement.dataset.editing = 'available';
  else delete document.documentElement.dataset.editing;
  window.dispatchEvent(new Event(AVAILABLE));
}

const subscribe = (cb: () => void) => {
  window.addEventListener(AVAILABLE, cb);
  return () => window.removeEventListener(AVAILABLE, cb);
};

/** editingAvailable(), re-rendering when it changes (the editor's button loads after the plan panel may have). */
export function useEditingAvailable(): boolean {
  return useSyncExternalStore(subscribe, editingAvailable, () => false);
}

export function requestAnnotate(r: AnnotateRequest): void {
  window.dispatchEvent(new CustomEvent<AnnotateRequest>(EVENT, { detail: r }));
}

export function onAnnotate(listener: (r: AnnotateRequest) => void): () => void {
  const h = (e: Event) => listener((e as CustomEvent<AnnotateRequest>).detail);
  window.addEventListener(EVENT, h);
  return () => window.removeEventListener(EVENT, h);
}
