import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERIODS, STATUSES, type Period, type Status } from '../featureSchema.ts';
import { THEMES, type Theme } from '../layerRegistry.ts';
import {
  defaultShareState,
  FIRST_YEAR,
  formatCamera,
  LANGS,
  LAST_YEAR,
  MAX_PITCH,
  MAX_ZOOM,
  PANELS,
  parseShareState,
  serializeShareState,
  SHARE_PARAMS,
  shareContextOf,
  type Camera,
  type LinkNotice,
  type ShareContext,
  type ShareState,
} from './shareState.ts';
import { COLOUR_BY } from '../palette.ts';
import { loadTestProject, readRepoFile } from '../../../tests/support/project.ts';

const read = readRepoFile;
const { plan, store } = loadTestProject();
const known = shareContextOf(plan, store);
const bounds = known.cameraBounds ?? [0, 0, 0, 0];

const layerIds = store.layers.map((l) => l.id);
const subdistrictIds = [...new Set([...store.byId.values()].filter((f) => f.properties.layer === 'subdistricts').map((f) => f.properties.id))];
const featureIds = [...store.byId.keys()];
const planIds = [...plan.byId.keys()];

/** Parsed; the notices stay codes (their words are tested in src/i18n/link.test.ts). */
const parse = (search: string, ctx: ShareContext = known) => parseShareState(search, ctx);
const paramOf = (n: LinkNotice) => ('param' in n ? n.param : null);
const state = (s: Partial<ShareState>): ShareState => ({ ...defaultShareState(known), ...s });

/** A state as plain JSON: sets as sorted arrays, the opacity map as an object; defaults left out. */
function toJson(s: ShareState): Record<string, unknown> {
  const d = defaultShareState(known);
  const out: Record<string, unknown> = {};
  if (s.camera) out.camera = s.camera;
  const hidden = [...s.hiddenLayers].sort();
  if (JSON.stringify(hidden) !== JSON.stringify([...d.hiddenLayers].sort())) out.hiddenLayers = hidden;
  if (s.opacity.size > 0) out.opacity = Object.fromEntries([...s.opacity].sort());
  const filter: Record<string, string[]> = {};
  for (const k of ['statuses', 'periods', 'themes', 'subdistricts'] as const) {
    if (s.filter[k].size > 0) filter[k] = [...s.filter[k]].sort();
  }
  if (Object.keys(filter).length > 0) out.filter = filter;
  for (const k of ['feature', 'plan', 'panel', 'year'] as const) if (s[k] !== null) out[k] = s[k];
  if (s.lang !== 'zh') out.lang = s.lang;
  if (s.colourBy !== 'kind') out.colourBy = s.colourBy;
  return out;
}

/** Everything a parsed state may hold. */
function expectValid(s: ShareState, ctx: ShareContext = known): void {
  if (s.camera) {
    const c = s.camera;
    expect(c.lat).toBeGreaterThanOrEqual(-90);
    expect(c.lat).toBeLessThanOrEqual(90);
    expect(Math.abs(c.lng)).toBeLessThanOrEqual(180);
    expect(c.zoom).toBeGreaterThanOrEqual(0);
    expect(c.zoom).toBeLessThanOrEqual(MAX_ZOOM);
    expect(c.bearing).toBeGreaterThan(-180);
    expect(c.bearing).toBeLessThanOrEqual(180);
    expect(c.pitch).toBeGreaterThanOrEqual(0);
    expect(c.pitch).toBeLessThanOrEqual(MAX_PITCH);
    for (const v of Object.values(c)) expect(Number.isFinite(v)).toBe(true);
  }
  for (const id of s.hiddenLayers) expect(ctx.layer?.(id) ?? true, id).toBe(true);
  for (const [id, v] of s.opacity) {
    expect(ctx.layer?.(id) ?? true, id).toBe(true);
    expect(v >= 0 && v < 1).toBe(true);
  }
  for (const x of s.filter.statuses) expect(STATUSES).toContain(x);
  for (const x of s.filter.periods) expect(PERIODS).toContain(x);
  for (const x of s.filter.themes) expect(Object.keys(THEMES)).toContain(x);
  for (const x of s.filter.subdistricts) expect(ctx.subdistrict?.(x) ?? true, x).toBe(true);
  if (s.feature !== null) expect(ctx.feature(s.feature)).toBe(true);
  if (s.plan !== null) expect(ctx.plan(s.plan)).toBe(true);
  if (s.panel !== null) expect(PANELS).toContain(s.panel);
  if (s.year !== null) expect(s.year >= FIRST_YEAR && s.year <= LAST_YEAR).toBe(true);
  expect(LANGS).toContain(s.lang);
}

describe('share state: reading links', () => {
  it('reads an empty link as the default view', () => {
    expect(parse('')).toEqual({ state: defaultShareState(known), notices: [], version: 1 });
    expect(parse('?')).toEqual({ state: defaultShareState(known), notices: [], version: 1 });
    expect(parse('?v=1').notices).toEqual([]);
  });

  it('reads and rounds the camera', () => {
    const { state: s, notices } = parse('?c=122.068512345,41.1007349,14.2567,370.4,30.6');
    expect(notices).toEqual([]);
    expect(s.camera).toEqual({ lng: 122.06851, lat: 41.10073, zoom: 14.26, bearing: 10, pitch: 31 });
    expect(parse('?c=122,41.1,12,-190,0').state.camera?.bearing).toBe(170);
    expect(parse('?c=122,41.1,12').state.camera).toEqual({ lng: 122, lat: 41.1, zoom: 12, bearing: 0, pitch: 0 });
  });

  it.each([
    ['swapped latitude and longitude', '?c=41.1007,122.0685,14', 'lat'],
    ['zoom 999', '?c=122.06,41.1,999', 'zoom'],
    ['NaN', '?c=NaN,41.1,12', 'notNumber'],
    ['Infinity', '?c=122,Infinity,12', 'notNumber'],
    ['an exponent', '?c=1.22e2,41.1,12', 'notNumber'],
    ['four numbers', '?c=122,41.1,12,30', 'shape'],
    ['a place far from the district', '?c=0,0,5', 'outside'],
    ['a pitch of 90', '?c=122,41.1,12,0,90', 'pitch'],
    ['markup', '?c=%3Cscript%3Ealert(1)%3C/script%3E', 'shape'],
    ['markup between numbers', '?c=122,%3Cb%3E,12', 'notNumber'],
  ])('drops a camera with %s and says why', (_, search, why) => {
    const r = parse(search);
    expect(r.state.camera).toBeNull();
    expect(r.notices).toEqual([expect.objectContaining({ kind: 'badCamera', param: 'c', why: expect.objectContaining({ kind: why }) })]);
  });

  it('reads layers, opacity and filters, dropping unknown values with a notice naming the parameter', () => {
    const r = parse(
      '?hide=parks,nope,PARKS&op=schools:0.5,parks:1,district:2,%3Cb%3E:0.1&status=planned,finished&period=13th-plan,15th&theme=education,sport&sub=subdistrict-huibin,subdistrict-mars&lang=fr',
    );
    expect(toJson(r.state)).toEqual({
      hiddenLayers: ['parks'],
      opacity: { schools: 0.5 },
      filter: { statuses: ['planned'], periods: ['13th-plan'], themes: ['education'], subdistricts: ['subdistrict-huibin'] },
    });
    expect(r.notices.map(paramOf)).toEqual(['hide', 'op', 'status', 'period', 'theme', 'sub', 'lang']);
    expect(r.notices[0]).toMatchObject({ items: ['"nope"', '"PARKS"'] });
    expect(r.notices[1]).toMatchObject({ items: expect.arrayContaining(['"district:2"']) });
  });

  it('drops unknown and malformed ids, panels, years', () => {
    const r = parse('?feature=%3Cimg%20src%3Dx%3E&plan=s99&panel=%3Csvg%3E&year=1999');
    expect(toJson(r.state)).toEqual({});
    expect(r.notices).toHaveLength(4);
    expect(r.notices[0]).toMatchObject({ kind: 'badId', param: 'feature' });
    expect(r.notices[1]).toMatchObject({ kind: 'notFound', param: 'plan', value: '"s99"' });
    expect(parse('?year=2020.5').state.year).toBeNull();
    expect(parse(`?feature=${'a'.repeat(5000)}`).notices).toHaveLength(1);
    expect(parse('?feature=&plan=').notices).toEqual([]);
  });

  it('reads links of a newer version as far as it can, and a nonsense version as version 1', () => {
    const future = parse('?v=2&feature=green-island-park&zz=1');
    expect(future.version).toBe(2);
    expect(future.state.feature).toBe('green-island-park');
    expect(future.notices).toHaveLength(1);
    expect(future.notices[0]).toMatchObject({ kind: 'newerVersion', param: 'v' });
    const nonsense = parse('?v=abc&plan=s14');
    expect(nonsense.version).toBe(1);
    expect(nonsense.state.plan).toBe('s14');
    expect(nonsense.notices[0]).toMatchObject({ kind: 'badVersion', param: 'v' });
  });

  it('survives huge links', () => {
    const r = parse(`?hide=${'parks,'.repeat(20_000)}&feature=green-island-park`);
    expect(r.notices.length).toBeGreaterThan(0);
    expectValid(r.state);
    const many = parse(`?status=${Array.from({ length: 500 }, () => 'planned').join(',')}`);
    expect(many.state.filter.statuses.size).toBe(0);
    expect(many.notices[0]).toMatchObject({ param: 'status' });
  });

  it('treats `hide` as the whole hidden set: absent is the registry default, empty shows everything', () => {
    const ctx: ShareContext = { ...known, defaultHiddenLayers: ['base-roads'] };
    expect([...parse('', ctx).state.hiddenLayers]).toEqual(['base-roads']);
    expect([...parse('?hide=', ctx).state.hiddenLayers]).toEqual([]);
    const allShown = { ...defaultShareState(ctx), hiddenLayers: new Set<string>() };
    expect(serializeShareState(allShown, '', ctx)).toBe('?v=1&hide=');
    expect(serializeShareState(defaultShareState(ctx), '', ctx)).toBe('');
  });
});

describe('share state: writing links', () => {
  it('leaves defaults out and puts the version first', () => {
    expect(serializeShareState(defaultShareState(known))).toBe('');
    expect(serializeShareState(state({ feature: 'green-island-park' }))).toBe('?v=1&feature=green-island-park');
    expect(formatCamera({ lng: 122.0685, lat: 41.1, zoom: 12, bearing: 0, pitch: 0 })).toBe('122.0685,41.1,12');
    expect(formatCamera({ lng: 122.068512345, lat: -0.0000001, zoom: 12.345678, bearing: -0.2, pitch: 0.4 })).toBe('122.06851,0,12.35');
  });

  it('keeps parameters it does not own (tour) and replaces its own', () => {
    const s = state({ plan: 's9', year: 2023, lang: 'en' });
    expect(serializeShareState(s, '?tour=3&lang=zh&plan=s14&utm_source=x%20y')).toBe('?v=1&plan=s9&year=2023&lang=en&tour=3&utm_source=x%20y');
    expect(serializeShareState(defaultShareState(known), '?v=1&tour=3&feature=x')).toBe('?tour=3');
  });
});

function fixture(file: string): { link: string; expected: Record<string, unknown> }[] {
  const lines = read(`src/core/link/fixtures/${file}`)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const out: { link: string; expected: Record<string, unknown> }[] = [];
  for (let i = 0; i < lines.length; i += 2) {
    const link = lines[i] ?? '';
    const json = lines[i + 1] ?? '';
    if (!link.startsWith('?') || !json.startsWith('{')) throw new Error(`${file}: expected a link and its state at "${link}"`);
    out.push({ link, expected: JSON.parse(json) as Record<string, unknown> });
  }
  return out;
}

describe('share state: fixtures per version', () => {
  const v1 = fixture('links-v1.txt');
  it('has v1 fixtures', () => expect(v1.length).toBeGreaterThanOrEqual(10));
  it.each(v1)('v1 link $link opens the same view and is canonical', ({ link, expected }) => {
    const r = parse(link);
    expect(r.notices).toEqual([]);
    expect(r.version).toBe(1);
    expect(toJson(r.state)).toEqual(expected);
    expect(serializeShareState(r.state, link, known)).toBe(link);
  });

  it.each(fixture('links-unversioned.txt'))('unversioned link $link reads as version 1', ({ link, expected }) => {
    const r = parse(link);
    expect(r.notices).toEqual([]);
    expect(r.version).toBe(1);
    expect(toJson(r.state)).toEqual(expected);
    expect(parse(serializeShareState(r.state, link, known)).state).toEqual(r.state);
  });
});

const coord = (min: number, max: number, decimals: number) =>
  fc.integer({ min: Math.ceil(min * 10 ** decimals), max: Math.floor(max * 10 ** decimals) }).map((n) => n / 10 ** decimals + 0);

const arbCamera: fc.Arbitrary<Camera> = fc.record({
  lng: coord(bounds[0], bounds[2], 5),
  lat: coord(bounds[1], bounds[3], 5),
  zoom: coord(0, MAX_ZOOM, 2),
  bearing: fc.integer({ min: -179, max: 180 }).map((n) => n + 0),
  pitch: fc.integer({ min: 0, max: MAX_PITCH }),
});

const set = <T extends string>(values: readonly T[]) => fc.subarray([...values]).map((a) => new Set<T>(a));

const arbState: fc.Arbitrary<ShareState> = fc.record({
  camera: fc.option(arbCamera, { nil: null }),
  hiddenLayers: set(layerIds),
  opacity: fc
    .array(fc.tuple(fc.constantFrom(...layerIds), fc.integer({ min: 0, max: 99 }).map((n) => n / 100)), { maxLength: 6 })
    .map((entries) => new Map(entries)),
  filter: fc.record({
    statuses: set<Status>(STATUSES),
    periods: set<Period>(PERIODS),
    themes: set<Theme>(Object.keys(THEMES) as Theme[]),
    subdistricts: set(subdistrictIds),
  }),
  feature: fc.option(fc.constantFrom(...featureIds), { nil: null }),
  plan: fc.option(fc.constantFrom(...planIds), { nil: null }),
  panel: fc.option(fc.constantFrom(...PANELS), { nil: null }),
  year: fc.option(fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }), { nil: null }),
  lang: fc.constantFrom(...LANGS),
  colourBy: fc.constantFrom(...COLOUR_BY),
});

describe('colour=', () => {
  it('reads kind and status, defaults to kind, and writes only status', () => {
    expect(parse('').state.colourBy).toBe('kind');
    expect(parse('?colour=status').state.colourBy).toBe('status');
    expect(parse('?colour=kind').notices).toEqual([]);
    const bad = parse('?colour=rainbow');
    expect(bad.state.colourBy).toBe('kind');
    expect(bad.notices).toEqual([{ kind: 'unknownColour', param: 'colour', value: expect.stringContaining('rainbow') }]);
    const state = { ...defaultShareState(), colourBy: 'status' as const };
    expect(serializeShareState(state)).toBe('?v=1&colour=status');
    expect(serializeShareState(defaultShareState())).toBe('');
  });
});

const nasty = fc.constantFrom(
  '',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e999',
  '999',
  '41.1,122.07,12',
  '122.07,41.1,12',
  '122,41,12,370,-5',
  'parks:0.5',
  'parks:abc',
  ':',
  ',,,',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%E0%A4%A',
  '\u0000',
  '𠀀',
  'green-island-park',
  's14',
  't5-r7',
  'planned,completed',
  'a'.repeat(3000),
);
const arbValue = fc.oneof(fc.string({ maxLength: 30 }), nasty, fc.double().map(String), fc.array(fc.double().map(String), { maxLength: 5 }).map((a) => a.join(',')));
const arbSearch = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc
    .array(fc.tuple(fc.constantFrom(...SHARE_PARAMS, 'tour', 'x', 'c', 'c'), arbValue), { maxLength: 12 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`),
  fc.array(fc.tuple(fc.constantFrom(...SHARE_PARAMS), arbValue), { maxLength: 12 }).map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
);

describe('share state: notices are codes', () => {
  it('gives the code and its values, not words', () => {
    expect(parse('?c=41.1007,122.0685,14').notices).toEqual([
      { kind: 'badCamera', param: 'c', value: '"41.1007,122.0685,14"', why: { kind: 'lat', lat: 122.0685, swapped: true } },
    ]);
    expect(parse('?hide=nope&year=1999').notices).toEqual([
      { kind: 'unknownItems', param: 'hide', items: ['"nope"'], count: 1, what: 'layer' },
      { kind: 'badYear', param: 'year', value: '"1999"', first: FIRST_YEAR, last: LAST_YEAR },
    ]);
  });
});

describe('share state: properties', () => {
  it('round-trips every valid state exactly', () => {
    fc.assert(
      fc.property(arbState, fc.constantFrom('', '?tour=2', '?feature=x&tour=1&c=1,2,3'), (s, current) => {
        const link = serializeShareState(s, current, known);
        const back = parse(link);
        expect(back.notices).toEqual([]);
        expect(back.state).toEqual(s);
        expect(serializeShareState(back.state, link, known)).toBe(link);
        if (current.includes('tour')) expect(new URLSearchParams(link).get('tour')).not.toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on any string and always gives a valid state that writes back canonically', () => {
    fc.assert(
      fc.property(arbSearch, (search) => {
        const r = parse(search);
        expectValid(r.state);
        for (const n of r.notices) expect(n.kind === 'linkTooLong' || (SHARE_PARAMS as readonly (string | null)[]).includes(paramOf(n)), JSON.stringify(n)).toBe(true);
        const link = serializeShareState(r.state, search, known);
        const again = parse(link);
        expect(again.state).toEqual(r.state);
        expect(again.notices).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
