import { featuresCiting, type FeatureStore } from '../../core/featureStore.ts';
import { planLabel } from '../../core/plan/planLabels.ts';
import type { Plan, PlanSection, PlanTable } from '../../core/plan/types.ts';
import type { CoverageReport } from '../../core/plan/coverage.ts';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { panels as PANELS_ZH } from '../../i18n/zh/panels.ts';
import { FeatureButton } from '../../ui/FeatureButton.tsx';
import { requestAnnotate, useEditingAvailable } from '../../ui/annotate.ts';
import { passageQuote } from '../../core/plan/passageQuote.ts';
import { suggestedLayer } from '../../core/editor/newFeatureLayer.ts';
import { Summary, useUiLang, type Summaries } from './planSummaries.tsx';
import { FeatureList, PinIcon, SectionItems } from './PlanPlaces.tsx';
import { highlight } from './highlight.tsx';

/* The plan panel's passage views: a chapter, a section, a table. */

/** What every passage view needs: the plan, its places and summaries, and the target to mark. */
export interface ViewProps {
  plan: Plan;
  store: FeatureStore;
  coverage: CoverageReport;
  summaries: Summaries;
  target: string | null;
  quotes: string[];
  onShowFeature(id: string): void;
}

/** How many characters of a paragraph its 「在地图上标注」 names. */
const FIRST_WORDS = 16;

/**
 * A passage's paragraphs, with the quotes marked when the passage is the target; where editing is on,
 * each paragraph gets 「在地图上标注」: a new feature citing the passage's id (`planRef`), quoting the
 * paragraph's first clause, in the layer of the features already citing it.
 */
function Paragraphs({ paragraphs, quotes, planRef, plan, store }: { paragraphs: string[]; quotes: string[]; planRef: string; plan: Plan; store: FeatureStore }) {
  const w = useWords('panels', PANELS_ZH);
  const ui = useUiLang();
  const editing = useEditingAvailable();
  const layer = editing ? suggestedLayer(store.layers, featuresCiting(store, planRef).map((f) => f.properties.layer)) : '';
  return (
    <>
      {paragraphs.map((p, i) => {
        const quote = editing ? passageQuote(p) : '';
        // Every button reads the same; its name says which paragraph it marks (label, number, first words).
        const words = passageQuote(p, FIRST_WORDS);
        return (
          <p key={i}>
            {highlight(p, quotes)}
            {quote && (
              <button
                type="button"
                className="plan-table__annotate plan-passage__annotate"
                data-testid={`annotate-${planRef}-p${i}`}
                lang={ui}
                title={quote}
                aria-label={w.annotatePassage(planLabel(plan, planRef), i + 1, words.length < quote.length ? `${words}…` : words)}
                onClick={() => requestAnnotate({ planRef, quote, ...(layer ? { layer } : {}) })}
              >
                {w.annotate}
              </button>
            )}
          </p>
        );
      })}
    </>
  );
}

export function ChapterView({ chapterId, ...view }: ViewProps & { chapterId: string }) {
  const { plan, summaries, target, quotes } = view;
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
      <Paragraphs paragraphs={chapter.paragraphs} quotes={isTarget ? quotes : []} planRef={chapter.id} plan={plan} store={view.store} />
      {chapter.sectionIds.map((sid) => {
        const s = plan.sections.find((x) => x.id === sid);
        return s ? <SectionView key={sid} {...view} section={s} /> : null;
      })}
      {orphanTables.map((t) => (
        <TableView key={t.id} {...view} table={t} />
      ))}
    </div>
  );
}

function SectionView({ section, ...view }: ViewProps & { section: PlanSection }) {
  const { plan, store, coverage, summaries, target, quotes, onShowFeature } = view;
  const isTarget = target === section.id;
  // A section's places include those of the tables printed in it.
  const cited = [...new Set([section.id, ...section.tableIds].flatMap((id) => featuresCiting(store, id)))];
  return (
    <section className={`plan-section${isTarget ? ' is-target' : ''}`} data-plan-id={section.id} id={`plan-${section.id}`}>
      <h4 className="plan-section__title">{planLabel(plan, section.id)}</h4>
      <Summary of={section.id} summaries={summaries} />
      <Paragraphs paragraphs={section.paragraphs} quotes={isTarget ? quotes : []} planRef={section.id} plan={plan} store={store} />
      {section.tableIds.map((tid) => (
        <TableView key={tid} {...view} table={plan.tables.find((t) => t.id === tid)} />
      ))}
      <SectionItems plan={plan} section={section} coverage={coverage} />
      {cited.length > 0 && (
        <FeatureList features={cited} onShowFeature={onShowFeature} testId={`plan-features-${section.id}`} />
      )}
    </section>
  );
}

export function TableView({ plan, store, summaries, table, target, quotes, onShowFeature }: ViewProps & { table: PlanTable | undefined }) {
  const w = useWords('panels', PANELS_ZH);
  const ui = useUiLang();
  const { name } = useI18n();
  const annotate = useEditingAvailable();
  if (!table) return null;
  const isTarget = target === table.id;
  const rowFeatures = new Map(table.rows.map((r) => [r.id, store.byPlanRef.get(r.id) ?? []]));
  const hasMapColumn = annotate || [...rowFeatures.values()].some((l) => l.length > 0);
  // A new feature for a row goes to the layer of the features citing that row, else of those its table's
  // other rows have (never a frame layer); none: the editor's form asks.
  const tableLayers = [...rowFeatures.values()].flat().map((f) => f.properties.layer);
  const rowLayer = (id: string) => suggestedLayer(store.layers, [...(rowFeatures.get(id) ?? []).map((f) => f.properties.layer), ...tableLayers]);
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
                        <FeatureButton
                          key={f.properties.id}
                          className="plan-table__map-button"
                          data-testid="plan-pin"
                          title={w.showOnMap(name(f.properties.name))}
                          lang={ui}
                          featureId={f.properties.id}
                          onShow={onShowFeature}
                        >
                          {/* A chip per place, named: five identical pins on a row said nothing. */}
                          <PinIcon /> {name(f.properties.name)}
                        </FeatureButton>
                      ))}
                      {annotate && (
                        <button
                          type="button"
                          className="plan-table__annotate"
                          data-testid={`annotate-${r.id}`}
                          lang={ui}
                          aria-label={w.annotateRow(planLabel(plan, r.id))}
                          onClick={() => {
                            const layer = rowLayer(r.id);
                            requestAnnotate({ planRef: r.id, quote: r.cells.find((c) => c.trim().length >= 2)?.trim() ?? '', ...(layer ? { layer } : {}) });
                          }}
                        >
                          {w.annotate}
                        </button>
                      )}
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

