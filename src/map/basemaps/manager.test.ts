import { describe, expect, it } from 'vitest';
import { BasemapManager } from './manager.ts';
import { config, FakeMap, FakeNet, flush, KEY, OTHER_WORDS, TEST_WORDS, type Answer } from './testDoubles.ts';

function setup(json: object = {}) {
  const net = new FakeNet();
  const map = new FakeMap();
  const manager = new BasemapManager(map, config({ tianditu: { key: KEY }, retrySeconds: 15, timeoutSeconds: 5, ...json }), TEST_WORDS, net);
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
    expect(manager.status.message).toBe('TDT imagery failed: offline (tianditu)');
    await net.advance(60_000);
    expect(net.requests).toEqual([]);
    net.goOnline();
    await flush();
    expect(manager.status).toMatchObject({ shown: 'tianditu-img', phase: 'active', message: null });
    expect(map.shown?.id).toBe('tianditu-img');
    expect(distinct()).toBe(1);
  });

  it.each([
    [418, 'refused', /refused HTTP 418 \(tianditu\)/],
    [403, 'refused', /refused HTTP 403 \(tianditu\)/],
    [404, 'not-found', /not-found HTTP 404/],
    [503, 'server', /server HTTP 503/],
    ['cors', 'cors', /: cors/],
    ['network', 'network', /: network/],
    ['hang', 'timeout', /: timeout/],
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
    expect(manager.status.message).toBe('TDT vector failed: missing-key (tianditu)');
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

  it('a basemap whose probe passes while its tiles fail backs off, doubling to 5 minutes, with one message', async () => {
    const { net, map, manager, distinct } = setup();
    const activations: number[] = [];
    let last = '';
    manager.subscribe((s) => {
      if (s.phase === 'active' && last !== 'active') {
        activations.push(net.now());
        queueMicrotask(() => map.fail({ sourceId: 'basemap-osm', status: 500 }));
      }
      last = s.phase;
    });
    await manager.choose('osm');
    await net.advance(20 * 60_000);
    const gaps = activations.slice(1).map((t, i) => t - (activations[i] ?? 0));
    expect(gaps.slice(0, 7)).toEqual([15_000, 30_000, 60_000, 120_000, 240_000, 300_000, 300_000]);
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
    expect(manager.status.message).toBe('OSM failed: offline');
    expect(map.attribution).toBe('Base: drawn here');
    const id = manager.status.messageId;
    manager.setWords(OTHER_WORDS);
    expect(manager.status.message).toBe('OSM! FAILED: offline');
    expect(manager.status.messageId).toBe(id);
    expect(manager.status.presets.map((p) => p.label)).toEqual(['OWN BASE', 'OSM!']);
    expect(map.attribution).toBe('BASE: DRAWN HERE');
    // Back online, the basemap comes back with the other words' attribution.
    net.goOnline();
    await flush();
    expect(manager.status.phase).toBe('active');
    expect(map.attribution).toBe('BASE: [© OSM!](https://www.openstreetmap.org/copyright)');
    expect(distinct()).toBe(1);
  });

  it('failing tiles of a plan tile layer: one message, reloaded when online, cleared by the next tile', async () => {
    const { net, map, manager, distinct } = setup();
    for (let i = 0; i < 20; i++) map.fail({ sourceId: 'src-parcels', status: null });
    expect(manager.status.message).toBe(TEST_WORDS.layerTiles);
    net.goOnline();
    expect(map.refreshed).toEqual(['src-parcels']);
    map.tile('src-parcels');
    expect(manager.status.message).toBeNull();
    expect(distinct()).toBe(1);
  });
});
