import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PlanFeature } from '../core/featureSchema.ts';
import { FeaturePopup } from '../ui/FeaturePopup.tsx';
import { ListPanel } from '../features/list/ListPanel.tsx';
import { loadTestProject } from '../../tests/support/project.ts';

const { plan, store } = loadTestProject();

const HOSTILE = '<img src=x onerror=alert(1)><svg onload=alert(2)>';

/** A real feature with markup in every text field a reader sees. */
function hostileFeature(): PlanFeature {
  const f = store.byId.get('green-island-park')!;
  return {
    ...f,
    properties: {
      ...f.properties,
      name: { zh: `公园${HOSTILE}`, en: `Park${HOSTILE}` },
      geometrySource: `drawn ${HOSTILE}`,
      note: { zh: `说明${HOSTILE}`, en: `note${HOSTILE}` },
      statusHistory: [
        { status: 'planned', asOf: '2021-06-16', source: { ref: 't5-r7', label: `表5${HOSTILE}`, url: 'javascript:alert(3)' } },
        { status: 'completed', asOf: '2024-01-01', source: { label: `报告${HOSTILE}`, url: 'javascript:alert(4)' } },
      ],
    },
  };
}

describe('data is shown as text, never as markup', () => {
  it('in the popup: markup is escaped and an unsafe link is not rendered', () => {
    const html = renderToStaticMarkup(
      <FeaturePopup feature={hostileFeature()} layer={store.layers[0]} plan={plan} onOpenPlan={() => {}} planHref={(r) => `?plan=${r}`} />,
    );
    expect(html).not.toMatch(/<img|<svg/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Both entries of the status history, as text.
    expect(html).toContain('data-testid="status-timeline"');
    expect(html).toContain('报告&lt;img');
    expect(html).not.toContain('javascript:');
  });

  it('in the list', () => {
    const html = renderToStaticMarkup(
      <ListPanel features={[hostileFeature()]} store={store} selectedId={null} onSelect={() => {}} onClose={() => {}} />,
    );
    expect(html).not.toMatch(/<img|<svg/);
    expect(html).toContain('公园&lt;img');
  });
});

describe('a status source link goes only where it says, and says where', () => {
  const popupWith = (url: string) => {
    const f = store.byId.get('green-island-park')!;
    const feature = { ...f, properties: { ...f.properties, statusHistory: [{ status: 'planned' as const, asOf: '2021-06-16', source: { ref: 't5-r7', label: '表5', url } }] } };
    return renderToStaticMarkup(<FeaturePopup feature={feature} layer={store.layers[0]} plan={plan} onOpenPlan={() => {}} planHref={(r) => `?plan=${r}`} />);
  };

  it('drops a path that a browser resolves to another host, and a link with credentials', () => {
    expect(popupWith('/\\evil.example/phish')).not.toContain('evil.example');
    expect(popupWith('https://www.tianditu.gov.cn@evil.example/login')).not.toContain('evil.example');
  });

  it('shows the host next to an outside link', () => {
    const html = popupWith('https://www.example.gov.cn/notice/1.html');
    expect(html).toContain('href="https://www.example.gov.cn/notice/1.html"');
    expect(html).toMatch(/外部来源<\/a>[^<]*<span[^>]*>（www\.example\.gov\.cn）<\/span>/);
  });
});
