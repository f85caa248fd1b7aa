import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { Period, Status } from '../../core/featureSchema.ts';
import { EMPTY_FILTER, toMapFilter } from '../../core/filters.ts';
import type { Theme } from '../../core/layerRegistry.ts';
import { lightPalette } from '../../core/palette.ts';
import { buildStyle, mapLayerIdsOf } from './index.ts';
import { loadTestProject } from '../../../tests/support/project.ts';

const { store } = loadTestProject();

describe('the filters on the map', () => {
  it('combine with every map layer’s own filter into a valid style', () => {
    const f = {
      ...EMPTY_FILTER,
      statuses: new Set<Status>(['planned', 'completed']),
      periods: new Set<Period>(['14th-plan']),
      themes: new Set<Theme>(['education', 'boundaries']),
      subdistricts: new Set(['subdistrict-xinglong']),
      year: 2022,
    };
    const style = buildStyle(store, { palette: lightPalette, lang: 'zh', glyphsUrl: 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf' });
    const layers = style.layers.map((ml): LayerSpecification => {
      const entry = store.layers.find((l) => mapLayerIdsOf(style, l.id).includes(ml.id));
      if (!entry || ml.type === 'background') return ml;
      const mine = toMapFilter(f, entry);
      if (mine === null) return ml;
      const own = 'filter' in ml ? ml.filter : undefined;
      return { ...ml, filter: (own === undefined ? mine : ['all', own, mine]) as FilterSpecification };
    });
    expect(layers.some((l, i) => l !== style.layers[i])).toBe(true);
    expect(validateStyleMin({ ...style, layers })).toEqual([]);
  });
});
