/**
 * The catalogues' basemap words as the map puts them together: the attribution with 审图号, the one
 * message per cause, the picker's reasons, and rewording zh → en through the manager.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en/index.ts';
import { basemap as zh } from '../../i18n/zh/basemap.ts';
import { attributionOf as partsOf, BasemapManager, failureMessage, presetsOf } from '../../map/basemaps.ts';
import { config, FakeMap, FakeNet, flush, KEY, shown } from '../../map/basemaps/testDoubles.ts';

/** The attribution as a test reads it: text, a link as `[text](href)`. */
const attributionOf = (...a: Parameters<typeof partsOf>) => shown(partsOf(...a));

describe('the basemap words of the catalogues', () => {
  it('attribution in Chinese: the provider and the review number, the basemap’s own before the map’s', () => {
    const c = config({ reviewNumber: '辽S(2025)001号', tianditu: { key: KEY, reviewNumber: 'GS(2024)0001号' } });
    expect(attributionOf('tianditu-vec', c, null, zh)).toBe('底图：[天地图](https://www.tianditu.gov.cn/) · 审图号：GS(2024)0001号');
    expect(attributionOf('osm', c, null, zh)).toContain('审图号：辽S(2025)001号');
    expect(attributionOf('embedded', c, null, zh)).toBe('底图：本项目自绘示意底图（离线） · 审图号：辽S(2025)001号');
    expect(attributionOf('embedded', config(), null, zh)).toBe('底图：本项目自绘示意底图（离线）');
  });

  it('attribution in English', () => {
    const c = config({ reviewNumber: '辽S(2025)001号', tianditu: { key: KEY } });
    expect(attributionOf('embedded', c, null, en.basemap)).toBe('Basemap: schematic, drawn by this project (offline) · map review number: 辽S(2025)001号');
    expect(attributionOf('osm', c, null, en.basemap)).toMatch(/^Basemap: \[© OpenStreetMap contributors\]\(https:\/\/www\.openstreetmap\.org\/copyright\)/);
  });

  it('the picker marks Tianditu without a key', () => {
    expect(presetsOf(config(), zh).find((x) => x.id === 'tianditu-vec')).toMatchObject({ available: false, reason: '本站未开通天地图' });
  });

  it('words the one message by cause and provider', () => {
    const c = config({ tianditu: { key: KEY } });
    expect(failureMessage('tianditu-vec', c, { kind: 'refused', status: 418 }, zh)).toMatch(/^天地图拒绝了密钥（HTTP 418）.*已改用离线示意底图，规划图层照常显示/);
    expect(failureMessage('tianditu-img', c, { kind: 'missing-key', status: null }, zh)).toContain(zh.missingKey);
    expect(failureMessage('osm', c, { kind: 'offline', status: null }, zh)).toMatch(/网络不可用.*网络恢复后自动重试/);
    expect(failureMessage('osm', c, { kind: 'cors', status: null }, zh)).toContain('CORS');
    expect(failureMessage('osm', c, { kind: 'not-found', status: 404 }, zh)).toContain('HTTP 404');
    expect(failureMessage('pmtiles', c, { kind: 'no-range', status: null }, zh)).toContain('Range');
    expect(failureMessage('tianditu-vec', c, { kind: 'refused', status: 418 }, en.basemap)).toMatch(/^Tianditu refused the key \(HTTP 418\).*offline schematic base is shown instead/);
    expect(failureMessage('osm', c, { kind: 'not-found', status: 404 }, en.basemap)).toMatch(/^OpenStreetMap’s address does not exist \(HTTP 404\)/);
  });

  it('rewords the list, the message and the attribution from Chinese to English, keeping the message’s id', async () => {
    const net = new FakeNet();
    const map = new FakeMap();
    const manager = new BasemapManager(map, config({ presets: ['embedded', 'osm'] }), zh, net);
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
    net.goOnline();
    await flush();
    expect(manager.status.phase).toBe('active');
    expect(map.attribution).toMatch(/^Basemap: \[© OpenStreetMap contributors\]/);
    manager.destroy();
  });
});
