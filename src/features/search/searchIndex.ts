import type { PlanFeature } from '../../core/featureSchema.ts';
import { planLabel } from '../../core/plan/planLabels.ts';
import type { Plan } from '../../core/plan/types.ts';
import { type Doc, type Field, MATCH_RANK, type MatchField, type SearchIndex, type SearchOptions, type SearchResults } from './searchTypes.ts';
import { makeField, prepareQuery, type Query } from './searchText.ts';
import { type DocMatch, FIELD_RANK, matchDoc, snippetOf } from './searchMatch.ts';

export type * from './searchTypes.ts';
export { MAX_QUERY_LENGTH } from './searchTypes.ts';

/**
 * One search over the plan's places and the plan's text.
 *
 * Places match by Chinese name, English name, and the tone-less pinyin of the Chinese name: in full
 * (`lvdaogongyuan`, `lv dao`), by initials (`ldgy`) or mixed (`lvdgy`); `ü` may be typed as `v`, `u` or
 * `ü`. Plan passages match by Chinese substring in chapter and section titles and paragraphs, table
 * titles, row labels and cells and table notes, and by pinyin of titles and row labels.
 *
 * Everything the query is compared with is normalised once when the index is built; a query only
 * normalises itself and scans.
 */

/**
 * Builds the index over every feature and the whole plan. Runs pinyin over names, titles and row
 * labels once (a few hundred short strings); call it once at start-up or on the first search.
 */
export function buildSearchIndex(plan: Plan, features: Iterable<PlanFeature>): SearchIndex {
  const places: Doc[] = [];
  for (const f of features) {
    const p = f.properties;
    places.push({
      kind: 'place',
      id: p.id,
      label: p.name.zh,
      labelEn: p.name.en,
      layer: p.layer,
      fields: [
        makeField('name-zh', p.name.zh, { pinyin: true }),
        makeField('name-en', p.name.en, { words: true }),
      ],
      nameLength: Array.from(p.name.zh).length,
      order: places.length,
    });
  }

  const planDocs: Doc[] = [];
  const addPlan = (id: string, fields: Field[], name: string) => {
    planDocs.push({
      kind: 'plan',
      id,
      label: planLabel(plan, id),
      labelEn: '',
      layer: '',
      fields,
      nameLength: Array.from(name).length,
      order: planDocs.length,
    });
  };
  const texts = (field: MatchField, list: readonly string[]) => list.filter((t) => t.trim() !== '').map((t) => makeField(field, t));
  for (const chapter of plan.chapters) {
    addPlan(chapter.id, [makeField('title', chapter.title, { pinyin: true }), ...texts('text', chapter.paragraphs)], chapter.title);
    for (const sectionId of chapter.sectionIds) {
      const node = plan.byId.get(sectionId);
      if (node?.kind !== 'section') continue;
      const s = node.node;
      addPlan(s.id, [makeField('title', s.title, { pinyin: true }), ...texts('text', s.paragraphs)], s.title);
    }
  }
  for (const t of plan.tables) {
    addPlan(
      t.id,
      [makeField('title', `${t.label} ${t.title}`), makeField('title', t.title, { pinyin: true }), ...texts('text', t.notes)],
      t.title,
    );
    const seqIndex = t.columns.indexOf('序号');
    for (const row of t.rows) {
      const label = row.label.replace(/\n/g, '');
      const labelIndex = row.cells.indexOf(row.label);
      // The 序号 cell is the row number: "9" should not find every ninth row.
      const cells = row.cells.filter((_, i) => i !== labelIndex && i !== seqIndex);
      if (row.category !== undefined && !cells.includes(row.category)) cells.push(row.category);
      addPlan(row.id, [makeField('label', label, { pinyin: true }), ...texts('cell', cells)], label);
    }
  }
  return { places, plan: planDocs };
}

function rank(docs: readonly Doc[], q: Query): { doc: Doc; dm: DocMatch }[] {
  const found: { doc: Doc; dm: DocMatch }[] = [];
  for (const doc of docs) {
    const dm = matchDoc(doc, q);
    if (dm) found.push({ doc, dm });
  }
  found.sort(
    (a, b) =>
      MATCH_RANK[a.dm.m.kind] - MATCH_RANK[b.dm.m.kind] ||
      FIELD_RANK[a.dm.as] - FIELD_RANK[b.dm.as] ||
      // Shorter names first, but body-text hits keep the plan's order.
      (a.dm.as === 'text' ? 0 : a.doc.nameLength - b.doc.nameLength) ||
      a.doc.order - b.doc.order,
  );
  return found;
}

/**
 * Searches places and the plan. Ranked per group: exact > prefix > substring > initials, names and
 * titles before cells before body text, then shorter names first, then data / plan order.
 * Never throws; an empty or blank query gives no hits.
 */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResults {
  const limit = Math.max(0, Math.floor(options.limit ?? 20));
  const q = prepareQuery(query);
  if (q === null) return { places: [], plan: [], total: { places: 0, plan: 0 } };
  const places = rank(index.places, q);
  const planHits = rank(index.plan, q);
  return {
    places: places.slice(0, limit).map(({ doc, dm }) => ({
      kind: 'place',
      id: doc.id,
      label: doc.label,
      labelEn: doc.labelEn,
      layer: doc.layer,
      field: dm.as,
      match: dm.m.kind,
      snippet: snippetOf(dm.field, dm.m),
    })),
    plan: planHits.slice(0, limit).map(({ doc, dm }) => ({
      kind: 'plan',
      id: doc.id,
      planId: doc.id,
      label: doc.label,
      field: dm.as,
      match: dm.m.kind,
      snippet: snippetOf(dm.field, dm.m),
    })),
    total: { places: places.length, plan: planHits.length },
  };
}
