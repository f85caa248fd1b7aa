import { boundsOf } from '../../core/geometry/anchor.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { ImportRequest, ImportResponse } from './import.worker.ts';
import { DEFAULT_MAX_BYTES, tooLargeResult } from './importLimits.ts';
import type { Bounds, ImportOptions, ImportResult } from './parseGeoJsonImport.ts';

/*
 * The client is its own module: a worker that imported the module creating it would be a circular
 * worker import, which Vite refuses. The inline path loads the parser with a dynamic import, so the
 * main bundle only carries it when it is needed.
 */

async function parseInline(payload: ArrayBuffer | string, options: ImportOptions): Promise<ImportResult> {
  const { parseGeoJsonImport } = await import('./parseGeoJsonImport.ts');
  return parseGeoJsonImport(payload, options);
}

export interface ImportRunOptions extends ImportOptions {
  /** Aborting terminates the worker and rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Parse on the calling thread even where workers exist. @default false */
  inline?: boolean;
}

let nextId = 1;

function abortError(): Error {
  const e = new Error('import aborted');
  e.name = 'AbortError';
  return e;
}

/**
 * Reads and checks a GeoJSON file off the main thread. A `Blob`/`File` larger than `maxBytes` is refused
 * from its size alone, before it is read. Falls back to parsing inline where `Worker` does not exist
 * (node tests) or when the worker script cannot load.
 */
export async function importGeoJson(input: Blob | ArrayBuffer | string, opts: ImportRunOptions = {}): Promise<ImportResult> {
  const { signal, inline, ...options } = opts;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (signal?.aborted) throw abortError();
  let payload: ArrayBuffer | string;
  const ownsBuffer = !(typeof input === 'string' || input instanceof ArrayBuffer);
  if (typeof input === 'string' || input instanceof ArrayBuffer) payload = input;
  else {
    if (input.size > maxBytes) return tooLargeResult(input.size, maxBytes);
    payload = await input.arrayBuffer();
  }
  if (signal?.aborted) throw abortError();
  if (inline || typeof Worker === 'undefined') return parseInline(payload, options);

  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    const id = nextId++;
    const done = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      done();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (ev: MessageEvent<ImportResponse>) => {
      if (ev.data.id !== id) return;
      done();
      if (ev.data.ok) resolve(ev.data.result);
      else reject(new Error(ev.data.error));
    };
    worker.onerror = (ev) => {
      ev.preventDefault();
      done();
      console.warn(`import worker failed (${ev.message}); parsing on the main thread`);
      // A buffer read from a Blob was transferred (and so detached): read the Blob again.
      const again = ownsBuffer ? (input as Blob).arrayBuffer() : Promise.resolve(payload);
      again.then((p) => parseInline(p, options)).then(resolve, (e: unknown) => reject(e instanceof Error ? e : new Error(String(e))));
    };
    const request: ImportRequest = { id, input: payload, options };
    // Only a buffer this function read itself is transferred; the caller's own buffer is copied, never detached.
    if (ownsBuffer && payload instanceof ArrayBuffer) worker.postMessage(request, [payload]);
    else worker.postMessage(request);
  });
}

/** The district's bounds from the store, for `districtBbox`. */
export function districtBounds(store: Pick<FeatureStore, 'byLayer'>): Bounds | undefined {
  const fc = store.byLayer.get('district');
  if (!fc || fc.features.length === 0) return undefined;
  return fc.features
    .map((f) => boundsOf(f.geometry))
    .reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}
