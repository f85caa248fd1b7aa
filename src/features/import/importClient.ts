import { abortError, callWorker } from '../../data/workerClient.ts';
import type { ImportRequest } from './import.worker.ts';
import { DEFAULT_MAX_BYTES, tooLargeResult } from './importLimits.ts';
import type { ImportOptions, ImportResult } from './importTypes.ts';

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

/**
 * Reads and checks a GeoJSON file off the main thread. A `Blob`/`File` larger than `maxBytes` is refused
 * from its size alone, before it is read. Falls back to parsing inline where `Worker` does not exist
 * (node tests) or when the worker script cannot load.
 */
export async function importGeoJson(input: Blob | ArrayBuffer | string, opts: ImportRunOptions = {}): Promise<ImportResult> {
  const { signal, inline, ...options } = opts;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (signal?.aborted) throw abortError('import');
  let payload: ArrayBuffer | string;
  const ownsBuffer = !(typeof input === 'string' || input instanceof ArrayBuffer);
  if (typeof input === 'string' || input instanceof ArrayBuffer) payload = input;
  else {
    if (input.size > maxBytes) return tooLargeResult(input.size, maxBytes);
    payload = await input.arrayBuffer();
  }
  if (signal?.aborted) throw abortError('import');
  if (inline || typeof Worker === 'undefined') return parseInline(payload, options);

  return callWorker<ImportRequest, ImportResult>({
    create: () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
    request: { input: payload, options },
    // Only a buffer this function read itself is transferred; the caller's own buffer is copied, never detached.
    transfer: ownsBuffer && payload instanceof ArrayBuffer ? [payload] : [],
    signal,
    what: 'import',
    // A buffer read from a Blob was transferred (and so detached): read the Blob again.
    fallback: async () => parseInline(ownsBuffer ? await (input as Blob).arrayBuffer() : payload, options),
  });
}

