import { describe, expect, it } from 'vitest';
import { applyConfigText, defaultBasemapConfig, fromEnv, loadBasemapConfig, OSM_TILE_URL, PRESET_IDS } from './basemapConfig.ts';
import { readRepoFile } from '../../tests/support/project.ts';

const KEY = '0123456789abcdef0123456789abcdef';
const read = readRepoFile;

describe('basemap configuration from the environment', () => {
  it('defaults to the embedded base with every preset offered and no key', () => {
    const c = fromEnv({});
    expect(c.default).toBe('embedded');
    expect(c.presets).toEqual([...PRESET_IDS]);
    expect(c.tianditu.key).toBeNull();
    expect(c.osm.url).toBe(OSM_TILE_URL);
    expect(c.reviewNumber).toBeNull();
  });

  it('reads the VITE_ variables (blank ones count as unset)', () => {
    const c = fromEnv({
      VITE_BASEMAP_DEFAULT: 'tianditu-img',
      VITE_TIANDITU_KEY: ` ${KEY} `,
      VITE_MAP_REVIEW_NUMBER: '辽S(2024)001号',
      VITE_STYLE_URL: 'https://tiles.example.org/style.json',
      VITE_PMTILES_URL: '  ',
    });
    expect(c.default).toBe('tianditu-img');
    expect(c.tianditu.key).toBe(KEY);
    expect(c.reviewNumber).toBe('辽S(2024)001号');
    expect(c.style.url).toBe('https://tiles.example.org/style.json');
    expect(c.pmtiles.url).toBeNull();
  });

  it('reports an unknown default and keeps the embedded base', () => {
    const notices: string[] = [];
    expect(fromEnv({ VITE_BASEMAP_DEFAULT: 'google' }, notices).default).toBe('embedded');
    expect(notices[0]).toContain('google');
  });
});

describe('config.json', () => {
  const base = () => fromEnv({ VITE_TIANDITU_KEY: KEY, VITE_STYLE_URL: 'env-style.json' });

  it('wins over the environment, key by key', () => {
    const c = applyConfigText(
      base(),
      JSON.stringify({
        basemap: { default: 'pmtiles', pmtiles: { url: 'basemap.pmtiles', tileSize: 512 }, tianditu: { reviewNumber: 'GS(2024)0001号' }, retrySeconds: 5 },
      }),
    );
    expect(c.default).toBe('pmtiles');
    expect(c.pmtiles).toMatchObject({ url: 'basemap.pmtiles', tileSize: 512 });
    expect(c.tianditu).toEqual({ key: KEY, reviewNumber: 'GS(2024)0001号' });
    expect(c.style.url).toBe('env-style.json');
    expect(c.retrySeconds).toBe(5);
  });

  it('null clears a value the environment set', () => {
    expect(applyConfigText(base(), '{"basemap":{"tianditu":{"key":null}}}').tianditu.key).toBeNull();
  });

  it('always offers the embedded base, first', () => {
    expect(applyConfigText(base(), '{"basemap":{"presets":["tianditu-vec","osm"]}}').presets).toEqual(['embedded', 'tianditu-vec', 'osm']);
  });

  it('ignores a file that is not JSON, with a notice', () => {
    const notices: string[] = [];
    expect(applyConfigText(base(), '{ basemap: ', notices)).toEqual(base());
    expect(notices[0]).toMatch(/不是有效的 JSON/);
  });

  it.each([
    ['an unknown preset', { default: 'google' }, 'default'],
    ['a typo in a key', { tiandtu: { key: KEY } }, 'tiandtu'],
    ['a malformed Tianditu key', { tianditu: { key: 'abc 123' } }, 'tianditu.key'],
    ['a javascript: URL', { style: { url: 'javascript:alert(1)' } }, 'style.url'],
    ['an OSM URL without {z}', { osm: { url: 'https://tiles.example.org/tile.png' } }, 'osm.url'],
    ['an odd tile size', { pmtiles: { url: 'a.pmtiles', tileSize: 300 } }, 'pmtiles.tileSize'],
  ])('rejects %s as a whole, naming the path', (_name, basemap, path) => {
    const notices: string[] = [];
    expect(applyConfigText(base(), JSON.stringify({ basemap }), notices)).toEqual(base());
    expect(notices.join('\n')).toContain(path);
  });

  it('leaves keys outside `basemap` to others', () => {
    expect(applyConfigText(base(), '{"somethingElse":1}')).toEqual(base());
  });

  it('the shipped config.json and config.example.json are valid', () => {
    for (const file of ['public/config.json', 'public/config.example.json']) {
      const notices: string[] = [];
      applyConfigText(defaultBasemapConfig(), read(file), notices);
      expect(notices, file).toEqual([]);
    }
  });
});

describe('loadBasemapConfig', () => {
  const fakeFetch = (status: number, body: string) => (async () => new Response(body, { status })) as unknown as typeof fetch;

  it('uses the environment alone when config.json is absent or unreachable', async () => {
    const absent = await loadBasemapConfig({ env: { VITE_BASEMAP_DEFAULT: 'osm' }, url: 'http://x/config.json', fetch: fakeFetch(404, '') });
    expect(absent.config.default).toBe('osm');
    expect(absent.notices).toEqual([]);
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect((await loadBasemapConfig({ env: {}, url: 'http://x/config.json', fetch: failing })).config).toEqual(defaultBasemapConfig());
  });

  it('lays config.json over the environment', async () => {
    const r = await loadBasemapConfig({ env: { VITE_BASEMAP_DEFAULT: 'osm' }, url: 'http://x/config.json', fetch: fakeFetch(200, '{"basemap":{"default":"embedded"}}') });
    expect(r.config.default).toBe('embedded');
  });
});

describe('config.json URLs are judged as the browser parses them', () => {
  it.each(['java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)', 'https://www.tianditu.gov.cn@evil.example/s.json'])(
    'refuses %j',
    (u) => {
      const notices: string[] = [];
      const c = applyConfigText(defaultBasemapConfig(), JSON.stringify({ basemap: { style: { url: u }, pmtiles: { url: u } } }), notices);
      expect(c.style.url).toBeNull();
      expect(c.pmtiles.url).toBeNull();
      expect(notices.length).toBeGreaterThan(0);
    },
  );

  it('keeps https URLs and paths relative to the page', () => {
    const c = applyConfigText(defaultBasemapConfig(), JSON.stringify({ basemap: { style: { url: 'https://tiles.example.org/style.json' }, pmtiles: { url: '../maps/a.pmtiles' } } }));
    expect(c.style.url).toBe('https://tiles.example.org/style.json');
    expect(c.pmtiles.url).toBe('../maps/a.pmtiles');
  });
});

describe('a config.json that never answers', () => {
  it('is given up after the timeout: the environment alone, with a notice', async () => {
    const hang = ((_u: string, init?: RequestInit) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    const started = Date.now();
    const { config, notices } = await loadBasemapConfig({ env: { VITE_BASEMAP_DEFAULT: 'osm' }, url: 'http://127.0.0.1/config.json', fetch: hang, timeoutMs: 50 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(config.default).toBe('osm');
    expect(notices.join(' ')).toMatch(/config\.json/);
  });
});
