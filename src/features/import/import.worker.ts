/// <reference lib="webworker" />
import type { WorkerAnswer, WorkerRequest } from '../../data/workerClient.ts';
import { runImportPipeline, type PipelineInput } from './importPipeline.ts';
import type { ImportResult } from './importTypes.ts';

/** A request to the import worker; a buffer the client read itself is transferred, not copied; a GeoJSON file comes as its Blob and is read here. */
export type ImportRequest = Omit<PipelineInput, 'input'> & { input: PipelineInput['input'] | Blob };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (ev: MessageEvent<WorkerRequest<ImportRequest>>) => {
  const { id, input, format, options } = ev.data;
  let answer: WorkerAnswer<ImportResult>;
  try {
    const bytes = input instanceof Blob ? await input.arrayBuffer() : input;
    answer = { id, ok: true, result: runImportPipeline({ input: bytes, format, options }) };
  } catch (e) {
    answer = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(answer);
};
