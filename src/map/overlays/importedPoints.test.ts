import { createPropertyExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { CircleLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { lightPalette } from '../../core/palette.ts';
import { loadTestProject } from '../../../tests/support/project.ts';
import { buildStyle } from '../style/index.ts';
import { importedLayers } from './overlayLayers.ts';
import { overlayPaletteOf } from './overlayPalette.ts';

/**
 * MapLibre links one shader program per combination of "constant" and "per feature" paint values: an
 * imported point layer whose combination no plan point layer has makes it link another program on the
 * first imported point, a main-thread task of about 0.9 s in software WebGL (README, Performance).
 */
const PROPS = ['circle-radius', 'circle-color', 'circle-stroke-color', 'circle-stroke-width', 'circle-opacity', 'circle-stroke-opacity', 'circle-blur'] as const;
type Paint = NonNullable<CircleLayerSpecification['paint']>;

function kinds(paint: Paint): string {
  return PROPS.map((p) => {
    const value = (paint as Record<string, unknown>)[p];
    if (value === undefined || typeof value !== 'object') return `${p}:constant`;
    const spec = (latest as unknown as Record<string, Record<string, object>>)['paint_circle']![p]!;
    const e = createPropertyExpression(value, `paint.${p}` as never, spec as never);
    if (e.result !== 'success') throw new Error(`${p}: ${JSON.stringify(e.value)}`);
    // A zoom-only expression is evaluated to a constant per frame: the same program as a constant.
    return `${p}:${e.value.kind === 'camera' ? 'constant' : e.value.kind}`;
  }).join(' ');
}

describe('imported points', () => {
  it('share the plan points\' shader program: the same constant / per-feature paint values', () => {
    const { store } = loadTestProject();
    const style = buildStyle(store, { palette: lightPalette, lang: 'zh', glyphsUrl: 'http://127.0.0.1/{fontstack}/{range}.pbf' });
    const plan = new Set(style.layers.filter((l): l is CircleLayerSpecification => l.type === 'circle' && !l.id.startsWith('selection')).map((l) => kinds(l.paint ?? {})));
    expect(plan.size).toBeGreaterThan(0);
    const imported = importedLayers('overlay-import-1', overlayPaletteOf(lightPalette)).find((l): l is CircleLayerSpecification => l.type === 'circle')!;
    expect(plan).toContain(kinds(imported.paint ?? {}));
  });
});
