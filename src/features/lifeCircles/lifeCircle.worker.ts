/// <reference lib="webworker" />
import type { WorkerAnswer, WorkerRequest } from '../../data/workerClient.ts';
import { analyseLifeCircles, type LifeCircleInput, type LifeCircleReport } from './lifeCircle.ts';

/** A request to the life-circle worker: one analysis. */
export interface LifeCircleRequest {
  input: LifeCircleInput;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<WorkerRequest<LifeCircleRequest>>) => {
  const { id, input } = ev.data;
  let answer: WorkerAnswer<LifeCircleReport>;
  try {
    answer = { id, ok: true, result: analyseLifeCircles(input) };
  } catch (e) {
    answer = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(answer);
};
