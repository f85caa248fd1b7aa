import { useEffect, useRef } from 'react';
import type { FeatureStore } from '../../core/featureStore.ts';
import { chapterOf } from '../../core/plan/planLabels.ts';
import type { Plan } from '../../core/plan/types.ts';
import { SidePanel } from '../../ui/SidePanel.tsx';
import type { CoverageReport } from '../../core/plan/coverage.ts';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { panels as PANELS_ZH } from '../../i18n/zh/panels.ts';
import { usePlanSummaries, useUiLang } from './planSummaries.tsx';
import { Toc } from './PlanToc.tsx';
import { ChapterView, TableView, type ViewProps } from './PlanPassages.tsx';

export interface PlanPanelProps {
  plan: Plan;
  store: FeatureStore;
  /** The node to show and highlight; null shows the table of contents. */
  target: string | null;
  /** Passages to mark inside the target. */
  quotes: string[];
  /** The plan–map check, to mark each section's items as mapped or without a place. */
  coverage: CoverageReport;
  onNavigate(id: string | null): void;
  onShowFeature(id: string): void;
  onClose(): void;
}

/**
 * The plan's own text: a table of contents (chapters → sections → tables) and a reader that shows
 * the chapter holding the target, with the target highlighted and scrolled into view. Each section
 * lists the map features that cite it.
 */
export function PlanPanel({ plan, store, target, quotes, coverage, onNavigate, onShowFeature, onClose }: PlanPanelProps) {
  const { m, lang } = useI18n();
  const w = useWords('panels', PANELS_ZH);
  const ui = useUiLang();
  const summaries = usePlanSummaries(lang);
  const bodyRef = useRef<HTMLDivElement>(null);
  const chapterId = target ? chapterOf(plan, target) : null;
  const showAppendix = target !== null && chapterId === null;

  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    if (!target) {
      body.scrollTop = 0;
      return;
    }
    const el = body.querySelector<HTMLElement>(`[data-plan-id="${CSS.escape(target)}"]`);
    const mark = el?.querySelector<HTMLElement>('mark') ?? el;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  }, [target, quotes]);

  const chapterIndex = chapterId ? plan.chapters.findIndex((c) => c.id === chapterId) : -1;
  const prev = chapterIndex > 0 ? plan.chapters[chapterIndex - 1] : undefined;
  const next = chapterIndex >= 0 ? plan.chapters[chapterIndex + 1] : undefined;
  const view: ViewProps = { plan, store, coverage, summaries, target, quotes, onShowFeature };

  return (
    <SidePanel
      title={m.app.plan}
      testId="plan-panel"
      onClose={onClose}
      actions={
        <button type="button" className="plan-panel__toc-button" onClick={() => onNavigate(null)} data-testid="plan-toc-button">
          {w.toc}
        </button>
      }
    >
      {/* The plan's own text stays in the original Chinese; the panel's words around it carry the interface's lang. */}
      <p className="plan-panel__doc" lang="zh-CN">
        《{plan.title}》 {plan.documentNumber} · {plan.issuedOn}
      </p>
      <div className="plan-panel__body" ref={bodyRef} lang="zh-CN">
        {target === null && <Toc plan={plan} store={store} summaries={summaries} onNavigate={onNavigate} />}
        {chapterId && <ChapterView {...view} chapterId={chapterId} />}
        {showAppendix && <TableView {...view} table={plan.tables.find((t) => t.id === 'appendix')} />}
        {chapterId && (
          <nav className="plan-panel__pager" aria-label={w.pager} lang={ui}>
            {prev ? (
              <button type="button" onClick={() => onNavigate(prev.id)} lang="zh-CN">
                ← {prev.numeral}、{prev.title}
              </button>
            ) : (
              <span />
            )}
            {next ? (
              <button type="button" onClick={() => onNavigate(next.id)} lang="zh-CN">
                {next.numeral}、{next.title} →
              </button>
            ) : (
              <button type="button" onClick={() => onNavigate('appendix')}>
                {w.appendix} →
              </button>
            )}
          </nav>
        )}
      </div>
    </SidePanel>
  );
}

