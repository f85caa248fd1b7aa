import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newFeatureLayers, suggestedLayer, type LayerChoice } from './newFeatureLayer.ts';

const registry = JSON.parse(readFileSync('geo/layers.json', 'utf8')) as { layers: LayerChoice[] };
const layers = registry.layers;

describe('the layer of a new feature', () => {
  it('is chosen among the plan layers: not a base layer, not the district or sub-district outlines', () => {
    const ids = newFeatureLayers(layers).map((l) => l.id);
    expect(ids).toContain('schools');
    expect(ids).toContain('health');
    expect(ids).not.toContain('district');
    expect(ids).not.toContain('subdistricts');
    expect(ids.some((id) => id.startsWith('base-'))).toBe(false);
    expect(ids).toEqual(layers.filter((l) => l.role === 'plan' && !['district', 'subdistricts'].includes(l.purpose ?? '')).map((l) => l.id));
  });

  it('defaults to the layer of the features citing the same item, skipping frame layers; none suggested: no default', () => {
    expect(suggestedLayer(layers, ['schools'])).toBe('schools');
    // c1 is cited by the district and the sub-districts: no silent default from them.
    expect(suggestedLayer(layers, ['district', 'subdistricts'])).toBe('');
    expect(suggestedLayer(layers, ['subdistricts', undefined, 'parks', 'schools'])).toBe('parks');
    expect(suggestedLayer(layers, [])).toBe('');
    expect(suggestedLayer(layers, ['no-such-layer'])).toBe('');
  });
});
