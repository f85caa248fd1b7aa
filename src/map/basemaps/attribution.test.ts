import { describe, expect, it } from 'vitest';
import { attributionOf } from './attribution.ts';
import { failureMessage, presetsOf } from './presets.ts';
import { config, KEY, TEST_WORDS as W } from './testDoubles.ts';

describe('attribution', () => {
  it('shows the provider and the review number, the basemap’s own before the map’s', () => {
    const c = config({ reviewNumber: '辽S(2025)001号', tianditu: { key: KEY, reviewNumber: 'GS(2024)0001号' } });
    expect(attributionOf('tianditu-vec', c, null, W)).toMatch(/^Base: <a [^>]*tianditu[^>]*>TDT<\/a> · review GS\(2024\)0001号$/);
    expect(attributionOf('osm', c, null, W)).toMatch(/^Base: <a [^>]*openstreetmap.org\/copyright[^>]*>© OSM<\/a> · review 辽S\(2025\)001号$/);
    expect(attributionOf('embedded', c, null, W)).toBe('Base: drawn here · review 辽S(2025)001号');
    expect(attributionOf('embedded', config(), null, W)).toBe('Base: drawn here');
  });

  it('names a style or an archive by its configured attribution, else its own, else its name', () => {
    expect(attributionOf('style', config({ style: { url: 's.json', attribution: 'Mine' } }), 'Theirs', W)).toBe('Base: Mine');
    expect(attributionOf('style', config({ style: { url: 's.json' } }), 'Theirs', W)).toBe('Base: Theirs');
    expect(attributionOf('pmtiles', config({ pmtiles: { url: 'a.pmtiles', name: 'Town' } }), null, W)).toBe('Base: Town');
  });

  it('escapes text from the configuration (MapLibre writes attribution as HTML)', () => {
    const c = config({ reviewNumber: '<img src=x onerror=alert(1)>', style: { url: 's.json', attribution: '© <b>x</b>' } });
    expect(attributionOf('style', c, null, W)).not.toMatch(/<img|<b>/);
  });
});

describe('presets and messages', () => {
  it('marks what the configuration cannot serve, with the reason', () => {
    const p = presetsOf(config(), W);
    expect(p.find((x) => x.id === 'tianditu-vec')).toMatchObject({ available: false, reason: 'no key' });
    expect(p.find((x) => x.id === 'style')).toMatchObject({ available: false, reason: 'no style URL' });
    expect(p.find((x) => x.id === 'pmtiles')).toMatchObject({ available: false, reason: 'no archive URL' });
    expect(p.find((x) => x.id === 'embedded')).toMatchObject({ available: true, label: 'Own base' });
  });

  it('words the one message by the preset’s label, the cause, the status and whether it is Tianditu', () => {
    const c = config({ tianditu: { key: KEY }, style: { url: 's.json', name: 'City style' } });
    expect(failureMessage('tianditu-vec', c, { kind: 'refused', status: 418 }, W)).toBe('TDT vector failed: refused HTTP 418 (tianditu)');
    expect(failureMessage('osm', c, { kind: 'offline', status: null }, W)).toBe('OSM failed: offline');
    expect(failureMessage('style', c, { kind: 'cors', status: null }, W)).toBe('City style failed: cors');
  });
});
