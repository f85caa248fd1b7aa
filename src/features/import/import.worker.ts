/// <reference lib="webworker" />
import type { WorkerAnswer, WorkerRequest } from '../../data/workerClient.ts';
import type { ImportOptions, ImportResult } from './importTypes.ts';
import { parseGeoJsonImport } from './parseGeoJsonImport.ts';

/** A request to the import worker; a buffer the client read itself is transferred, not copied. */
export interface ImportRequest {
  input: ArrayBuffer | string;
  options: ImportOptions;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<WorkerRequest<ImportRequest>>) => {
  const { id, input, options } = ev.data;
  let answer: WorkerAnswer<ImportResult>;
  try {
    answer = { id, ok: true, result: parseGeoJsonImport(input, options) };
  } catch (e) {
    answer = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(answer);
};
