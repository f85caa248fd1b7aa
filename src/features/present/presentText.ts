import { useI18n, useWords } from '../../i18n/I18n.tsx';
import type { Lang } from '../../i18n/lang.ts';
import type { LazyMessages } from '../../i18n/messages.ts';
import { presentMode } from '../../i18n/zh/presentMode.ts';
import { planLabel } from '../../core/plan/planLabels.ts';
import type { Plan } from '../../core/plan/types.ts';
import type { TourStep } from './tourSchema.ts';

/** The Chinese of the plan (passages, names, values) inside an English screen keeps this tag. */
export const PLAN_TAG = 'zh-CN';

export type PresentWords = LazyMessages['presentMode'];

/** A step's title in the interface language (the tour file holds both). */
export const titleOf = (s: TourStep, lang: Lang): string => (lang === 'en' ? s.titleEn : s.title);

/**
 * The presentation's words in the interface language, and the language. The mode is rendered inside
 * the App's I18n provider (LazyPresentationMode in App.tsx). Its Chinese words come with this chunk
 * (a lazy domain), its English ones with the English catalogue.
 */
export function usePresentText(): { t: PresentWords; lang: Lang; tag: string } {
  const { lang, tag } = useI18n();
  return { t: useWords('presentMode', presentMode), lang, tag };
}

/**
 * How an English screen names a plan node: `Chapter 9`, `Section 35`, `Table 5`, `Appendix table`,
 * `Table 5, row 7`. The Chinese heading goes beside it (see {@link planTitleZh}).
 */
export function planRefEn(plan: Plan, id: string): string {
  const n = plan.byId.get(id);
  if (!n) return id;
  const table = (t: { number: number | null }) => (t.number === null ? 'Appendix table' : `Table ${t.number}`);
  switch (n.kind) {
    case 'chapter':
      return `Chapter ${n.node.number}`;
    case 'section':
      return `Section ${n.node.number}`;
    case 'table':
      return table(n.node);
    case 'row': {
      const t = plan.byId.get(n.node.tableId);
      return `${t?.kind === 'table' ? table(t.node) : n.node.tableId}, row ${n.node.number}`;
    }
  }
}

/** A plan node's Chinese heading without its number: a chapter's or section's title, a table's title, a row's label. */
export function planTitleZh(plan: Plan, id: string): string {
  const n = plan.byId.get(id);
  if (!n) return '';
  return n.kind === 'row' ? n.node.label : n.node.title;
}

/** A plan node's name in the interface language (Chinese: the plan's own label). */
export function planRef(plan: Plan, id: string, lang: Lang): string {
  return lang === 'en' ? planRefEn(plan, id) : planLabel(plan, id);
}
