import { STATUS_WORDS } from '../../core/featureSchema.ts';
import { rowLabelsEn, tableTitlesEn } from '../../i18n/en/planTables.ts';
import type { Palette } from '../../core/palette.ts';
import type { Plan } from '../../core/plan/types.ts';
import { onPlanClick, planHref, unitIn } from './IndicatorsDashboard.tsx';
import { COMPLETION_WORDS, completionTables, statusOfCompletion, type CompletionTable, type CompletionWord } from './indicators.ts';
import { PLAN_TAG, planRefEn, usePresentText } from './presentText.ts';

/** One table's rows as a stacked bar by completion word, with the counts written beside it. */
function CompletionBar({ table, palette }: { table: CompletionTable; palette: Palette }) {
  const total = table.rows.length;
  // Each word's segment starts where the words before it end.
  const starts = COMPLETION_WORDS.map((_, i) => COMPLETION_WORDS.slice(0, i).reduce((sum, w) => sum + table.counts[w], 0));
  return (
    <svg className="completion__bar" viewBox={`0 0 ${total} 1`} preserveAspectRatio="none" aria-hidden="true">
      {COMPLETION_WORDS.map((w, i) => (
        <rect key={w} x={starts[i]} y={0} width={table.counts[w]} height={1} fill={palette.status[statusOfCompletion(w)]} />
      ))}
    </svg>
  );
}

export interface CompletionDashboardProps {
  plan: Plan;
  palette: Palette;
  onOpenPlan(ref: string): void;
}

/**
 * The 13th plan's completion tables 表1–表4: per table a bar of how many items were 超额完成, 已完成,
 * 基本完成 and 未完成, and every row as a card in the colour of its word, linked to the row.
 */
export function CompletionDashboard({ plan, palette, onOpenPlan }: CompletionDashboardProps) {
  const { t: words, lang } = usePresentText();
  const en = lang === 'en';
  // The completion words are the plan's; English shows the status words the map's legend uses for them.
  const word = (w: CompletionWord) => (en ? STATUS_WORDS[statusOfCompletion(w)].en : w);
  const tables = completionTables(plan);
  return (
    <section className="dashboard dashboard--completion" data-testid="completion-dashboard" aria-label={words.completionTitle}>
      <h3 className="dashboard__title">{words.completionTitle}</h3>
      <p className="dashboard__legend">
        {COMPLETION_WORDS.map((w) => (
          <span key={w} className="completion__key">
            <span className="completion__swatch" style={{ background: palette.status[statusOfCompletion(w)] }} />
            {word(w)}
          </span>
        ))}
      </p>
      {/* Two columns, the tables in reading order (表1 表2 / 表3 表4), each column as tall as its own tables. */}
      <div className="completion__tables">
        {[0, 1].map((col) => (
          <div key={col} className="completion__col">
            {tables
              .filter((_, i) => i % 2 === col)
              .map((t) => (
                <figure key={t.id} className="completion__table" data-testid="completion-table" data-table-id={t.id}>
                  <figcaption>
                    <a className="completion__caption" href={planHref(t.id)} onClick={onPlanClick(t.id, onOpenPlan)}>
                      {en ? `${planRefEn(plan, t.id)}: ${tableTitlesEn[t.id] ?? ''}` : `${t.label} ${t.title}`}
                    </a>
                  </figcaption>
                  <CompletionBar table={t} palette={palette} />
                  <p className="completion__counts" data-testid="completion-counts">
                    {COMPLETION_WORDS.filter((w) => t.counts[w] > 0).map((w) => (
                      <span key={w} className="completion__count">
                        {word(w)} <strong>{t.counts[w]}</strong>
                      </span>
                    ))}
                    <span className="completion__count">{words.items(t.rows.length)}</span>
                  </p>
                  <ol className="completion__rows">
                    {t.rows.map((r) => (
                      <li key={r.rowId}>
                        <a
                          className="completion__row"
                          href={planHref(r.rowId)}
                          onClick={onPlanClick(r.rowId, onOpenPlan)}
                          data-testid="completion-row"
                          data-row-id={r.rowId}
                          style={{ borderLeftColor: palette.status[statusOfCompletion(r.word)] }}
                        >
                          <span className="completion__no">{r.number}</span>
                          <span className="completion__label">
                            {en && rowLabelsEn[r.rowId] && <span className="completion__label-en">{rowLabelsEn[r.rowId]}</span>}
                            <span lang={PLAN_TAG} className={en ? 'completion__label-zh' : undefined}>
                              {r.label}
                            </span>
                          </span>
                          {r.target !== undefined && (
                            <span className="completion__figures">
                              {words.target} <span lang={PLAN_TAG}>{r.target}</span> · {words.achieved} <span lang={PLAN_TAG}>{r.achieved}</span>{' '}
                              {unitIn(r.unit ?? '', lang)}
                            </span>
                          )}
                          <span className="completion__word" style={{ color: palette.status[statusOfCompletion(r.word)] }}>
                            {word(r.word)}
                          </span>
                        </a>
                      </li>
                    ))}
                  </ol>
                </figure>
              ))}
          </div>
        ))}
      </div>
    </section>
  );
}
