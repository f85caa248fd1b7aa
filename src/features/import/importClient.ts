import { abortError, callWorker } from '../../data/workerClient.ts';
import type { ImportRequest } from './import.worker.ts';
import { detectFormat, isZip } from './importFormat.ts';
import { DEFAULT_MAX_BYTES, tooLargeResult } from './importLimits.ts';
import { refusedFile } from './importProblems.ts';
import type { ImportOptions, ImportResult } from './importTypes.ts';

/*
 * The client is its own module: a worker that imported the module creating it would be a circular
 * worker import, which Vite refuses. The inline path loads the parser with a dynamic import, so the
 * main bundle only carries it when it is needed.
 */

async function parseInline(request: ImportRequest): Promise<ImportResult> {
  const { runImportPipeline } = await import('./importPipeline.ts');
  const input = request.input instanceof Blob ? await request.input.arrayBuffer() : request.input;
  return runImportPipeline({ ...request, input });
}

export interface ImportRunOptions extends ImportOptions {
  /** Aborting terminates the worker and rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Parse on the calling thread even where workers exist. @default false */
  inline?: boolean;
}

const failed = (zh: string, en: string): ImportResult => refusedFile('read', zh, en);

/**
 * Reads and checks a planner's file off the main thread: GeoJSON, a zipped Shapefile, KML or KMZ,
 * told apart by their bytes (importFormat.ts), not their names. A `Blob`/`File` larger than `maxBytes`
 * is refused from its size alone, before it is read. KML is turned into GeoJSON here first (it needs
 * DOMParser). Falls back to parsing inline where `Worker` does not exist (node tests) or when the
 * worker script cannot load.
 */
export async function importFile(input: Blob | ArrayBuffer | string, opts: ImportRunOptions = {}): Promise<ImportResult> {
  const { signal, inline, ...options } = opts;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (signal?.aborted) throw abortError('import');
  let payload: ArrayBuffer | string | Blob;
  let ownsBuffer = !(typeof input === 'string' || input instanceof ArrayBuffer);
  if (typeof input === 'string' || input instanceof ArrayBuffer) payload = input;
  else {
    if (input.size > maxBytes) return tooLargeResult(input.size, maxBytes);
    // Only the first 4 KB are read here: neither a ZIP nor KML, the file goes to the worker as it is and
    // is read there (a 49 MB ArrayBuffer on the main thread cost it a task of about 200 ms).
    const head = new Uint8Array(await input.slice(0, 4096).arrayBuffer());
    const headFormat = isZip(head) ? 'zip' : detectFormat(head).format;
    payload = headFormat === 'zip' || headFormat === 'kml' ? await input.arrayBuffer() : input;
  }
  if (signal?.aborted) throw abortError('import');

  let format: ImportRequest['format'] = 'geojson';
  if (payload instanceof ArrayBuffer) {
    const found = detectFormat(new Uint8Array(payload));
    if (found.format === 'zip-other') {
      const names = found.names ?? [];
      // Office files are ZIPs too: name them.
      const office = names.some((n) => n.startsWith('xl/')) ? 'Excel (.xlsx)' : names.some((n) => n.startsWith('word/')) ? 'Word (.docx)' : null;
      if (office) return failed(`这是 ${office} 文档，不是地理数据文件`, `this is a ${office} document, not a geodata file`);
      const list = names.slice(0, 10).join('、') || '—';
      return failed(`ZIP 中没有 .shp 或 .kml 文件（内有：${list}）`, `the ZIP holds no .shp or .kml file (it holds: ${(found.names ?? []).slice(0, 10).join(', ') || 'nothing'})`);
    }
    if (found.format === 'kml' || found.format === 'kmz') {
      const { readKml } = await import('./readKml.ts');
      const read = readKml(new Uint8Array(payload), found.format === 'kmz');
      if (!read.ok) return failed(read.zh, read.en);
      payload = read.text;
      ownsBuffer = false;
      format = 'kml';
    } else format = found.format;
  } else if (typeof payload === 'string' && /^\s*(<\?xml[^>]*>\s*)?<(\w+:)?kml[\s>]/i.test(payload.slice(0, 4096))) {
    const { readKml } = await import('./readKml.ts');
    const read = readKml(new TextEncoder().encode(payload), false);
    if (!read.ok) return failed(read.zh, read.en);
    payload = read.text;
    format = 'kml';
  }
  if (signal?.aborted) throw abortError('import');
  const request: ImportRequest = { input: payload, format, options };
  if (inline || typeof Worker === 'undefined') return parseInline(request);

  return callWorker<ImportRequest, ImportResult>({
    create: () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
    request,
    // Only a buffer this function read itself is transferred; the caller's own buffer is copied, never detached.
    transfer: ownsBuffer && payload instanceof ArrayBuffer ? [payload] : [],
    signal,
    what: 'import',
    // A buffer read from a Blob was transferred (and so detached): read the Blob again.
    fallback: async () => parseInline({ ...request, input: ownsBuffer && payload instanceof ArrayBuffer ? await (input as Blob).arrayBuffer() : payload }),
  });
}

/** The same, under the name the GeoJSON-only importer had. */
export const importGeoJson = importFile;
