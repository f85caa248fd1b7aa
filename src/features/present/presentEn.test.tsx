import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en/index.ts';
import { rowLabelsEn } from '../../i18n/en/planTables.ts';
import { I18nValue, makeI18n } from '../../i18n/I18n.tsx';
import { lightPalette } from '../../core/palette.ts';
import { parsePlan } from '../../core/plan/parsePlan.ts';
import { CompletionDashboard } from './CompletionDashboard.tsx';
import { IndicatorsDashboard } from './IndicatorsDashboard.tsx';
import { appendixIndicators } from './indicators.ts';
import { planRefEn } from './presentText.ts';
import { readRepoFile } from '../../../tests/support/project.ts';

const plan = parsePlan(readRepoFile('seeds/000_4eb92d59acbfb362.txt'));
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

const inEnglish = (node: ReactNode) => renderToStaticMarkup(<I18nValue value={makeI18n('en', en)}>{node}</I18nValue>);

/**
 * The text of server-rendered markup outside every element marked lang="zh-CN", i.e. what an
 * English screen shows in its own language. (Markup from React is well formed; `/>` closes at once.)
 */
function textOutsideChinese(html: string): string {
  let depth = 0;
  const stack: boolean[] = [];
  let out = '';
  for (const [token] of html.matchAll(/<[^>]+>|[^<]+/g)) {
    if (token.startsWith('</')) {
      if (stack.pop()) depth--;
    } else if (token.startsWith('<')) {
      if (token.endsWith('/>')) continue;
      const zh = / lang="zh-CN"/.test(token);
      stack.push(zh);
      if (zh) depth++;
    } else if (depth === 0) out += ` ${token}`;
  }
  return out;
}

describe('the dashboards in English', () => {
  it('show no Chinese outside the plan’s own words, which keep lang="zh-CN"', () => {
    for (const html of [inEnglish(<IndicatorsDashboard plan={plan} onOpenPlan={() => undefined} />), inEnglish(<CompletionDashboard plan={plan} palette={lightPalette} onOpenPlan={() => undefined} />)]) {
      const outside = textOutsideChinese(html);
      expect(outside.match(new RegExp(CJK.source, 'gu')) ?? [], outside).toEqual([]);
      expect(html).toMatch(CJK); // the plan's names and cells are still there, in Chinese
    }
    // The stripper is not vacuous: the Chinese dashboard has Chinese outside any lang="zh-CN" element.
    const zhHtml = renderToStaticMarkup(<IndicatorsDashboard plan={plan} onOpenPlan={() => undefined} />);
    expect(textOutsideChinese(zhHtml)).toMatch(/2020年预计完成/);
  });

  it('name every indicator in English beside its Chinese name', () => {
    const html = inEnglish(<IndicatorsDashboard plan={plan} onOpenPlan={() => undefined} />);
    const cards = [...html.matchAll(/<a class="ind-card"[\s\S]*?<\/a>/g)].map((m) => m[0]);
    const inds = appendixIndicators(plan);
    expect(cards).toHaveLength(inds.length);
    cards.forEach((card, i) => {
      const ind = inds[i]!;
      expect(card).toContain(`data-testid="indicator-name-en">${rowLabelsEn[ind.rowId]!.replace(/&/g, '&amp;')}</span>`);
      expect(card).toContain(`<span lang="zh-CN" class="ind-card__name-zh" data-testid="indicator-name">${ind.name}</span>`);
    });
    expect(html).toContain(`${planRefEn(plan, 'appendix')}: `);
    expect(html).toContain('Unit: hundred million yuan');
    expect(html).toContain('>Binding<');
  });

  it('say the completion words as the map legend does, and keep the rows linked', () => {
    const html = inEnglish(<CompletionDashboard plan={plan} palette={lightPalette} onOpenPlan={() => undefined} />);
    for (const w of ['Exceeded', 'Completed', 'Basically completed', 'Not completed']) expect(html).toContain(w);
    const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('Target 380 · expected 363 hundred million yuan');
    expect(text).toContain('Target 五年累计670 · expected 五年累计754.2 hundred million yuan');
    expect([...html.matchAll(/data-testid="completion-row"/g)]).toHaveLength(7 + 8 + 9 + 13);
  });
});
