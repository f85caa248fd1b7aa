import type { FailureKind } from '../../core/basemapTypes.ts';
import { BasemapFailure } from './types.ts';

/** The browser, injectable for the unit tests. */
export interface Net {
  fetch: typeof fetch;
  online(): boolean;
  on(type: 'online' | 'offline', listener: () => void): () => void;
  setTimeout(f: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
  /** What relative URLs are resolved against. */
  baseUrl(): string;
}

export function browserNet(): Net {
  return {
    fetch: (...a) => fetch(...a),
    online: () => navigator.onLine !== false,
    on(type, listener) {
      window.addEventListener(type, listener);
      return () => window.removeEventListener(type, listener);
    },
    setTimeout: (f, ms) => window.setTimeout(f, ms),
    clearTimeout: (h) => window.clearTimeout(h as number),
    now: () => Date.now(),
    baseUrl: () => document.baseURI,
  };
}

export function kindOfStatus(status: number): FailureKind {
  if (status === 401 || status === 403 || status === 418 || status === 429) return 'refused';
  if (status === 404 || status === 410) return 'not-found';
  return 'server';
}

/** The status in an error that carries none as a field (the pmtiles package's "Bad response code: 404"). */
export function statusInMessage(message: string): number | null {
  const m = /\b(?:response code|status)\D{0,3}(\d{3})\b/i.exec(message);
  return m?.[1] ? Number(m[1]) : null;
}

/** URLs in logs without the Tianditu key. */
export function redactKey(text: string): string {
  return text.replace(/([?&]tk=)[^&\s]+/gi, '$1…');
}

/**
 * A request failed without a status while the browser is online: the server answered without CORS
 * permission (an opaque `no-cors` request then succeeds — Tianditu answers a refused key that way,
 * as HTTP 418 without CORS headers), or it could not be reached at all.
 */
export async function corsOrNetwork(url: string, net: Net, timeoutMs: number): Promise<FailureKind> {
  if (!net.online()) return 'offline';
  const ctl = new AbortController();
  const timer = net.setTimeout(() => ctl.abort(), timeoutMs);
  try {
    await net.fetch(url, { mode: 'no-cors', cache: 'no-store', signal: ctl.signal });
    return 'cors';
  } catch {
    return ctl.signal.aborted ? 'timeout' : net.online() ? 'network' : 'offline';
  } finally {
    net.clearTimeout(timer);
  }
}

/** `fetch` that throws a classified `BasemapFailure` for anything but a 2xx answer in time. */
export async function fetchOrFail(url: string, net: Net, timeoutMs: number, init: RequestInit = {}): Promise<Response> {
  if (!net.online()) throw new BasemapFailure('offline');
  const ctl = new AbortController();
  const timer = net.setTimeout(() => ctl.abort(), timeoutMs);
  let res: Response;
  try {
    res = await net.fetch(url, { cache: 'no-store', ...init, signal: ctl.signal });
  } catch (e) {
    if (ctl.signal.aborted) throw new BasemapFailure('timeout', null, `${url}: no answer in ${timeoutMs} ms`);
    throw new BasemapFailure(await corsOrNetwork(url, net, timeoutMs), null, `${url}: ${(e as Error).message}`);
  } finally {
    net.clearTimeout(timer);
  }
  if (!res.ok) throw new BasemapFailure(kindOfStatus(res.status), res.status, `${url}: HTTP ${res.status}`);
  return res;
}

/** A promise that fails as a `timeout` when it does not settle within `ms` (for requests `fetchOrFail` cannot wrap). */
export function withTimeout<T>(p: Promise<T>, net: Net, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = net.setTimeout(() => reject(new BasemapFailure('timeout', null, `${what}: no answer in ${ms} ms`)), ms);
    p.then(
      (v) => {
        net.clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        net.clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
