import type { LifeCircleInput, LifeCircleReport } from './lifeCircle.ts';
import { abortError, callWorker } from '../../data/workerClient.ts';
import type { LifeCircleRequest } from './lifeCircle.worker.ts';

/*
 * The client lives in its own module: a worker that imported the module creating it would be a circular
 * worker import, which Vite refuses ("Circular worker imports detected"). The inline path loads the
 * analysis with a dynamic import, so the main bundle does not carry turf's polygon clipping for it.
 */

async function inline(input: LifeCircleInput): Promise<LifeCircleReport> {
  const { analyseLifeCircles } = await import('./lifeCircle.ts');
  return analyseLifeCircles(input);
}

export interface RunOptions {
  /** Aborting terminates the worker and rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Run on the calling thread even where workers exist. @default false */
  inline?: boolean;
}

/**
 * Runs the life-circle analysis in a Web Worker (one worker per call, terminated when done), or inline
 * when `Worker` does not exist (node tests) or `inline` is set. When the worker script itself cannot load,
 * the analysis falls back to running inline, once, with a console warning.
 */
export function runLifeCircleAnalysis(input: LifeCircleInput, opts: RunOptions = {}): Promise<LifeCircleReport> {
  if (opts.signal?.aborted) return Promise.reject(abortError('life-circle analysis'));
  if (opts.inline || typeof Worker === 'undefined') return inline(input);
  return callWorker<LifeCircleRequest, LifeCircleReport>({
    create: () => new Worker(new URL('./lifeCircle.worker.ts', import.meta.url), { type: 'module' }),
    request: { input },
    signal: opts.signal,
    what: 'life-circle analysis',
    fallback: () => inline(input),
  });
}
