import { describe, expect, it } from 'vitest';
import { attributionOf as partsOf } from './attribution.ts';
import { failureMessage, presetsOf } from './presets.ts';
import { config, KEY, shown, TEST_WORDS as W } from './testDoubles.ts';

const attributionOf = (...a: Parameters<typeof partsOf>) => shown(partsOf(...a));

describe('attribution', () => {
  it('shows the provider and the review number, the basemap’s own before the map’s', () => {
    const c = config({ reviewNumber: '辽S(2025)001号', tianditu: { key: KEY, reviewNumber: 'GS(2024)0001号' } });
    expect(attributionOf('tianditu-vec', c, null, W)).toBe('Base: [TDT](https://www.tianditu.gov.cn/) · review GS(2024)0001号');
    expect(attributionOf('osm', c, null, W)).toBe('Base: [© OSM](https://www.openstreetmap.org/copyright) · review 辽S(2025)001号');
    expect(attributionOf('embedded', c, null, W)).toBe('Base: drawn here · review 辽S(2025)001号');
    expect(attributionOf('embedded', config(), null, W)).toBe('Base: drawn here');
  });

  it('names a style or an archive by its configured attribution, else its own, else its name', () => {
    expect(attributionOf('style', config({ style: { url: 's.json', attribution: 'Mine' } }), 'Theirs', W)).toBe('Base: Mine');
    expect(attributionOf('style', config({ style: { url: 's.json' } }), 'Theirs', W)).toBe('Base: Theirs');
    expect(attributionOf('pmtiles', config({ pmtiles: { url: 'a.pmtiles', name: 'Town' } }), null, W)).toBe('Base: Town');
  });

  it('keeps text from the configuration as text, with no link (the control writes text nodes)', () => {
    const c = config({ reviewNumber: '<img src=x onerror=alert(1)>', style: { url: 's.json', attribution: '© <b>x</b>' } });
    expect(partsOf('style', c, null, W)).toEqual([{ text: 'Base: ' }, { text: '© <b>x</b>' }, { text: ' · review <img src=x onerror=alert(1)>' }]);
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
