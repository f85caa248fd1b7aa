import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toRenderCollection } from './renderFeatures.ts';
import { PERIODS, STATUSES, type Period, type Status } from './featureSchema.ts';
import { applyFilters, EMPTY_FILTER, isFrameFeature, matches, toMapFilter, type FilterState } from './filters.ts';
import { THEMES, type Theme } from './layerRegistry.ts';
import { loadTestProject, readRepoFile } from '../../tests/support/project.ts';
import { TWO_ENTRY_ID, withSecondEntry } from '../../tests/support/statusFixture.ts';

const { store } = loadTestProject();

const filter = (f: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTER, ...f });
const layer = (id: string) => {
  const l = store.layers.find((x) => x.id === id);
  if (!l) throw new Error(`no layer ${id}`);
  return l;
};
const shownIds = (f: FilterState) =>
  new Set([...applyFilters(store, f).byLayer.values()].flat().map((x) => x.properties.id));
const planLayers = store.layers.filter((l) => l.role === 'plan');
const allPlanFeatures = planLayers.flatMap((l) => (store.byLayer.get(l.id)?.features ?? []).map((f) => ({ f, l })));
const subdistrictIds = (store.byLayer.get('subdistricts')?.features ?? []).map((f) => f.properties.id);

describe('filters on the real data', () => {
  it('keeps everything without a filter, and counts no outline', () => {
    const r = applyFilters(store, EMPTY_FILTER);
    for (const l of store.layers) {
      const total = (store.byLayer.get(l.id)?.features ?? []).filter((f) => l.role === 'base' || !isFrameFeature(f, l)).length;
      expect(r.counts.get(l.id), l.id).toEqual({ shown: total, total });
    }
    expect(r.planTotals.shown).toBe(r.planTotals.total);
    expect(r.planTotals.total).toBe(allPlanFeatures.length - subdistrictIds.length - 1);
  });

  it('filters by status; the frame stays on the map but the outlines are neither counted nor listed', () => {
    const f = filter({ statuses: new Set<Status>(['planned']) });
    const r = applyFilters(store, f);
    for (const l of store.layers.filter((x) => x.role === 'base')) {
      expect(r.counts.get(l.id)?.shown, l.id).toBe(store.byLayer.get(l.id)?.features.length);
    }
    // Issue 14: filtering on 规划 counted and listed the 现状 district and sub-districts.
    expect(r.counts.get('district')).toEqual({ shown: 0, total: 0 });
    expect(r.counts.get('subdistricts')).toEqual({ shown: 0, total: 0 });
    expect(r.byLayer.get('subdistricts')).toEqual([]);
    expect([...r.byLayer.values()].flat().some((x) => subdistrictIds.includes(x.properties.id) || x.properties.id === 'xinglongtai-district')).toBe(false);
    // …and the map still draws them.
    expect(toMapFilter(f, layer('subdistricts'))).not.toBe(false);
    expect(matches(store.byId.get(subdistrictIds[0]!)!, layer('subdistricts'), f)).toBe(true);
    expect(r.byLayer.get('parks')?.map((x) => x.properties.id)).not.toContain('park-zhongxing');
    expect(r.byLayer.get('residential')?.map((x) => x.properties.id)).toContain('residential-zone-9km2');
    for (const [id, list] of r.byLayer) {
      if (id === 'district' || id === 'subdistricts' || layer(id).role === 'base') continue;
      for (const x of list) expect(x.properties.statusHistory.at(-1)?.status, x.properties.id).toBe('planned');
    }
    expect(r.planTotals.shown).toBeLessThan(r.planTotals.total);
  });

  it('filters by theme: only education places besides the frame', () => {
    const ids = shownIds(filter({ themes: new Set<Theme>(['education']) }));
    expect(ids).toContain('kindergarten-xinglong');
    expect(ids).not.toContain('xinglongtai-district');
    expect(ids).not.toContain('green-island-park');
    expect(ids).not.toContain('residential-zone-9km2');
    const r = applyFilters(store, filter({ themes: new Set<Theme>(['education']) }));
    expect(r.counts.get('parks')?.shown).toBe(0);
    expect(r.counts.get('schools')?.shown).toBe(r.counts.get('schools')?.total);
  });

  it('filters by period and combines filters with AND', () => {
    const thirteenth = shownIds(filter({ periods: new Set<Period>(['13th-plan']) }));
    expect(thirteenth).toContain('park-zhongxing');
    expect(thirteenth).not.toContain('green-island-park');
    const both = shownIds(
      filter({ periods: new Set<Period>(['13th-plan']), statuses: new Set<Status>(['exceeded']), themes: new Set<Theme>(['education']) }),
    );
    expect(both).toContain('kindergarten-liucai');
    expect(both).not.toContain('school-xiaguangfu-primary');
    expect(both).not.toContain('park-siji');
  });

  it('filters by declared sub-district; features without one drop out while it is active', () => {
    const ids = shownIds(filter({ subdistricts: new Set(['subdistrict-huibin']) }));
    expect(ids).toContain('health-huibin-centre');
    expect(ids).not.toContain('health-xinghai-centre');
    expect(ids).not.toContain('green-island-park');
    for (const { f, l } of allPlanFeatures) {
      if (l.id === 'district' || l.id === 'subdistricts') continue;
      expect(ids.has(f.properties.id), f.properties.id).toBe(f.properties.subdistrict === 'subdistrict-huibin');
    }
  });

  it('filters by layer and by year', () => {
    const r = applyFilters(store, filter({ layers: new Set(['parks']) }));
    expect(r.counts.get('schools')?.shown).toBe(0);
    expect(r.counts.get('district')?.shown).toBe(0);
    expect(r.counts.get('base-roads')?.shown).toBe(r.counts.get('base-roads')?.total);
    expect(r.counts.get('parks')?.shown).toBe(r.counts.get('parks')?.total);
    const y2018 = shownIds(filter({ year: 2018 }));
    expect(y2018).toContain('park-zhongxing');
    expect(y2018).not.toContain('green-island-park');
    expect(y2018).not.toContain('xinglongtai-district');
  });
});

const arbFilter: fc.Arbitrary<FilterState> = fc.record({
  statuses: fc.subarray([...STATUSES]).map((a) => new Set(a)),
  periods: fc.subarray([...PERIODS]).map((a) => new Set(a)),
  themes: fc.subarray(Object.keys(THEMES) as Theme[]).map((a) => new Set(a)),
  layers: fc.option(fc.subarray(store.layers.map((l) => l.id), { maxLength: 4 }).map((a) => new Set(a)), { nil: undefined }),
  subdistricts: fc.subarray([...subdistrictIds, 'subdistrict-unknown']).map((a) => new Set(a)),
  year: fc.option(fc.integer({ min: 2016, max: 2025 }), { nil: null }),
});

describe('toMapFilter', () => {
  it('keeps on the map exactly what matches() keeps, for any filter', () => {
    const rendered = store.layers.map((l) => ({
      l,
      features: store.byLayer.get(l.id)?.features ?? [],
      render: toRenderCollection(store.byLayer.get(l.id)?.features ?? []).features,
    }));
    fc.assert(
      fc.property(arbFilter, (f) => {
        for (const { l, features, render } of rendered) {
          const expr = toMapFilter(f, l);
          const compiled = featureFilter(expr ?? undefined, 'filter');
          features.forEach((feature, i) => {
            const props = render[i]?.properties ?? {};
            const onMap = compiled.filter({ zoom: 12 }, { type: 1, properties: props, geometry: [] });
            if (onMap !== matches(feature, l, f)) {
              throw new Error(`${feature.properties.id}: map ${onMap}, matches ${!onMap} for ${JSON.stringify(expr)}`);
            }
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives null without a filter, false for a layer filtered out, and nothing for base layers', () => {
    for (const l of store.layers) expect(toMapFilter(EMPTY_FILTER, l)).toBeNull();
    const f = filter({ statuses: new Set<Status>(['planned']), themes: new Set<Theme>(['education', 'boundaries']) });
    expect(toMapFilter(f, layer('parks'))).toBe(false);
    expect(toMapFilter(filter({ layers: new Set(['parks']) }), layer('schools'))).toBe(false);
    expect(toMapFilter(filter({ layers: new Set(['parks']) }), layer('base-roads'))).toBeNull();
  });
});

describe('status as of the chosen year (a test-only second entry)', () => {
  const parks = JSON.stringify(withSecondEntry(JSON.parse(readRepoFile('geo/parks.geojson'))));
  const two = loadTestProject({ layers: { parks } }).store;
  const park = two.byId.get(TWO_ENTRY_ID)!;
  const parksLayer = two.layers.find((l) => l.id === 'parks')!;
  const render = toRenderCollection([park]).features[0]!.properties!;
  const onMap = (f: FilterState) => featureFilter(toMapFilter(f, parksLayer) ?? undefined, 'filter').filter({ zoom: 12 }, { type: 1, properties: render, geometry: [] });
  const cases: [year: number | null, status: Status, kept: boolean][] = [
    [null, 'completed', true],
    [null, 'under-construction', false],
    [2023, 'under-construction', true],
    [2023, 'completed', false],
    [2024, 'completed', true],
    [2020, 'under-construction', false],
    [2020, 'planned', false],
  ];
  it.each(cases)('year %s, status %s: kept %s, on the map and in the lists alike', (year, status, kept) => {
    const f = filter({ year, statuses: new Set<Status>([status]) });
    expect(matches(park, parksLayer, f)).toBe(kept);
    expect(onMap(f)).toBe(kept);
  });
  it('renders the current status and one per year, "none" before the first entry', () => {
    expect(render.status).toBe('completed');
    expect(render.status2020).toBe('none');
    expect(render.status2021).toBe('under-construction');
    expect(render.status2023).toBe('under-construction');
    expect(render.status2024).toBe('completed');
    expect(render.status2025).toBe('completed');
  });
});
