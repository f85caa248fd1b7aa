import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { applyFilters } from '../core/filters.ts';
import { en } from '../i18n/en/index.ts';
import { I18nValue, makeI18n } from '../i18n/I18n.tsx';
import { lightPalette } from '../core/palette.ts';
import { checkCoverage } from '../core/plan/coverage.ts';
import { CoveragePanel } from '../features/coverage/CoveragePanel.tsx';
import { DistrictWidePanel } from '../features/coverage/DistrictWidePanel.tsx';
import { FeaturePopup } from '../ui/FeaturePopup.tsx';
import { Legend } from '../features/legend/Legend.tsx';
import { ListPanel } from '../features/list/ListPanel.tsx';
import { PlanPanel } from '../features/plan/PlanPanel.tsx';
import { loadTestProject, readRepoFile } from '../../tests/support/project.ts';

const read = readRepoFile;
const { plan, store } = loadTestProject();
const coverage = checkCoverage(JSON.parse(read('geo/inventory.json')), plan, store);
const park = store.byId.get('green-island-park')!;
const noop = () => {};

const inEnglish = (node: ReactNode) => renderToStaticMarkup(<I18nValue value={makeI18n('en', en)}>{node}</I18nValue>);

/**
 * Chinese text: more Han characters than Latin letters. English data may name a place in Chinese
 * (“the 中交凯旋城 community sports ground”); that stays English text.
 */
const isChinese = (t: string) => (t.match(/\p{Script=Han}/gu)?.length ?? 0) > 0 && (t.match(/\p{Script=Han}/gu)?.length ?? 0) >= (t.match(/[A-Za-z]/g)?.length ?? 0);
const VOID = new Set(['input', 'br', 'img', 'hr', 'meta', 'link', 'source', 'col', 'wbr']);

/**
 * Chinese in the markup that is not inside an element marked `lang="zh-CN"`: text, and the
 * attributes a reader hears or sees (aria-label, title, placeholder). The English interface may show
 * Chinese (the plan's words, a name next to its English), but a screen reader must be told.
 */
function unmarkedChinese(html: string, rootLang = 'en'): string[] {
  const stack: { tag: string; lang: string }[] = [{ tag: '#root', lang: rootLang }];
  const out: string[] = [];
  const lang = () => stack[stack.length - 1]!.lang;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, closing, tag, attrs = '', selfClosing, text] = m;
    if (text !== undefined) {
      if (isChinese(text) && lang() !== 'zh-CN') out.push(text);
      continue;
    }
    if (closing) {
      stack.pop();
      continue;
    }
    const own = /\slang="([^"]*)"/.exec(attrs)?.[1] ?? lang();
    for (const a of attrs.matchAll(/\s(aria-label|title|placeholder)="([^"]*)"/g)) {
      if (isChinese(a[2] ?? '') && own !== 'zh-CN') out.push(`${a[1]}="${a[2]}"`);
    }
    if (!selfClosing && !VOID.has(tag!.toLowerCase())) stack.push({ tag: tag!, lang: own });
  }
  return out;
}

describe('the explorer in English', () => {
  it('the popup: English name, layer, status and words; the Chinese name and the plan’s labels marked zh-CN', () => {
    const html = inEnglish(
      <FeaturePopup
        feature={park}
        layer={store.layers.find((l) => l.id === park.properties.layer)}
        plan={plan}
        onOpenPlan={noop}
        planHref={(r) => `?plan=${r}`}
      />,
    );
    expect(html).toContain(`<h2 class="feature-popup__name">${park.properties.name.en}</h2>`);
    expect(html).toContain(`lang="zh-CN" data-testid="feature-name-other">${park.properties.name.zh}<`);
    expect(html).toContain('>Plan text · <');
    // The measures in mu (the plan's quote under them and the English drawing note keep their 亩).
    expect(html).toMatch(/<td>[^<]*\d mu<\/td>/);
    expect(html).not.toMatch(/<td>[^<]*亩/);
    expect(unmarkedChinese(html)).toEqual([]);
  });

  it('the legend: layer names, theme and status words from the data in English', () => {
    const filter = { statuses: new Set(), periods: new Set(), themes: new Set(), subdistricts: new Set(), year: null } as const;
    const html = inEnglish(
      <Legend
        store={store}
        palette={lightPalette}
        hiddenLayers={new Set()}
        opacity={new Map()}
        filter={filter as never}
        filtered={applyFilters(store, filter as never)}
        onFilter={noop}
        colourBy="kind"
        onColourBy={noop}
        onToggleLayer={noop}
        onOpacity={noop}
        onSelectFeature={noop}
      />,
    );
    expect(html).toContain('Legend and layers');
    if (!html.includes('is-collapsed')) {
      expect(html).toContain('Ecology and water');
      expect(html).toContain(store.layers.find((l) => l.id === 'parks')?.name.en ?? 'no parks layer');
    }
    expect(unmarkedChinese(html)).toEqual([]);
  });

  it('the side panels: their own words in English, the plan’s words marked zh-CN', () => {
    const panels = [
      <ListPanel key="l" features={[park]} store={store} selectedId={null} onSelect={noop} onClose={noop} />,
      <CoveragePanel key="c" plan={plan} store={store} report={coverage} onShowFeature={noop} onOpenPlan={noop} onClose={noop} />,
      <DistrictWidePanel key="d" plan={plan} report={coverage} onOpenPlan={noop} onClose={noop} />,
      <PlanPanel key="p" plan={plan} store={store} coverage={coverage} target="s14" quotes={[]} onNavigate={noop} onShowFeature={noop} onClose={noop} />,
      <PlanPanel key="t" plan={plan} store={store} coverage={coverage} target={null} quotes={[]} onNavigate={noop} onShowFeature={noop} onClose={noop} />,
    ];
    for (const p of panels) expect(unmarkedChinese(inEnglish(p)), String(p.key)).toEqual([]);
    expect(inEnglish(panels[0])).toContain('>Feature list<');
    expect(inEnglish(panels[1])).toContain('Plan coverage check');
    const reader = inEnglish(panels[3]);
    expect(reader).toContain('<div class="plan-panel__body" lang="zh-CN">');
    expect(reader).toContain('Places of this section on the map');
  });

  it('the checker itself finds unmarked Chinese', () => {
    expect(unmarkedChinese('<p>Park <span>公园</span></p>')).toEqual(['公园']);
    expect(unmarkedChinese('<p>the 中交凯旋城 community ground</p>')).toEqual([]);
    expect(unmarkedChinese('<p>Park <span lang="zh-CN">公园</span></p>')).toEqual([]);
    expect(unmarkedChinese('<button aria-label="关闭">x</button>')).toEqual(['aria-label="关闭"']);
  });
});
