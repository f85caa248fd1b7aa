import type { LifeCircleInput, LifeCircleReport } from './lifeCircle.ts';
import type { LifeCircleRequest, LifeCircleResponse } from './lifeCircle.worker.ts';

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

let nextId = 1;

function abortError(): Error {
  const e = new Error('life-circle analysis aborted');
  e.name = 'AbortError';
  return e;
}

/**
 * Runs the life-circle analysis in a Web Worker (one worker per call, terminated when done), or inline
 * when `Worker` does not exist (node tests) or `inline` is set. When the worker script itself cannot load,
 * the analysis falls back to running inline, once, with a console warning.
 */
export function runLifeCircleAnalysis(input: LifeCircleInput, opts: RunOptions = {}): Promise<LifeCircleReport> {
  if (opts.signal?.aborted) return Promise.reject(abortError());
  if (opts.inline || typeof Worker === 'undefined') return inline(input);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lifeCircle.worker.ts', import.meta.url), { type: 'module' });
    const id = nextId++;
    const done = () => {
      worker.terminate();
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      done();
      reject(abortError());
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (ev: MessageEvent<LifeCircleResponse>) => {
      if (ev.data.id !== id) return;
      done();
      if (ev.data.ok) resolve(ev.data.report);
      else reject(new Error(ev.data.error));
    };
    worker.onerror = (ev) => {
      ev.preventDefault();
      done();
      console.warn(`life-circle worker failed (${ev.message}); running on the main thread`);
      inline(input).then(resolve, reject);
    };
    const request: LifeCircleRequest = { id, input };
    worker.postMessage(request);
  });
}
