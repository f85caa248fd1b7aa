import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { PlanFeature } from '../../core/featureSchema.ts';
import { featuresCiting, type FeatureStore } from '../../core/featureStore.ts';
import { chapterOf, planLabel } from '../../core/plan/planLabels.ts';
import type { Plan, PlanSection, PlanTable } from '../../core/plan/types.ts';
import { STATUS_WORDS } from '../../core/vocabulary.ts';
import { SidePanel } from '../../ui/SidePanel.tsx';
import type { CoverageReport } from '../../core/plan/coverage.ts';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import type { Lang } from '../../i18n/lang.ts';
import { panels as PANELS_ZH } from '../../i18n/zh/panels.ts';

/** Plan id → a one-line English summary (src/i18n/en/planSummaries.ts); null in Chinese. */
type Summaries = Readonly<Record<string, string>> | null;

/** The English summaries, fetched only in English (they are a chunk of their own, never in the first screen). */
function usePlanSummaries(lang: Lang): Summaries {
  const [summaries, setSummaries] = useState<Summaries>(null);
  useEffect(() => {
    if (lang !== 'en') return;
    let live = true;
    void import('../../i18n/en/planSummaries.ts').then((m) => {
      if (live) setSummaries(m.planSummariesEn);
    });
    return () => {
      live = false;
    };
  }, [lang]);
  return lang === 'en' ? summaries : null;
}

/** The English summary under a heading of the (Chinese) plan text. */
function Summary({ of, summaries }: { of: string; summaries: Summaries }) {
  const text = summaries?.[of];
  return text ? (
    <p className="plan-summary" lang="en" data-testid="plan-summary" data-plan-ref={of}>
      {text}
    </p>
  ) : null;
}

/**
 * The `lang` of the panel's own words inside the plan's body (which is `zh-CN`): undefined in
 * Chinese, where they agree.
 */
function useUiLang(): string | undefined {
  const { lang, tag } = useI18n();
  return lang === 'zh' ? undefined : tag;
}

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
        {chapterId && (
          <ChapterView
            plan={plan}
            store={store}
            coverage={coverage}
            summaries={summaries}
            chapterId={chapterId}
            target={target}
            quotes={quotes}
            onNavigate={onNavigate}
            onShowFeature={onShowFeature}
          />
        )}
        {showAppendix && (
          <TableView
            plan={plan}
            coverage={coverage}
            summaries={summaries}
            table={plan.tables.find((t) => t.id === 'appendix')}
            target={target}
            quotes={quotes}
            store={store}
            onShowFeature={onShowFeature}
          />
        )}
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

function Toc({ plan, store, summaries, onNavigate }: { plan: Plan; store: FeatureStore; summaries: Summaries; onNavigate(id: string): void }) {
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

interface ViewProps {
  plan: Plan;
  store: FeatureStore;
  coverage: CoverageReport;
  summaries: Summaries;
  target: string | null;
  quotes: string[];
  onShowFeature(id: string): void;
}

function ChapterView({
  plan,
  store,
  coverage,
  summaries,
  chapterId,
  target,
  quotes,
  onNavigate,
  onShowFeature,
}: ViewProps & { chapterId: string; onNavigate(id: string): void }) {
  const chapter = plan.chapters.find((c) => c.id === chapterId);
  if (!chapter) return null;
  const isTarget = target === chapter.id;
  const orphanTables = chapter.tableIds
    .map((id) => plan.tables.find((t) => t.id === id))
    .filter((t): t is PlanTable => t !== undefined && t.sectionId === null);
  return (
    <div className={`plan-chapter${isTarget ? ' is-target' : ''}`} data-plan-id={chapter.id}>
      <h3 className="plan-chapter__title">
        {chapter.numeral}、{chapter.title}
      </h3>
      <Summary of={chapter.id} summaries={summaries} />
      {chapter.paragraphs.map((p, i) => (
        <p key={i}>{highlight(p, isTarget ? quotes : [])}</p>
      ))}
      {chapter.sectionIds.map((sid) => {
        const s = plan.sections.find((x) => x.id === sid);
        return s ? (
          <SectionView
            key={sid}
            plan={plan}
            store={store}
            coverage={coverage}
            summaries={summaries}
            section={s}
            target={target}
            quotes={quotes}
            onShowFeature={onShowFeature}
            onNavigate={onNavigate}
          />
        ) : null;
      })}
      {orphanTables.map((t) => (
        <TableView
          key={t.id}
          plan={plan}
          store={store}
          coverage={coverage}
          summaries={summaries}
          table={t}
          target={target}
          quotes={quotes}
          onShowFeature={onShowFeature}
        />
      ))}
    </div>
  );
}

function SectionView({
  plan,
  store,
  coverage,
  summaries,
  section,
  target,
  quotes,
  onShowFeature,
}: ViewProps & { section: PlanSection; onNavigate(id: string): void }) {
  const isTarget = target === section.id;
  // A section's places include those of the tables printed in it.
  const cited = [...new Set([section.id, ...section.tableIds].flatMap((id) => featuresCiting(store, id)))];
  return (
    <section className={`plan-section${isTarget ? ' is-target' : ''}`} data-plan-id={section.id} id={`plan-${section.id}`}>
      <h4 className="plan-section__title">{planLabel(plan, section.id)}</h4>
      <Summary of={section.id} summaries={summaries} />
      {section.paragraphs.map((p, i) => (
        <p key={i}>{highlight(p, isTarget ? quotes : [])}</p>
      ))}
      {section.tableIds.map((tid) => (
        <TableView
          key={tid}
          plan={plan}
          store={store}
          coverage={coverage}
          summaries={summaries}
          table={plan.tables.find((t) => t.id === tid)}
          target={target}
          quotes={quotes}
          onShowFeature={onShowFeature}
        />
      ))}
      <SectionItems plan={plan} section={section} coverage={coverage} />
      {cited.length > 0 && (
        <FeatureList features={cited} onShowFeature={onShowFeature} testId={`plan-features-${section.id}`} />
      )}
    </section>
  );
}

function TableView({ plan, store, summaries, table, target, quotes, onShowFeature }: ViewProps & { table: PlanTable | undefined }) {
  const w = useWords('panels', PANELS_ZH);
  const ui = useUiLang();
  const { name } = useI18n();
  if (!table) return null;
  const isTarget = target === table.id;
  const rowFeatures = new Map(table.rows.map((r) => [r.id, store.byPlanRef.get(r.id) ?? []]));
  const hasMapColumn = [...rowFeatures.values()].some((l) => l.length > 0);
  return (
    <figure className={`plan-table${isTarget ? ' is-target' : ''}`} data-plan-id={table.id}>
      <figcaption>
        {planLabel(plan, table.id)}
        <Summary of={table.id} summaries={summaries} />
      </figcaption>
      <div className="plan-table__scroll">
        <table>
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th key={i} scope="col">
                  {c.replace(/\n/g, '')}
                </th>
              ))}
              {hasMapColumn && (
                <th scope="col" lang={ui}>
                  {w.mapCol}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => {
              const rowTarget = target === r.id;
              return (
                <tr key={r.id} data-plan-id={r.id} className={rowTarget ? 'is-target' : undefined}>
                  {r.cells.map((c, i) => (
                    <td key={i}>{highlight(c, rowTarget || isTarget ? quotes : [])}</td>
                  ))}
                  {hasMapColumn && (
                    <td className="plan-table__map">
                      {(rowFeatures.get(r.id) ?? []).map((f) => (
                        <button
                          key={f.properties.id}
                          type="button"
                          className="plan-table__map-button"
                          title={w.showOnMap(name(f.properties.name))}
                          aria-label={w.showOnMap(name(f.properties.name))}
                          lang={ui}
                          data-feature-id={f.properties.id}
                          onClick={() => onShowFeature(f.properties.id)}
                        >
                          <PinIcon />
                        </button>
                      ))}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {table.notes.map((n, i) => (
        <p key={i} className="plan-table__note">
          {n}
        </p>
      ))}
    </figure>
  );
}

/** The places of a section on the map: the panel's words, in the interface language. */
function FeatureList({ features, onShowFeature, testId }: { features: PlanFeature[]; onShowFeature(id: string): void; testId: string }) {
  const w = useWords('panels', PANELS_ZH);
  const { name } = useI18n();
  return (
    <div className="plan-features" data-testid={testId} lang={useUiLang()}>
      <h5>{w.sectionPlaces}</h5>
      <ul>
        {features.map((f) => (
          <li key={f.properties.id}>
            <button
              type="button"
              className="plan-features__button"
              data-testid="plan-feature-button"
              data-feature-id={f.properties.id}
              onClick={() => onShowFeature(f.properties.id)}
            >
              <PinIcon /> {name(f.properties.name)}
            </button>
            <span className="plan-features__status">{name(STATUS_WORDS[f.properties.status])}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Wraps each occurrence of the quotes in <mark>. Quotes are matched ignoring white space (the plan
 * text breaks cells over lines), so the match is done on a whitespace-free copy and mapped back.
 */
export function highlight(text: string, quotes: string[]): ReactNode {
  const ranges = findQuoteRanges(text, quotes);
  if (ranges.length === 0) return text.replace(/\n/g, ' ');
  const out: ReactNode[] = [];
  let pos = 0;
  ranges.forEach(([a, b], i) => {
    if (a > pos) out.push(text.slice(pos, a));
    out.push(
      <mark key={i} className="plan-quote" data-testid="plan-quote">
        {text.slice(a, b)}
      </mark>,
    );
    pos = b;
  });
  if (pos < text.length) out.push(text.slice(pos));
  return out;
}

/** [start, end) ranges in `text` of every quote, whitespace-insensitive, merged and sorted. */
export function findQuoteRanges(text: string, quotes: string[]): [number, number][] {
  const map: number[] = [];
  let squashed = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) continue;
    map.push(i);
    squashed += ch;
  }
  const ranges: [number, number][] = [];
  for (const q of quotes) {
    const needle = q.replace(/\s+/g, '');
    if (!needle) continue;
    let from = 0;
    for (;;) {
      const at = squashed.indexOf(needle, from);
      if (at < 0) break;
      const start = map[at];
      const end = map[at + needle.length - 1];
      if (start !== undefined && end !== undefined) ranges.push([start, end + 1]);
      from = at + needle.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** A map pin drawn in SVG: fonts lack the map symbols, and an icon must never render as a box. */
function PinIcon() {
  return (
    <svg className="pin-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M8 1.5a4.5 4.5 0 0 0-4.5 4.5c0 3.4 4.5 8.5 4.5 8.5s4.5-5.1 4.5-8.5A4.5 4.5 0 0 0 8 1.5Zm0 6.3a1.8 1.8 0 1 1 0-3.6 1.8 1.8 0 0 1 0 3.6Z" fill="currentColor" />
    </svg>
  );
}

/** The section's inventory items, each marked as mapped or as having no single place. */
function SectionItems({ plan, section, coverage }: { plan: Plan; section: PlanSection; coverage: CoverageReport }) {
  const w = useWords('panels', PANELS_ZH);
  const { name } = useI18n();
  const ui = useUiLang();
  const own = new Set([section.id, ...section.tableIds]);
  const rows = coverage.rows.filter((r) => {
    const n = plan.byId.get(r.item.planRef);
    return own.has(r.item.planRef) || (n?.kind === 'row' && own.has(n.node.tableId));
  });
  if (rows.length === 0) return null;
  return (
    <div className="plan-items" data-testid={`plan-items-${section.id}`} lang={ui}>
      <h5>{w.sectionItems}</h5>
      <ul>
        {rows.map((r) => (
          <li key={r.item.id} data-item-id={r.item.id} data-state={r.state}>
            <span className={`coverage-tag coverage-tag--${r.state}`}>{w.states[r.state]}</span> {name(r.item.name)}
          </li>
        ))}
      </ul>
    </div>
  );
}
