import type { MouseEvent } from 'react';
import { planLabel } from '../plan/planLabels.ts';
import type { Plan } from '../plan/types.ts';
import { appendixIndicators, type Indicator } from './indicators.ts';

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
    <span className="ind-card__num" data-testid={testId} data-value={text}>
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

function IndicatorCard({ ind, onOpenPlan }: { ind: Indicator; onOpenPlan(ref: string): void }) {
  return (
    <a
      className="ind-card"
      href={planHref(ind.rowId)}
      onClick={onPlanClick(ind.rowId, onOpenPlan)}
      data-testid="indicator-card"
      data-row-id={ind.rowId}
      aria-label={`附表第${ind.number}行 ${ind.name}：2020年预计完成 ${ind.value2020}，2025年规划目标 ${ind.target2025}${ind.unit ? `（${ind.unit}）` : ''}`}
    >
      <span className="ind-card__head">
        <span className="ind-card__no">{ind.number}</span>
        <span className="ind-card__name">{ind.name}</span>
        {ind.kind && (
          <span className={`ind-card__kind ind-card__kind--${ind.kind === '约束性' ? 'binding' : 'expected'}`} data-testid="indicator-kind">
            {ind.kind}
          </span>
        )}
      </span>
      <span className="ind-card__values">
        <span className="ind-card__value">
          <span className="ind-card__year">2020年预计完成</span>
          <ValueCell text={ind.value2020} testId="indicator-2020" />
        </span>
        <span className="ind-card__arrow" aria-hidden="true">
          →
        </span>
        <span className="ind-card__value ind-card__value--target">
          <span className="ind-card__year">2025年规划目标</span>
          <ValueCell text={ind.target2025} testId="indicator-2025" />
        </span>
      </span>
      <span className="ind-card__foot">
        <span className="ind-card__unit" data-testid="indicator-unit">
          单位：{ind.unit}
        </span>
        <span className="ind-card__growth" data-testid="indicator-growth">
          年均递增（%）：{ind.growthPct}
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
  const all = appendixIndicators(plan);
  const shown = categories ? all.filter((i) => categories.includes(i.category)) : all;
  const groups = [...new Set(shown.map((i) => i.category))];
  return (
    <section className="dashboard dashboard--indicators" data-testid="indicators-dashboard" aria-label={planLabel(plan, 'appendix')}>
      <h3 className="dashboard__title">{planLabel(plan, 'appendix')}</h3>
      <p className="dashboard__legend">
        <span className="ind-legend ind-legend--from" /> 2020年预计完成
        <span className="ind-legend ind-legend--to" /> 2025年规划目标（仅两项均为数值时绘制）· 数值按附表原文显示
      </p>
      {groups.map((g) => (
        <div key={g} className="dashboard__group" data-category={g}>
          <h4 className="dashboard__group-title">{g}</h4>
          <div className="dashboard__cards">
            {shown
              .filter((i) => i.category === g)
              .map((i) => (
                <IndicatorCard key={i.rowId} ind={i} onOpenPlan={onOpenPlan} />
              ))}
          </div>
        </div>
      ))}
    </section>
  );
}
