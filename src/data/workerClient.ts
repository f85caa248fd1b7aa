/**
 * One request to a Web Worker: a worker per call, created only when the call is made and terminated
 * when it answers, fails or is aborted. The worker answers `WorkerAnswer` for the request's `id`.
 */

/** What a worker posts back for request `id`. */
export type WorkerAnswer<R> = { id: number; ok: true; result: R } | { id: number; ok: false; error: string };

/** A request as the worker receives it: the caller's fields and the id its answer must carry. */
export type WorkerRequest<Q> = Q & { id: number };

export interface WorkerCall<Q, R> {
  /**
   * Creates the worker. Write it at the call site as
   * `() => new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`: Vite finds and
   * bundles a worker only from that form in the module that names it.
   */
  create: () => Worker;
  request: Q;
  /** Buffers moved to the worker rather than copied (they are detached here afterwards). */
  transfer?: Transferable[];
  /** Aborting terminates the worker and rejects with `abortError(what)`. */
  signal?: AbortSignal;
  /** What the worker does, for the abort error and the console warning (e.g. "import"). */
  what: string;
  /** The answer when the worker script itself cannot load (e.g. the same work on this thread). */
  fallback: () => Promise<R>;
}

/** The error an aborted call rejects with: `name` is `AbortError`, as `fetch` does. */
export function abortError(what: string): Error {
  const e = new Error(`${what} aborted`);
  e.name = 'AbortError';
  return e;
}

let nextId = 1;

/** Sends one request to a new worker and settles with its answer. */
export function callWorker<Q extends object, R>(call: WorkerCall<Q, R>): Promise<R> {
  const { signal, what } = call;
  if (signal?.aborted) return Promise.reject(abortError(what));
  return new Promise((resolve, reject) => {
    const worker = call.create();
    const id = nextId++;
    const done = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      done();
      reject(abortError(what));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (ev: MessageEvent<WorkerAnswer<R>>) => {
      if (ev.data.id !== id) return;
      done();
      if (ev.data.ok) resolve(ev.data.result);
      else reject(new Error(ev.data.error));
    };
    worker.onerror = (ev) => {
      ev.preventDefault();
      done();
      console.warn(`${what} worker failed (${ev.message}); running on the main thread`);
      call.fallback().then(resolve, (e: unknown) => reject(e instanceof Error ? e : new Error(String(e))));
    };
    const request: WorkerRequest<Q> = { ...call.request, id };
    worker.postMessage(request, call.transfer ?? []);
  });
}
