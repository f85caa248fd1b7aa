import type { AttributionPart } from '../../core/attributionText.ts';
/**
 * Test doubles of the basemaps' seams (a fake network, a fake map, words), for the unit tests here
 * and in src/features/basemapPicker. Never imported by the app.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { BasemapWords } from '../../core/basemapTypes.ts';
import { applyConfigText, defaultBasemapConfig, type BasemapConfig } from '../basemapConfig.ts';
import type { Net } from './net.ts';
import type { BasemapHost, BasemapLayers, SourceFailure } from './types.ts';

export const KEY = '0123456789abcdef0123456789abcdef';
export const config = (json: object = {}): BasemapConfig => applyConfigText(defaultBasemapConfig(), JSON.stringify({ basemap: json }));
/** The district, roughly. */
export const CAMERA = { center: [122.07, 41.12] as [number, number], zoom: 11.4 };

/** Words that show what the map put into them: the label, the kind, the status. */
export const TEST_WORDS: BasemapWords = {
  presets: { embedded: 'Own base', osm: 'OSM', 'tianditu-vec': 'TDT vector', 'tianditu-img': 'TDT imagery', style: 'A style', pmtiles: 'An archive' },
  missingKey: 'no key',
  noStyleUrl: 'no style URL',
  noPmtilesUrl: 'no archive URL',
  prefix: 'Base: ',
  embedded: 'drawn here',
  osm: '© OSM',
  tianditu: 'TDT',
  review: 'review ',
  failure: (label, kind, status, tianditu) => `${label} failed: ${kind}${status ? ` HTTP ${status}` : ''}${tianditu ? ' (tianditu)' : ''}`,
  layerTiles: 'layer tiles failed',
  datum: 'WGS-84',
};

/** The same in another "language", for rewording. */
export const OTHER_WORDS: BasemapWords = {
  ...TEST_WORDS,
  presets: { embedded: 'OWN BASE', osm: 'OSM!', 'tianditu-vec': 'TDT V', 'tianditu-img': 'TDT I', style: 'STYLE', pmtiles: 'ARCHIVE' },
  prefix: 'BASE: ',
  embedded: 'DRAWN HERE',
  osm: '© OSM!',
  failure: (label, kind) => `${label} FAILED: ${kind}`,
  layerTiles: 'LAYER TILES FAILED',
};

/** A style with only this basemap (and the plan's district source its halo reads), for the style-spec validator. */
export function asStyle(b: Pick<BasemapLayers, 'sources' | 'layers'>): StyleSpecification {
  const district = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
  return { version: 8, glyphs: 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf', sources: { ...b.sources, 'src-district': district }, layers: b.layers };
}

export type Answer = number | 'network' | 'cors' | 'hang';

export async function flush() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

export class FakeNet implements Net {
  time = 0;
  isOnline = true;
  /** By URL substring; the first match answers. */
  answers: [string, Answer][] = [];
  requests: string[] = [];
  private timers: { at: number; f: () => void; id: number }[] = [];
  private nextId = 1;
  private handlers: Record<string, Set<() => void>> = { online: new Set(), offline: new Set() };

  fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    this.requests.push(url);
    if (!this.isOnline) throw new TypeError('Failed to fetch');
    const answer = this.answers.find(([k]) => url.includes(k))?.[1] ?? 200;
    if (answer === 'hang') {
      return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    if (answer === 'network') throw new TypeError('Failed to fetch');
    if (answer === 'cors') {
      if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    }
    return new Response('{}', { status: answer });
  }) as typeof fetch;

  online = () => this.isOnline;
  on(type: 'online' | 'offline', l: () => void) {
    this.handlers[type]?.add(l);
    return () => void this.handlers[type]?.delete(l);
  }
  setTimeout(f: () => void, ms: number) {
    const id = this.nextId++;
    this.timers.push({ at: this.time + ms, f, id });
    return id;
  }
  clearTimeout(id: unknown) {
    this.timers = this.timers.filter((t) => t.id !== id);
  }
  now = () => this.time;
  baseUrl = () => 'http://127.0.0.1/plan-map/';

  /** Moves the clock, running the timers due (and letting promises settle between them). */
  async advance(ms: number) {
    const end = this.time + ms;
    for (;;) {
      await flush();
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = due.at;
      due.f();
    }
    this.time = end;
    await flush();
  }
  goOffline() {
    this.isOnline = false;
    for (const l of this.handlers.offline ?? []) l();
  }
  goOnline() {
    this.isOnline = true;
    for (const l of this.handlers.online ?? []) l();
  }
}

/** Attribution parts as a test reads them: text, a link as `[text](href)`. */
export function shown(parts: readonly AttributionPart[]): string {
  return parts.map((p) => (p.href ? `[${p.text}](${p.href})` : p.text)).join('');
}

export class FakeMap implements BasemapHost {
  shown: BasemapLayers | null = null;
  history: string[] = [];
  busy = false;
  refreshed: string[] = [];
  private failureListeners = new Set<(f: SourceFailure) => void>();
  private tileListeners = new Set<(id: string) => void>();
  attribution: string | null = null;
  async setBasemap(spec: BasemapLayers | null) {
    this.shown = spec;
    this.history.push(spec?.id ?? 'null');
    this.attribution = spec ? shown(spec.attribution) : null;
  }
  setBasemapAttribution(parts: AttributionPart[] | null) {
    this.attribution = parts && shown(parts);
  }
  onSourceFailure(l: (f: SourceFailure) => void) {
    this.failureListeners.add(l);
    return () => void this.failureListeners.delete(l);
  }
  onSourceTile(l: (id: string) => void) {
    this.tileListeners.add(l);
    return () => void this.tileListeners.delete(l);
  }
  sourcesBusy() {
    return this.busy;
  }
  refreshSource(id: string) {
    this.refreshed.push(id);
  }
  getCamera() {
    return CAMERA;
  }
  fail(f: Partial<SourceFailure> & { sourceId: string }) {
    for (const l of this.failureListeners) l({ status: null, url: null, message: 'x', ...f });
  }
  tile(sourceId: string) {
    for (const l of this.tileListeners) l(sourceId);
  }
}
