import type { PlanTable, PlanTableRow } from './types';
import { APPENDIX_HEADING, NOTE_START, NUMBERED_NOTE, PlanParseError, TABLE_HEADING, excerpt, isBlank, isCell, isHeading, type SourceLine } from './planLines.ts';

interface CellGroup {
  line: number;
  cells: string[];
}

export interface ParsedTable {
  table: PlanTable;
  /** Index of the first line after the table (and its notes). */
  next: number;
}

/**
 * Reads one table starting at its heading line. Cells are tab-led lines; a following line without
 * a tab continues the cell (Word wrapped the cell text), blank lines separate rows, and `注：`
 * lines after the rows are notes. The table ends at the first other text.
 */
export function parseTable(lines: readonly SourceLine[], start: number): ParsedTable {
  const headingLine = lines[start];
  if (headingLine === undefined) throw new PlanParseError(null, 'expected a table heading');
  const numbered = TABLE_HEADING.exec(headingLine.text);
  const appendix = numbered ? null : APPENDIX_HEADING.exec(headingLine.text);
  let number: number | null;
  let label: string;
  let title: string;
  if (numbered) {
    number = Number(numbered[1]);
    label = `表${number}`;
    title = (numbered[2] ?? '').trim();
  } else if (appendix) {
    number = null;
    label = '附表';
    title = (appendix[1] ?? '').trim();
  } else {
    throw new PlanParseError(headingLine.no, `expected a table heading (表N or 附表), found "${excerpt(headingLine.text)}"`);
  }
  const id = number === null ? 'appendix' : `t${number}`;

  const groups: CellGroup[] = [];
  const notes: string[] = [];
  let group: CellGroup | null = null;
  // True while the previous non-blank line was a cell or a continuation of one.
  let inCell = false;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) break;
    const { text } = line;
    if (isCell(text)) {
      if (notes.length > 0) {
        throw new PlanParseError(line.no, `expected a note or body text after the notes of ${label}, found a table cell`);
      }
      if (group === null) {
        group = { line: line.no, cells: [] };
        groups.push(group);
      }
      group.cells.push(text.trim());
      inCell = true;
    } else if (isBlank(text)) {
      group = null;
      inCell = false;
    } else if (inCell && group !== null && !isHeading(text)) {
      // A heading right after the last cell (e.g. ` 六、打造区域性总部基地` after 表8) ends the
      // table even without a blank line; any other text is a wrapped cell.
      const last = group.cells.length - 1;
      group.cells[last] = `${group.cells[last] ?? ''}\n${text.trim()}`;
    } else if (groups.length > 1 && (NOTE_START.test(text) || (notes.length > 0 && NUMBERED_NOTE.test(text)))) {
      notes.push(text.trim());
    } else {
      break;
    }
  }

  const [header, ...rowGroups] = groups;
  if (header === undefined) {
    throw new PlanParseError(headingLine.no, `expected header cells (tab-led lines) after the heading of ${label}`);
  }
  const columns = header.cells;
  const seqColumn = columns.indexOf('序号');
  if (seqColumn < 0) {
    throw new PlanParseError(header.line, `expected a 序号 column in the header of ${label}, found ${columns.join(' / ')}`);
  }
  const labelColumn = seqColumn + 1;
  if (labelColumn >= columns.length) {
    throw new PlanParseError(header.line, `expected a name column after 序号 in the header of ${label}`);
  }
  const categoryColumn = columns.indexOf('分类');

  const rows: PlanTableRow[] = [];
  let category: string | undefined;
  for (const rowGroup of rowGroups) {
    // 附表 has a spacer row of empty cells under its header, and the file ends with a lone empty cell.
    if (rowGroup.cells.every((cell) => cell === '')) continue;
    if (rowGroup.cells.length !== columns.length) {
      throw new PlanParseError(
        rowGroup.line,
        `expected ${columns.length} cells in a row of ${label} (${columns.map((c) => c.replace(/\n/g, '')).join(' / ')}), found ${rowGroup.cells.length}`,
      );
    }
    const seqCell = rowGroup.cells[seqColumn] ?? '';
    const expectedSeq = rows.length + 1;
    if (!/^[0-9]+$/.test(seqCell) || Number(seqCell) !== expectedSeq) {
      throw new PlanParseError(rowGroup.line, `expected row 序号 ${expectedSeq} in ${label}, found "${excerpt(seqCell)}"`);
    }
    const row: PlanTableRow = {
      id: `${id}-r${expectedSeq}`,
      tableId: id,
      number: expectedSeq,
      cells: rowGroup.cells,
      label: rowGroup.cells[labelColumn] ?? '',
    };
    if (categoryColumn >= 0) {
      const named = rowGroup.cells[categoryColumn] ?? '';
      if (named !== '') category = named;
      if (category === undefined) {
        throw new PlanParseError(rowGroup.line, `expected the first row of ${label} to name its 分类`);
      }
      row.category = category;
    }
    rows.push(row);
  }
  if (rows.length === 0) {
    throw new PlanParseError(headingLine.no, `expected at least one row in ${label}`);
  }

  return {
    table: { id, number, label, title, columns, rows, notes, chapterId: null, sectionId: null },
    next: i,
  };
}

