import { useState } from 'react';
import { featuresCiting, type FeatureStore } from '../../core/featureStore.ts';
import { planLabel } from '../../core/plan/planLabels.ts';
import type { Plan } from '../../core/plan/types.ts';
import { useWords } from '../../i18n/I18n.tsx';
import { panels as PANELS_ZH } from '../../i18n/zh/panels.ts';
import { Summary, useUiLang, type Summaries } from './planSummaries.tsx';

/** The plan's table of contents: chapters, opened one at a time to their sections, each with how many places cite it. */
export function Toc({ plan, store, summaries, onNavigate }: { plan: Plan; store: FeatureStore; summaries: Summaries; onNavigate(id: string): void }) {
  const [open, setOpen] = useState<string | null>(null);
  const w = useWords('panels', PANELS_ZH);
  const ui = useUiLang();
  return (
    <nav className="plan-toc" data-testid="plan-toc" aria-label={w.tocLabel}>
      <ol>
        {plan.chapters.map((c) => (
          <li key={c.id}>
            <div className="plan-toc__chapter">
              <button
                type="button"
                className="plan-toc__expand"
                aria-expanded={open === c.id}
                aria-label={w.expand(`${c.numeral}、${c.title}`)}
                onClick={() => setOpen(open === c.id ? null : c.id)}
              >
                {open === c.id ? '▾' : '▸'}
              </button>
              <button type="button" className="plan-toc__link" onClick={() => onNavigate(c.id)}>
                {c.numeral}、{c.title}
              </button>
            </div>
            <Summary of={c.id} summaries={summaries} />
            {open === c.id && (
              <ol className="plan-toc__sections">
                {c.sectionIds.map((sid) => {
                  const count = featuresCiting(store, sid).length;
                  return (
                    <li key={sid}>
                      <button type="button" className="plan-toc__link" onClick={() => onNavigate(sid)}>
                        {planLabel(plan, sid)}
                      </button>
                      {count > 0 && (
                        <span className="plan-toc__count" lang={ui}>
                          {w.placesN(count)}
                        </span>
                      )}
                      <Summary of={sid} summaries={summaries} />
                    </li>
                  );
                })}
                {c.tableIds.map((tid) => (
                  <li key={tid} className="plan-toc__table">
                    <button type="button" className="plan-toc__link" onClick={() => onNavigate(tid)}>
                      {planLabel(plan, tid)}
                    </button>
                    <Summary of={tid} summaries={summaries} />
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
        <li>
          <div className="plan-toc__chapter">
            <span className="plan-toc__expand" />
            <button type="button" className="plan-toc__link" onClick={() => onNavigate('appendix')}>
              附表 兴隆台区“十四五”经济社会发展指标体系表
            </button>
          </div>
          <Summary of="appendix" summaries={summaries} />
        </li>
      </ol>
    </nav>
  );
}

