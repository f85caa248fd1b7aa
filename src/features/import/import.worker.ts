/// <reference lib="webworker" />
import { parseGeoJsonImport, type ImportOptions, type ImportResult } from './parseGeoJsonImport.ts';

/** A request to the import worker; the ArrayBuffer is transferred, not copied. */
export interface ImportRequest {
  id: number;
  input: ArrayBuffer | string;
  options: ImportOptions;
}

export type ImportResponse = { id: number; ok: true; result: ImportResult } | { id: number; ok: false; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<ImportRequest>) => {
  const { id, input, options } = ev.data;
  let answer: ImportResponse;
  try {
    answer = { id, ok: true, result: parseGeoJsonImport(input, options) };
  } catch (e) {
    answer = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(answer);
};
