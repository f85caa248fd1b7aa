import type { Plan, PlanNode } from './types.ts';

/** A parsed plan as it travels in JSON: everything but the index, which is a Map. */
export type PlanData = Omit<Plan, 'byId'>;

/**
 * Indexes a parsed plan's chapters, sections, tables and rows by id. The build parses the plan text and
 * ships this data, so the browser only rebuilds the index and never carries the parser.
 *
 * @param duplicate the error for an id that occurs twice (the parser gives it a line-less parse error).
 */
export function indexPlan(data: PlanData, duplicate: (id: string) => Error = (id) => new Error(`plan: id ${id} occurs twice`)): Plan {
  const byId = new Map<string, PlanNode>();
  const add = (node: PlanNode): void => {
    if (byId.has(node.id)) throw duplicate(node.id);
    byId.set(node.id, node);
  };
  for (const node of data.chapters) add({ kind: 'chapter', id: node.id, node });
  for (const node of data.sections) add({ kind: 'section', id: node.id, node });
  for (const node of data.tables) {
    add({ kind: 'table', id: node.id, node });
    for (const row of node.rows) add({ kind: 'row', id: row.id, node: row });
  }
  return { ...data, byId };
}

/** The plan without its index, as the build writes it to JSON (a Map does not survive JSON). */
export function planData(plan: Plan): PlanData {
  const { chapters, sections, tables, title, documentNumber, issuedOn, preamble } = plan;
  return { title, documentNumber, issuedOn, preamble, chapters, sections, tables };
}
