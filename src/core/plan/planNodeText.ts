import type { Plan } from './types.ts';

/**
 * The plain text of one node, for checking that a quoted passage really occurs in the node it
 * cites. Chapters and sections give their title and own paragraphs (tables are separate nodes);
 * a table gives its label, title, header, every cell and its notes; a row gives its cells joined
 * by a space. Cell line breaks are kept as `\n`, so callers comparing quotes should normalise
 * whitespace on both sides.
 *
 * @returns undefined when no node has that id.
 */
export function planNodeText(plan: Plan, id: string): string | undefined {
  const entry = plan.byId.get(id);
  if (entry === undefined) return undefined;
  switch (entry.kind) {
    case 'chapter':
    case 'section':
      return [entry.node.title, ...entry.node.paragraphs].join('\n');
    case 'table': {
      const table = entry.node;
      return [
        `${table.label} ${table.title}`,
        table.columns.join(' '),
        ...table.rows.map((row) => row.cells.join(' ')),
        ...table.notes,
      ].join('\n');
    }
    case 'row':
      return entry.node.cells.join(' ');
  }
}
