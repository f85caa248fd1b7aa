import type { MouseEvent } from 'react';
import { indicatorCategoriesEn, rowLabelsEn, tableTitlesEn, unitsEn } from '../../i18n/en/planTables.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { LazyMessages } from '../../i18n/messages.ts';
import { planLabel } from '../../core/plan/planLabels.ts';
import type { Plan } from '../../core/plan/types.ts';
import { appendixIndicators, type Indicator } from './indicators.ts';
import { PLAN_TAG, planRefEn, usePresentText } from './presentText.ts';

/** A link into the plan text that the presentation opens in place; its href opens the explorer's plan panel. */
export function planHref(ref: string): string {
  return `?plan=${encodeURIComponent(ref)}`;
}

/** Calls `open` for a plain click (a modified click keeps the browser's own behaviour, e.g. a new tab). */
export function onPlanClick(ref: string, open: (ref: string) => void) {
  return (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    open(ref);
  };
}

/**
 * A value cell as the plan writes it, line by line: the lines with a figure large, the words around
 * them (五年累计, 达到要求) smaller.
 */
function ValueCell({ text, testId }: { text: string; testId: string }) {
  const lines = text.split('\n');
  const anyFigure = lines.some((l) => /[0-9]/.test(l));
  return (
    // The cell as the plan prints it (五年累计, 以内, 达到要求 included): plan text, so Chinese in either language.
    <span className="ind-card__num" data-testid={testId} data-value={text} lang={PLAN_TAG}>
      {lines.map((l, i) => (
        <span key={i} className={anyFigure && !/[0-9]/.test(l) ? 'ind-card__qualifier' : undefined}>
          {l}
        </span>
      ))}
    </span>
  );
}

/** Two bars on one scale: the 2020 value and the 2025 target (drawn only when both are plain numbers). */
function ValueBars({ from, to }: { from: number; to: number }) {
  const max = Math.max(Math.abs(from), Math.abs(to)) || 1;
  const w = (v: number) => `${Math.max(1.5, (Math.abs(v) / max) * 100)}%`;
  return (
    <svg className="ind-card__bars" viewBox="0 0 100 14" preserveAspectRatio="none" aria-hidden="true" data-testid="indicator-bars">
      <rect className="ind-card__bar ind-card__bar--from" x="0" y="0" height="6" width={w(from)} />
      <rect className="ind-card__bar ind-card__bar--to" x="0" y="8" height="6" width={w(to)} />
    </svg>
  );
}

/** A unit in the interface language (the English words of src/i18n/en/planTables.ts, else as written). */
export const unitIn = (unit: string, lang: Lang) => (lang === 'en' ? (unitsEn[unit.replace(/\s+/g, '')] ?? unit) : unit);

function IndicatorCard({ ind, onOpenPlan, t, lang }: { ind: Indicator; onOpenPlan(ref: string): void; t: LazyMessages['presentMode']; lang: Lang }) {
  const en = lang === 'en';
  const nameEn = en ? rowLabelsEn[ind.rowId] : undefined;
  const unit = unitIn(ind.unit, lang);
  return (
    <a
      className="ind-card"
      href={planHref(ind.rowId)}
      onClick={onPlanClick(ind.rowId, onOpenPlan)}
      data-testid="indicator-card"
      data-row-id={ind.rowId}
      aria-label={t.cardLabel(ind.number, nameEn ? `${nameEn} (${ind.name})` : ind.name, ind.value2020, ind.target2025, unit)}
    >
      {/* The plan's name stays; in English a short label of this project's goes above it (a grid: see present.css). */}
      <span className={`ind-card__head${nameEn ? ' ind-card__head--en' : ''}`}>
        <span className="ind-card__no">{ind.number}</span>
        {nameEn && (
          <span className="ind-card__name ind-card__name-en" data-testid="indicator-name-en">
            {nameEn}
          </span>
        )}
        <span lang={PLAN_TAG} className={nameEn ? 'ind-card__name-zh' : 'ind-card__name'} data-testid="indicator-name">
          {ind.name}
        </span>
        {ind.kind && (
          <span className={`ind-card__kind ind-card__kind--${ind.kind === '约束性' ? 'binding' : 'expected'}`} data-testid="indicator-kind">
            {ind.kind === '约束性' ? t.kindBinding : t.kindExpected}
          </span>
        )}
      </span>
      <span className="ind-card__values">
        <span className="ind-card__value">
          <span className="ind-card__year">{t.value2020}</span>
          <ValueCell text={ind.value2020} testId="indicator-2020" />
        </span>
        <span className="ind-card__arrow" aria-hidden="true">
          →
        </span>
        <span className="ind-card__value ind-card__value--target">
          <span className="ind-card__year">{t.target2025}</span>
          <ValueCell text={ind.target2025} testId="indicator-2025" />
        </span>
      </span>
      <span className="ind-card__foot">
        <span className="ind-card__unit" data-testid="indicator-unit">
          {t.unit(unit)}
        </span>
        <span className="ind-card__growth" data-testid="indicator-growth">
          {t.growth(ind.growthPct)}
        </span>
      </span>
      {ind.plain && <ValueBars from={ind.plain.from} to={ind.plain.to} />}
    </a>
  );
}

export interface IndicatorsDashboardProps {
  plan: Plan;
  /** 附表 categories to show, in the plan's order; all when absent. */
  categories?: readonly string[];
  onOpenPlan(ref: string): void;
}

/**
 * The 附表's indicators as number cards: 2020 value, 2025 target, yearly growth and 预期性/约束性, as
 * written in the plan; a pair of bars where both values are plain numbers. Each card opens its row.
 */
export function IndicatorsDashboard({ plan, categories, onOpenPlan }: IndicatorsDashboardProps) {
  const { t, lang } = usePresentText();
  const en = lang === 'en';
  const title = en ? `${planRefEn(plan, 'appendix')}: ${tableTitlesEn.appendix ?? ''}` : planLabel(plan, 'appendix');
  const all = appendixIndicators(plan);
  const shown = categories ? all.filter((i) => categories.includes(i.category)) : all;
  const groups = [...new Set(shown.map((i) => i.category))];
  return (
    <section className={`dashboard dashboard--indicators${en ? ' dashboard--en' : ''}`} data-testid="indicators-dashboard" aria-label={title}>
      <h3 className="dashboard__title">{title}</h3>
      <p className="dashboard__legend">
        <span className="ind-legend ind-legend--from" /> {t.value2020}
        <span className="ind-legend ind-legend--to" /> {t.indicatorsLegend}
      </p>
      {groups.map((g) => (
        <div key={g} className="dashboard__group" data-category={g}>
          <h4 className="dashboard__group-title">
            {en ? (
              <>
                {indicatorCategoriesEn[g] ?? g} <span lang={PLAN_TAG}>{g}</span>
              </>
            ) : (
              g
            )}
          </h4>
          <div className="dashboard__cards">
            {shown
              .filter((i) => i.category === g)
              .map((i) => (
                <IndicatorCard key={i.rowId} ind={i} onOpenPlan={onOpenPlan} t={t} lang={lang} />
              ))}
          </div>
        </div>
      ))}
    </section>
  );
}
