import type { Ref } from 'react';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { Lang } from '../../i18n/lang.ts';
import { planLabel } from '../../core/plan/planLabels.ts';
import type { Plan } from '../../core/plan/types.ts';
import { onPlanClick, planHref } from './IndicatorsDashboard.tsx';
import { PLAN_TAG, planRef, planRefEn, planTitleZh, titleOf, type PresentWords } from './presentText.ts';
import { StepLegend } from './StepLegend.tsx';
import type { Tour, TourPassage, TourStep } from './tourSchema.ts';

/** Consecutive passages citing the same node share one citation line. */
function groupPassages(passages: readonly TourPassage[]): { ref: string; items: TourPassage[] }[] {
  const out: { ref: string; items: TourPassage[] }[] = [];
  for (const p of passages) {
    const last = out[out.length - 1];
    if (last && last.ref === p.ref) last.items.push(p);
    else out.push({ ref: p.ref, items: [p] });
  }
  return out;
}

interface StepPanelProps {
  plan: Plan;
  store: FeatureStore;
  tour: Tour;
  step: TourStep;
  index: number;
  onOpenPlan(ref: string, quote?: string): void;
  ref: Ref<HTMLElement>;
  t: PresentWords;
  lang: Lang;
}

/**
 * How a key number cites its source: a table row as `表5 第7行`, a section already cited by the step's
 * passage by its number alone, anything else by its full label.
 */
function citeLabel(plan: Plan, ref: string, citedAbove: ReadonlySet<string>): string {
  const n = plan.byId.get(ref);
  if (n?.kind === 'row') {
    const t = plan.byId.get(n.node.tableId);
    return `${t?.kind === 'table' ? t.node.label : n.node.tableId} 第${n.node.number}行`;
  }
  if (n?.kind === 'section' && citedAbove.has(ref)) return `（${n.node.numeral}）`;
  return planLabel(plan, ref);
}

/** The step's words beside the map: where it stands in the plan, its title, passages and key numbers. */
export function StepPanel({ plan, store, tour, step, index, onOpenPlan, ref, t, lang }: StepPanelProps) {
  const citedAbove = new Set(step.passages.map((p) => p.ref));
  const en = lang === 'en';
  return (
    <aside ref={ref} className="present__panel" data-testid="present-panel" aria-live="polite">
      <p className="present__kicker">
        <span className="present__step-no">
          {index + 1} / {tour.steps.length}
        </span>
        {planRef(plan, step.chapter, lang)}
      </p>
      <h2 className="present__title" data-testid="present-title">
        {titleOf(step, lang)}
      </h2>
      {groupPassages(step.passages).map((g, i) => (
        <blockquote key={i} className="present__passage" data-testid="present-passage">
          {/* English: the passage's translation first, then the plan's own words, smaller. */}
          {en && g.items.map((p, j) => <p key={`en${j}`}>{p.en}</p>)}
          {g.items.map((p, j) => (
            <p key={j} lang={PLAN_TAG} className={en ? 'present__original' : undefined}>
              {p.text}
            </p>
          ))}
          <footer>
            <a className="present__cite" href={planHref(g.ref)} onClick={onPlanClick(g.ref, (r) => onOpenPlan(r, g.items[0]?.text.split('……')[0]))}>
              {en ? (
                <>
                  — {planRefEn(plan, g.ref)} · <span lang={PLAN_TAG}>{planTitleZh(plan, g.ref)}</span>
                </>
              ) : (
                `——${planLabel(plan, g.ref)}`
              )}
            </a>
          </footer>
        </blockquote>
      ))}
      <ul className={`present__numbers present__numbers--${step.numbers.length}`} data-testid="key-numbers">
        {step.numbers.map((n, i) => (
          <li key={i} className="keynum" data-testid="key-number" data-ref={n.ref}>
            <span className="keynum__value">
              <span className="keynum__figure" data-testid="key-number-value">
                {n.value}
              </span>
              <span className="keynum__unit">{en ? n.unitEn : n.unit}</span>
            </span>
            <span className="keynum__label">{en ? n.labelEn : n.label}</span>
            <a
              className="keynum__ref"
              href={planHref(n.ref)}
              onClick={onPlanClick(n.ref, (r) => onOpenPlan(r, n.quote))}
              data-testid="key-number-ref"
              aria-label={t.source(planRef(plan, n.ref, lang))}
            >
              {t.source(en ? planRefEn(plan, n.ref) : citeLabel(plan, n.ref, citedAbove))}
            </a>
          </li>
        ))}
      </ul>
      {step.view === 'map' && <StepLegend plan={plan} store={store} step={step} t={t} lang={lang} />}
    </aside>
  );
}
