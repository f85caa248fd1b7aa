import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PlanFeature } from '../core/featureSchema.ts';
import { FeaturePopup } from './FeaturePopup.tsx';
import { loadTestProject } from '../../tests/support/project.ts';

const { plan, store } = loadTestProject();
const popup = (f: PlanFeature) =>
  renderToStaticMarkup(<FeaturePopup feature={f} layer={store.layers[0]} plan={plan} onOpenPlan={() => {}} planHref={(r) => `?plan=${r}`} />);
const polygonOf = (accuracy: string) =>
  [...store.byId.values()].find((f) => f.properties.accuracy === accuracy && f.geometry?.type === 'Polygon')!;

describe("the popup's measured figures", () => {
  it('on a schematic shape: rounded to 2 significant figures and marked 示意', () => {
    const f = polygonOf('schematic');
    const html = popup(f);
    expect(html).toContain('data-testid="figure-mark"');
    expect(html).toMatch(/>示意</);
  });

  it('on an approximate shape: as measured, unmarked', () => {
    const f = polygonOf('approximate');
    expect(f.properties.id).toBeTruthy();
    expect(popup(f)).not.toContain('data-testid="figure-mark"');
  });
});
