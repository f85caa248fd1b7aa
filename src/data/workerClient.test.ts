import { describe, expect, it } from 'vitest';
import { callWorker, type WorkerAnswer, type WorkerRequest } from './workerClient.ts';

/** A stand-in worker that answers each request with `answer(request)` (or fails to load when it returns 'load-error'). */
function fakeWorker(answer: (req: WorkerRequest<{ n: number }>) => WorkerAnswer<number> | 'load-error' | 'silent') {
  const w = {
    terminated: false,
    onmessage: null as ((ev: MessageEvent) => void) | null,
    onerror: null as ((ev: ErrorEvent) => void) | null,
    terminate() {
      w.terminated = true;
    },
    postMessage(req: WorkerRequest<{ n: number }>) {
      const a = answer(req);
      queueMicrotask(() => {
        if (a === 'load-error') w.onerror?.({ message: 'no script', preventDefault() {} } as ErrorEvent);
        else if (a !== 'silent') w.onmessage?.({ data: a } as MessageEvent);
      });
    },
  };
  return w;
}

const call = (w: ReturnType<typeof fakeWorker>, signal?: AbortSignal) =>
  callWorker<{ n: number }, number>({ create: () => w as unknown as Worker, request: { n: 2 }, signal, what: 'test', fallback: async () => -1 });

describe('callWorker', () => {
  it('answers with the result for its own id, then ends the worker', async () => {
    const w = fakeWorker((r) => ({ id: r.id, ok: true, result: r.n * 10 }));
    await expect(call(w)).resolves.toBe(20);
    expect(w.terminated).toBe(true);
  });

  it('rejects with the worker’s error', async () => {
    await expect(call(fakeWorker((r) => ({ id: r.id, ok: false, error: 'bad input' })))).rejects.toThrow('bad input');
  });

  it('falls back when the worker script cannot load', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      await expect(call(fakeWorker(() => 'load-error'))).resolves.toBe(-1);
    } finally {
      console.warn = warn;
    }
  });

  it('rejects with an AbortError and ends the worker when aborted', async () => {
    const ac = new AbortController();
    const w = fakeWorker(() => 'silent');
    const p = call(w, ac.signal);
    ac.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError', message: 'test aborted' });
    expect(w.terminated).toBe(true);
    await expect(call(fakeWorker(() => 'silent'), ac.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
