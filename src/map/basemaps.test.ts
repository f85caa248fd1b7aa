import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en/index.ts';
import { applyConfigText, defaultBasemapConfig, type BasemapConfig } from './basemapConfig.ts';
import {
  attributionOf,
  BasemapManager,
  expandSubdomains,
  failureMessage,
  fetchOrFail,
  importStyle,
  kindOfStatus,
  LAYER_TILES_MESSAGE,
  MISSING_TIANDITU_KEY,
  osmBasemap,
  pmtilesBasemap,
  presetsOf,
  probeTileUrl,
  statusInMessage,
  tiandituBasemap,
  tileAt,
  type BasemapHost,
  type BasemapLayers,
  type Net,
  type SourceFailure,
} from './basemaps.ts';

const KEY = '0123456789abcdef0123456789abcdef';
const config = (json: object = {}): BasemapConfig => applyConfigText(defaultBasemapConfig(), JSON.stringify({ basemap: json }));
/** The district, roughly. */
const CAMERA = { center: [122.07, 41.12] as [number, number], zoom: 11.4 };

/** A style with only this basemap (and the plan's district source its halo reads), for the style-spec validator. */
function asStyle(b: BasemapLayers): StyleSpecification {
  const district = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
  return { version: 8, glyphs: 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf', sources: { ...b.sources, 'src-district': district }, layers: b.layers };
}

describe('tile URLs', () => {
  it('Tianditu: eight subdomains of the _w WMTS layers, XYZ placeholders, the key', () => {
    const b = tiandituBasemap('tianditu-vec', config({ tianditu: { key: KEY } }));
    expect(Object.keys(b.sources)).toEqual(['basemap-tianditu-vec', 'basemap-tianditu-cva']);
    expect(b.layers.map((l) => l.id)).toEqual(['basemap-tianditu-vec', 'basemap-tianditu-cva', 'basemap-district-halo']);
    const vec = b.sources['basemap-tianditu-vec'];
    if (vec?.type !== 'raster' || !vec.tiles) throw new Error('raster source expected');
    expect(vec.tiles).toHaveLength(8);
    expect(vec.tiles[3]).toBe(
      `https://t3.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${KEY}`,
    );
    const img = tiandituBasemap('tianditu-img', config({ tianditu: { key: KEY } }));
    expect(Object.keys(img.sources)).toEqual(['basemap-tianditu-img', 'basemap-tianditu-cia']);
    expect(validateStyleMin(asStyle(b))).toEqual([]);
  });

  it('Tianditu without a key is a missing-key failure, and the picker says so', () => {
    expect(() => tiandituBasemap('tianditu-img', config())).toThrow(expect.objectContaining({ kind: 'missing-key' }) as Error);
    const p = presetsOf(config()).find((x) => x.id === 'tianditu-vec');
    expect(p).toMatchObject({ available: false, reason: MISSING_TIANDITU_KEY });
    expect(presetsOf(config()).find((x) => x.id === 'embedded')?.available).toBe(true);
  });

  it('expands {a-c} and {0-7}', () => {
    expect(expandSubdomains('https://{a-c}.tile.example/{z}/{x}/{y}.png')).toEqual([
      'https://a.tile.example/{z}/{x}/{y}.png',
      'https://b.tile.example/{z}/{x}/{y}.png',
      'https://c.tile.example/{z}/{x}/{y}.png',
    ]);
    expect(expandSubdomains('https://tile.example/{z}/{x}/{y}.png')).toHaveLength(1);
  });

  it('finds the tile of a point and the URL MapLibre would ask for', () => {
    expect(tileAt(0, 0, 1)).toEqual({ z: 1, x: 1, y: 1 });
    expect(tileAt(122.07, 41.12, 11)).toEqual({ z: 11, x: 1718, y: 766 });
    expect(probeTileUrl(['https://t/{z}/{x}/{y}.png'], CAMERA, 0, 19)).toBe('https://t/11/1718/766.png');
    // Clamped into the source's zoom range.
    expect(probeTileUrl(['https://t/{z}/{x}/{y}.png'], { ...CAMERA, zoom: 3 }, 5, 9)).toMatch(/^https:\/\/t\/5\//);
  });

  it('OSM: raster tiles from the configured URL, attribution with the copyright link', () => {
    const b = osmBasemap(config({ osm: { url: 'https://osm.mirror.example/{z}/{x}/{y}.png' } }));
    expect(b.sources['basemap-osm']).toMatchObject({ type: 'raster', tiles: ['https://osm.mirror.example/{z}/{x}/{y}.png'] });
    expect(b.hideEmbedded).toBe(true);
    expect(b.attribution).toContain('openstreetmap.org/copyright');
    expect(validateStyleMin(asStyle(b))).toEqual([]);
  });
});

describe('attribution', () => {
  it('shows the provider and the review number, the basemap’s own before the map’s', () => {
    const c = config({ reviewNumber: '辽S(2025)001号', tianditu: { key: KEY, reviewNumber: 'GS(2024)0001号' } });
    expect(attributionOf('tianditu-vec', c)).toMatch(/^底图：<a [^>]*tianditu[^>]*>天地图<\/a> · 审图号：GS\(2024\)0001号$/);
    expect(attributionOf('osm', c)).toContain('审图号：辽S(2025)001号');
    expect(attributionOf('embedded', c)).toBe('底图：本项目自绘示意底图（离线） · 审图号：辽S(2025)001号');
    expect(attributionOf('embedded', config())).toBe('底图：本项目自绘示意底图（离线）');
  });

  it('words the attribution in English with the English words', () => {
    const c = config({ reviewNumber: '辽S(2025)001号', tianditu: { key: KEY } });
    expect(attributionOf('embedded', c, null, en.basemap)).toBe('Basemap: schematic, drawn by this project (offline) · map review number: 辽S(2025)001号');
    expect(attributionOf('osm', c, null, en.basemap)).toMatch(/^Basemap: <a [^>]*openstreetmap[^>]*>© OpenStreetMap contributors<\/a>/);
  });

  it('escapes text from the configuration (MapLibre writes attribution as HTML)', () => {
    const c = config({ reviewNumber: '<img src=x onerror=alert(1)>', style: { url: 's.json', attribution: '© <b>x</b>' } });
    expect(attributionOf('style', c)).not.toMatch(/<img|<b>/);
  });
});

describe('a foreign MapLibre style', () => {
  const foreign = {
    version: 8,
    sprite: 'https://tiles.example.org/sprite',
    glyphs: 'https://tiles.example.org/fonts/{fontstack}/{range}.pbf',
    sources: {
      omt: { type: 'vector', url: 'tiles.json', attribution: '<a href="https://openmaptiles.org">© OpenMapTiles</a>' },
      hill: { type: 'raster', tiles: ['../hill/{z}/{x}/{y}.png'], tileSize: 256 },
      pic: { type: 'image', url: 'a.png', coordinates: [[0, 0], [1, 0], [1, 1], [0, 1]] },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f8f4f0', 'background-pattern': 'dots' } },
      { id: 'water', type: 'fill', source: 'omt', 'source-layer': 'water', paint: { 'fill-color': '#aad' } },
      { id: 'hillshade', type: 'raster', source: 'hill' },
      { id: 'picture', type: 'raster', source: 'pic' },
      { id: 'poi-icons', type: 'symbol', source: 'omt', 'source-layer': 'poi', layout: { 'icon-image': 'shop' } },
      { id: 'place', type: 'symbol', source: 'omt', 'source-layer': 'place', layout: { 'text-field': '{name}', 'text-font': ['Open Sans Bold'], 'icon-image': 'dot' } },
    ],
  };

  it('prefixes ids, resolves URLs against the style, keeps only what it can draw', () => {
    const s = importStyle(foreign, 'https://tiles.example.org/styles/basic/style.json');
    expect(Object.keys(s.sources)).toEqual(['basemap-style-omt', 'basemap-style-hill']);
    expect(s.sources['basemap-style-omt']).toMatchObject({ url: 'https://tiles.example.org/styles/basic/tiles.json' });
    expect(s.sources['basemap-style-hill']).toMatchObject({ tiles: ['https://tiles.example.org/styles/hill/{z}/{x}/{y}.png'] });
    expect(s.layers.map((l) => l.id)).toEqual(['basemap-style-background', 'basemap-style-water', 'basemap-style-hillshade', 'basemap-style-place']);
    expect(s.dropped).toEqual(['source pic (image)', 'layer picture', 'layer poi-icons (icons only)']);
    expect(s.attribution).toBe('© OpenMapTiles');
    expect(validateStyleMin({ version: 8, glyphs: 'http://x/{fontstack}/{range}.pbf', sources: s.sources, layers: s.layers })).toEqual([]);
  });

  it('draws labels with the project’s font (the map has one glyph set) and leaves icons and patterns out', () => {
    const s = importStyle(foreign, 'https://tiles.example.org/style.json');
    const place = s.layers.find((l) => l.id === 'basemap-style-place');
    expect(place?.layout).toEqual({ 'text-field': '{name}', 'text-font': ['Noto Sans Regular'] });
    expect(s.layers[0]?.paint).toEqual({ 'background-color': '#f8f4f0' });
  });

  it('refuses what is not a style', () => {
    expect(() => importStyle({ version: 7 }, 'https://x/')).toThrow(expect.objectContaining({ kind: 'invalid' }) as Error);
  });
});

describe('a PMTiles archive', () => {
  const info = { tileType: 1, minZoom: 0, maxZoom: 14, bounds: [121, 40, 123, 42] as [number, number, number, number], attribution: null };

  it('vector: a quiet drawing of its layers over an opaque background, labels on top', () => {
    const b = pmtilesBasemap(config({ pmtiles: { url: 'a.pmtiles' } }), 'pmtiles://http://h/a.pmtiles', {
      ...info,
      vectorLayers: ['earth', 'water', 'roads', 'places', 'parcels'],
    });
    expect(b.sources['basemap-pmtiles']).toEqual({ type: 'vector', url: 'pmtiles://http://h/a.pmtiles' });
    expect(b.layers[0]?.type).toBe('background');
    expect(b.layers.at(-2)?.id).toBe('basemap-pmtiles-places-label');
    expect(b.layers.at(-1)?.id).toBe('basemap-district-halo');
    expect(b.layers.map((l) => l.id)).toContain('basemap-pmtiles-roads-casing');
    expect(b.layers.map((l) => l.id)).toContain('basemap-pmtiles-parcels-fill');
    expect(validateStyleMin(asStyle(b))).toEqual([]);
  });

  it('raster: one raster layer with the configured tile size', () => {
    const b = pmtilesBasemap(config({ pmtiles: { url: 'a.pmtiles', tileSize: 512 } }), 'pmtiles://http://h/a.pmtiles', { ...info, tileType: 2, vectorLayers: [] });
    expect(b.sources['basemap-pmtiles']).toEqual({ type: 'raster', url: 'pmtiles://http://h/a.pmtiles', tileSize: 512 });
    expect(b.layers.map((l) => l.type)).toEqual(['raster', 'line']);
  });
});

describe('failures', () => {
  it('classifies HTTP statuses', () => {
    expect([401, 403, 418, 429, 404, 410, 500, 503].map(kindOfStatus)).toEqual([
      'refused',
      'refused',
      'refused',
      'refused',
      'not-found',
      'not-found',
      'server',
      'server',
    ]);
    expect(statusInMessage('Bad response code: 404')).toBe(404);
    expect(statusInMessage('Failed to fetch')).toBeNull();
  });

  it('words the one message by cause and provider', () => {
    const c = config({ tianditu: { key: KEY } });
    expect(failureMessage('tianditu-vec', c, { kind: 'refused', status: 418 })).toMatch(/^天地图拒绝了密钥（HTTP 418）.*已改用离线示意底图，规划图层照常显示/);
    expect(failureMessage('tianditu-img', c, { kind: 'missing-key', status: null })).toContain(MISSING_TIANDITU_KEY);
    expect(failureMessage('osm', c, { kind: 'offline', status: null })).toMatch(/网络不可用.*网络恢复后自动重试/);
    expect(failureMessage('osm', c, { kind: 'cors', status: null })).toContain('CORS');
    expect(failureMessage('osm', c, { kind: 'not-found', status: 404 })).toContain('HTTP 404');
    expect(failureMessage('pmtiles', c, { kind: 'no-range', status: null })).toContain('Range');
    expect(failureMessage('tianditu-vec', c, { kind: 'refused', status: 418 }, en.basemap)).toMatch(/^Tianditu refused the key \(HTTP 418\).*offline schematic base is shown instead/);
    expect(failureMessage('osm', c, { kind: 'not-found', status: 404 }, en.basemap)).toMatch(/^OpenStreetMap’s address does not exist \(HTTP 404\)/);
  });
});

/* ---------------------------------------------------------------------------------------------- */
/* The state machine, with a fake map and a fake network */

type Answer = number | 'network' | 'cors' | 'hang';

class FakeNet implements Net {
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

async function flush() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

class FakeMap implements BasemapHost {
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
    this.attribution = spec?.attribution ?? null;
  }
  setBasemapAttribution(html: string | null) {
    this.attribution = html;
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

function setup(json: object = {}) {
  const net = new FakeNet();
  const map = new FakeMap();
  const manager = new BasemapManager(map, config({ tianditu: { key: KEY }, retrySeconds: 15, timeoutSeconds: 5, ...json }), net);
  const messages: string[] = [];
  manager.subscribe((s) => {
    if (s.message && messages.at(-1) !== `${s.messageId}:${s.message}`) messages.push(`${s.messageId}:${s.message}`);
  });
  /** Distinct messages shown (same id = the same message, possibly reworded). */
  const distinct = () => new Set(messages.map((m) => m.split(':')[0])).size;
  return { net, map, manager, distinct };
}

describe('BasemapManager', () => {
  it('shows an online basemap once its server answered, and the embedded base again on request', async () => {
    const { net, map, manager } = setup();
    await manager.choose('osm');
    expect(net.requests).toEqual(['https://tile.openstreetmap.org/11/1718/766.png']);
    expect(manager.status).toMatchObject({ chosen: 'osm', shown: 'osm', phase: 'active', message: null });
    expect(map.shown?.id).toBe('osm');
    await manager.choose('embedded');
    expect(map.shown).toMatchObject({ id: 'embedded', layers: [] });
    expect(manager.status.phase).toBe('embedded');
  });

  it('offline at the start: stays on the embedded base with one message, no request; back when online', async () => {
    const { net, map, manager, distinct } = setup();
    net.isOnline = false;
    await manager.choose('tianditu-img');
    expect(net.requests).toEqual([]);
    expect(manager.status).toMatchObject({ shown: 'embedded', phase: 'fallback', failure: { kind: 'offline' } });
    expect(manager.status.message).toMatch(/网络不可用/);
    await net.advance(60_000);
    expect(net.requests).toEqual([]);
    net.goOnline();
    await flush();
    expect(manager.status).toMatchObject({ shown: 'tianditu-img', phase: 'active', message: null });
    expect(map.shown?.id).toBe('tianditu-img');
    expect(distinct()).toBe(1);
  });

  it.each([
    [418, 'refused', /天地图拒绝了密钥（HTTP 418）/],
    [403, 'refused', /天地图拒绝了密钥（HTTP 403）/],
    [404, 'not-found', /HTTP 404/],
    [503, 'server', /HTTP 503/],
    ['cors', 'cors', /跨域/],
    ['network', 'network', /无法连接/],
    ['hang', 'timeout', /超时/],
  ] as [Answer, string, RegExp][])('a probe answered %s: %s, one message, retried until it works', async (answer, kind, text) => {
    const { net, map, manager, distinct } = setup();
    net.answers = [['tianditu.gov.cn', answer]];
    const chosen = manager.choose('tianditu-vec');
    await net.advance(5_000);
    await chosen;
    expect(manager.status).toMatchObject({ shown: 'embedded', phase: 'fallback', failure: { kind } });
    expect(manager.status.message).toMatch(text);
    expect(map.shown?.id).toBe('embedded');
    // Retries fail quietly: still the one message.
    await net.advance(15_000 + 30_000 + 5_000 * 3);
    expect(distinct()).toBe(1);
    net.answers = [];
    await net.advance(60_000 + 5_000);
    expect(manager.status).toMatchObject({ shown: 'tianditu-vec', phase: 'active', message: null });
    expect(distinct()).toBe(1);
  });

  it('a missing key: the message, and no retry', async () => {
    const { net, manager } = setup({ tianditu: { key: null } });
    await manager.choose('tianditu-vec');
    expect(manager.status.message).toContain(MISSING_TIANDITU_KEY);
    await net.advance(600_000);
    net.goOnline();
    await flush();
    expect(net.requests).toEqual([]);
    expect(manager.status.phase).toBe('fallback');
  });

  it('a flood of tile errors is one fallback and one message', async () => {
    const { map, manager, distinct } = setup();
    await manager.choose('osm');
    map.tile('basemap-osm');
    for (let i = 0; i < 50; i++) map.fail({ sourceId: 'basemap-osm', status: 500, url: `https://tile.openstreetmap.org/12/${i}/1.png` });
    await flush();
    expect(manager.status).toMatchObject({ phase: 'fallback', failure: { kind: 'server', status: 500 } });
    expect(map.history.filter((h) => h === 'embedded')).toHaveLength(1);
    expect(distinct()).toBe(1);
  });

  it('one failed tile among loaded ones is not a failure; a refused key is at once', async () => {
    const { map, manager } = setup();
    await manager.choose('tianditu-vec');
    map.tile('basemap-tianditu-vec');
    map.fail({ sourceId: 'basemap-tianditu-vec', status: 500 });
    await flush();
    expect(manager.status.phase).toBe('active');
    map.fail({ sourceId: 'basemap-tianditu-cva', status: 418 });
    await flush();
    expect(manager.status).toMatchObject({ phase: 'fallback', failure: { kind: 'refused', status: 418 } });
  });

  it('tile errors without a status are told apart: CORS refusal or no network', async () => {
    const { net, map, manager } = setup();
    await manager.choose('osm');
    net.answers = [['openstreetmap', 'cors']];
    map.fail({ sourceId: 'basemap-osm', url: 'https://tile.openstreetmap.org/11/1718/766.png' });
    await flush();
    expect(manager.status.failure?.kind).toBe('cors');
  });

  it('going offline falls back at once; coming online restores and clears the message', async () => {
    const { net, map, manager, distinct } = setup();
    await manager.choose('osm');
    map.tile('basemap-osm');
    net.goOffline();
    await flush();
    expect(manager.status).toMatchObject({ shown: 'embedded', failure: { kind: 'offline' } });
    // Errors of tiles in flight change nothing.
    map.fail({ sourceId: 'basemap-osm', status: null });
    net.goOnline();
    await flush();
    expect(manager.status).toMatchObject({ shown: 'osm', phase: 'active', message: null });
    expect(distinct()).toBe(1);
  });

  it('tiles that never arrive count as a timeout', async () => {
    const { net, map, manager } = setup();
    await manager.choose('osm');
    map.busy = true;
    await net.advance(4_000);
    expect(manager.status.phase).toBe('active');
    await net.advance(3_000);
    expect(manager.status).toMatchObject({ phase: 'fallback', failure: { kind: 'timeout' } });
  });

  it('a new choice while one fails ends the old episode (its retries stop)', async () => {
    const { net, manager } = setup();
    net.answers = [['openstreetmap', 404]];
    await manager.choose('osm');
    expect(manager.status.phase).toBe('fallback');
    await manager.choose('embedded');
    const before = net.requests.length;
    await net.advance(120_000);
    expect(net.requests.length).toBe(before);
    expect(manager.status.message).toBeNull();
  });

  it('rewords the list, the message and the attribution in another language, keeping the message’s id', async () => {
    const { net, map, manager, distinct } = setup({ presets: ['embedded', 'osm'] });
    net.isOnline = false;
    await manager.choose('osm');
    expect(manager.status.message).toMatch(/网络不可用/);
    expect(map.attribution).toMatch(/^底图：本项目自绘示意底图/);
    const id = manager.status.messageId;
    manager.setWords(en.basemap);
    expect(manager.status.message).toMatch(/^The network is unavailable; OpenStreetMap cannot load/);
    expect(manager.status.messageId).toBe(id);
    expect(manager.status.presets.map((p) => p.label)).toEqual(['Offline schematic base', 'OpenStreetMap']);
    expect(map.attribution).toMatch(/^Basemap: schematic, drawn by this project/);
    // Back online, the basemap comes back with the English attribution.
    net.goOnline();
    await flush();
    expect(manager.status.phase).toBe('active');
    expect(map.attribution).toMatch(/^Basemap: <a [^>]*>© OpenStreetMap contributors/);
    expect(distinct()).toBe(1);
  });

  it('failing tiles of a plan tile layer: one message, reloaded when online, cleared by the next tile', async () => {
    const { net, map, manager, distinct } = setup();
    for (let i = 0; i < 20; i++) map.fail({ sourceId: 'src-parcels', status: null });
    expect(manager.status.message).toBe(LAYER_TILES_MESSAGE);
    net.goOnline();
    expect(map.refreshed).toEqual(['src-parcels']);
    map.tile('src-parcels');
    expect(manager.status.message).toBeNull();
    expect(distinct()).toBe(1);
  });
});

describe('fetchOrFail', () => {
  it('passes a 2xx answer and names the failure otherwise', async () => {
    const net = new FakeNet();
    await expect(fetchOrFail('https://a/ok', net, 1000)).resolves.toBeInstanceOf(Response);
    net.answers = [['a/', 418]];
    await expect(fetchOrFail('https://a/x', net, 1000)).rejects.toMatchObject({ kind: 'refused', status: 418 });
    net.isOnline = false;
    await expect(fetchOrFail('https://a/x', net, 1000)).rejects.toMatchObject({ kind: 'offline' });
  });
});
