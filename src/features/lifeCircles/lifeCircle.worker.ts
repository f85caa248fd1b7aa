/// <reference lib="webworker" />
import { analyseLifeCircles, type LifeCircleInput, type LifeCircleReport } from './lifeCircle.ts';

/** A request to the life-circle worker: one analysis, answered with the same `id`. */
export interface LifeCircleRequest {
  id: number;
  input: LifeCircleInput;
}

export type LifeCircleResponse =
  | { id: number; ok: true; report: LifeCircleReport }
  | { id: number; ok: false; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<LifeCircleRequest>) => {
  const { id, input } = ev.data;
  let answer: LifeCircleResponse;
  try {
    answer = { id, ok: true, report: analyseLifeCircles(input) };
  } catch (e) {
    answer = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(answer);
};
