import { planNodeText } from '../../core/plan/planNodeText.ts';
import { planLabel } from '../../core/plan/planLabels.ts';
import type { Plan } from '../../core/plan/types.ts';
import { planSummariesEn } from '../../i18n/en/planSummaries.ts';
import { rowLabelsEn } from '../../i18n/en/planTables.ts';
import type { Lang } from '../../i18n/lang.ts';
import { onPlanClick, planHref } from './IndicatorsDashboard.tsx';
import { PLAN_TAG, planRef, planRefEn, planTitleZh, type PresentWords } from './presentText.ts';

/** Marks each occurrence of `quote` in `text`. */
function Marked({ text, quote }: { text: string; quote?: string }) {
  if (!quote || !text.includes(quote)) return <>{text}</>;
  const parts = text.split(quote);
  return (
    <>
      {parts.map((p, i) => (
        <span key={i}>
          {p}
          {i < parts.length - 1 && <mark>{quote}</mark>}
        </span>
      ))}
    </>
  );
}

/** A plan node in large type, over the map: a section's text with the cited words marked, a row as its table's columns, a table whole. */
export function PlanPassage({
  plan,
  refId,
  quote,
  onClose,
  onOpenInExplorer,
  t,
  lang,
}: {
  plan: Plan;
  refId: string;
  quote?: string;
  onClose(): void;
  onOpenInExplorer(): void;
  t: PresentWords;
  lang: Lang;
}) {
  const en = lang === 'en';
  // English: this project's one line on the node (a row's short label, else its table's summary).
  const summary = en ? (rowLabelsEn[refId] ?? planSummariesEn[refId] ?? planSummariesEn[refId.replace(/-r\d+$/, '')]) : undefined;
  const node = plan.byId.get(refId);
  const table = node?.kind === 'row' ? plan.tables.find((t) => t.id === node.node.tableId) : node?.kind === 'table' ? node.node : undefined;
  const rows = node?.kind === 'row' ? [node.node] : node?.kind === 'table' ? node.node.rows : [];
  return (
    <div className="present__overlay present__overlay--plan" role="dialog" aria-label={planRef(plan, refId, lang)} data-testid="plan-overlay" data-plan-ref={refId}>
      <header className="present__overlay-head">
        {en ? (
          <h2>
            {planRefEn(plan, refId)} · <span lang={PLAN_TAG}>{planTitleZh(plan, refId)}</span>
          </h2>
        ) : (
          <h2>{planLabel(plan, refId)}</h2>
        )}
        <a className="present__button" href={planHref(refId)} onClick={onPlanClick(refId, onOpenInExplorer)}>
          {t.openInPanel}
        </a>
        <button type="button" className="present__button" onClick={onClose}>
          {t.backKey}
        </button>
      </header>
      {summary && (
        <p className="present__plan-summary" data-testid="plan-summary">
          <span className="present__plan-summary-note">{t.summaryNote}</span> {summary}
        </p>
      )}
      <div className="present__overlay-body present__plan-text" lang={PLAN_TAG}>
        {table ? (
          <table className="present__plan-table">
            <caption>
              {table.label} {table.title}
            </caption>
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  {r.cells.map((c, i) => (
                    <td key={i}>
                      <Marked text={c} quote={quote} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <Marked text={planNodeText(plan, refId) ?? ''} quote={quote} />
        )}
      </div>
    </div>
  );
}

