import type {
  Plan,
  PlanChapter,
  PlanNode,
  PlanSection,
  PlanTable,
  PlanTableRow,
} from './types';

/**
 * Thrown by {@link parsePlan} when the text does not have the structure the parser relies on.
 * The message starts with `line N:` (1-based, counting the raw text's lines) and says what was
 * expected there, so an edit that broke the numbering or a table can be found quickly.
 */
export class PlanParseError extends Error {
  /** 1-based line of the offending text; null when the problem is not tied to one line (e.g. a missing document number). */
  readonly line: number | null;

  constructor(line: number | null, message: string) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = 'PlanParseError';
    this.line = line;
  }
}

interface SourceLine {
  /** 1-based line number in the raw text. */
  no: number;
  /** The line with every `[bookmark: …]` marker removed (Word export artefacts). */
  text: string;
}

const BOOKMARK = /\[bookmark:[^\]]*\]/g;
const CHAPTER_HEADING = /^\s*([一二三四五六七八九十]+)、(.+)$/;
const SECTION_HEADING = /^\s*（([0-9]+|[一二三四五六七八九十]+)）(.*)$/;
const TABLE_HEADING = /^\s*表([0-9]+)\s+(\S.*)$/;
const APPENDIX_HEADING = /^\s*附表\s+(\S.*)$/;
const DOCUMENT_NUMBER = /\S+〔\d{4}〕\d+号/;
const ISSUE_DATE_LINE = /^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/;
const QUOTED_TITLE = /《([^《》]*规划纲要)》/;
const NOTE_START = /^\s*注[：:]/;
/** Later notes are numbered `2.` `3.` … without repeating 注：. */
const NUMBERED_NOTE = /^\s*\d+[.．、]/;

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Reads `7`, `十`, `十四`, `四十`, `四十四`; null for anything else. */
function parseNumeral(numeral: string): number | null {
  if (/^[0-9]+$/.test(numeral)) return Number(numeral);
  const parts = numeral.split('十');
  if (parts.length === 1) return CHINESE_DIGITS[numeral] ?? null;
  if (parts.length !== 2) return null;
  const [tensPart = '', onesPart = ''] = parts;
  const tens = tensPart === '' ? 1 : CHINESE_DIGITS[tensPart];
  const ones = onesPart === '' ? 0 : CHINESE_DIGITS[onesPart];
  if (tens === undefined || ones === undefined) return null;
  return tens * 10 + ones;
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

function isCell(text: string): boolean {
  return text.startsWith('\t');
}

function isHeading(text: string): boolean {
  return (
    CHAPTER_HEADING.test(text) ||
    SECTION_HEADING.test(text) ||
    TABLE_HEADING.test(text) ||
    APPENDIX_HEADING.test(text)
  );
}

function excerpt(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 30 ? `${trimmed.slice(0, 30)}…` : trimmed;
}

interface CellGroup {
  line: number;
  cells: string[];
}

interface ParsedTable {
  table: PlanTable;
  /** Index of the first line after the table (and its notes). */
  next: number;
}

/**
 * Reads one table starting at its heading line. Cells are tab-led lines; a following line without
 * a tab continues the cell (Word wrapped the cell text), blank lines separate rows, and `注：`
 * lines after the rows are notes. The table ends at the first other text.
 */
function parseTable(lines: readonly SourceLine[], start: number): ParsedTable {
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

function splitSectionHeading(rest: string): { title: string; body: string } {
  const trimmed = rest.trim();
  const stop = trimmed.indexOf('。');
  if (stop < 0) return { title: trimmed, body: '' };
  return { title: trimmed.slice(0, stop).trim(), body: trimmed.slice(stop + 1).trim() };
}

function readFrontMatter(preamble: readonly string[]): Pick<Plan, 'title' | 'documentNumber' | 'issuedOn'> {
  let title: string | undefined;
  let documentNumber: string | undefined;
  let issuedOn: string | undefined;
  for (const line of preamble) {
    title ??= QUOTED_TITLE.exec(line)?.[1];
    documentNumber ??= DOCUMENT_NUMBER.exec(line)?.[0];
    if (issuedOn === undefined) {
      const date = ISSUE_DATE_LINE.exec(line);
      if (date) {
        const [, year = '', month = '', day = ''] = date;
        issuedOn = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
      }
    }
  }
  if (documentNumber === undefined) {
    throw new PlanParseError(null, 'expected a document number like 兴政发〔2021〕9号 before the first chapter');
  }
  if (issuedOn === undefined) {
    throw new PlanParseError(null, 'expected an issue date line like 2021年6月16日 before the first chapter');
  }
  if (title === undefined) {
    throw new PlanParseError(null, 'expected the plan title in 《…规划纲要》 before the first chapter');
  }
  return { title, documentNumber, issuedOn };
}

/**
 * Parses the plan text (the Word export in `seeds/`) into chapters, sections and tables with
 * stable ids. Pure: no I/O, so it runs the same in the browser and in node.
 *
 * @throws {@link PlanParseError} when the numbering or a table does not have the expected shape.
 */
export function parsePlan(text: string): Plan {
  const lines: SourceLine[] = text
    .split(/\r?\n/)
    .map((raw, index) => ({ no: index + 1, text: raw.replace(BOOKMARK, '') }));

  const preamble: string[] = [];
  const chapters: PlanChapter[] = [];
  const sections: PlanSection[] = [];
  const tables: PlanTable[] = [];
  let chapter: PlanChapter | null = null;
  let section: PlanSection | null = null;
  // The 附表 closes the body: it belongs to no chapter, and nothing may follow it.
  let appendixSeen = false;

  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line === undefined) break;
    const { text } = line;
    if (isBlank(text)) {
      i++;
      continue;
    }
    if (appendixSeen) {
      throw new PlanParseError(line.no, `expected the end of the text after 附表, found "${excerpt(text)}"`);
    }
    if (isCell(text)) {
      throw new PlanParseError(line.no, 'expected a table heading (表N) before table cells');
    }

    const chapterMatch = CHAPTER_HEADING.exec(text);
    if (chapterMatch) {
      const [, numeral = '', heading = ''] = chapterMatch;
      const number = parseNumeral(numeral);
      const expected = chapters.length + 1;
      if (number !== expected) {
        throw new PlanParseError(line.no, `expected chapter ${expected}, found chapter "${numeral}、"`);
      }
      chapter = {
        id: `c${number}`,
        number,
        numeral,
        title: heading.trim(),
        paragraphs: [],
        sectionIds: [],
        tableIds: [],
      };
      chapters.push(chapter);
      section = null;
      i++;
      continue;
    }

    const sectionMatch = SECTION_HEADING.exec(text);
    if (sectionMatch) {
      const [, numeral = '', rest = ''] = sectionMatch;
      const number = parseNumeral(numeral);
      const expected = sections.length + 1;
      if (number !== expected) {
        throw new PlanParseError(line.no, `expected section ${expected}, found section "（${numeral}）"`);
      }
      if (chapter === null) {
        throw new PlanParseError(line.no, `expected a chapter heading before section "（${numeral}）"`);
      }
      const { title, body } = splitSectionHeading(rest);
      if (title === '') {
        throw new PlanParseError(line.no, `expected a title after "（${numeral}）"`);
      }
      section = {
        id: `s${number}`,
        number,
        numeral,
        chapterId: chapter.id,
        title,
        paragraphs: body === '' ? [] : [body],
        tableIds: [],
      };
      sections.push(section);
      chapter.sectionIds.push(section.id);
      i++;
      continue;
    }

    if (TABLE_HEADING.test(text) || APPENDIX_HEADING.test(text)) {
      const { table, next } = parseTable(lines, i);
      if (table.number !== null && table.number !== tables.filter((t) => t.number !== null).length + 1) {
        throw new PlanParseError(line.no, `expected 表${tables.filter((t) => t.number !== null).length + 1}, found ${table.label}`);
      }
      if (tables.some((t) => t.id === table.id)) {
        throw new PlanParseError(line.no, `expected each table once, found a second ${table.label}`);
      }
      if (table.number === null) {
        appendixSeen = true;
      } else {
        if (chapter === null) {
          throw new PlanParseError(line.no, `expected ${table.label} inside a chapter`);
        }
        table.chapterId = chapter.id;
        chapter.tableIds.push(table.id);
        if (section !== null) {
          table.sectionId = section.id;
          section.tableIds.push(table.id);
        }
      }
      tables.push(table);
      i = next;
      continue;
    }

    const paragraph = text.trim();
    if (section !== null) section.paragraphs.push(paragraph);
    else if (chapter !== null) chapter.paragraphs.push(paragraph);
    else preamble.push(paragraph);
    i++;
  }

  if (chapters.length === 0) {
    throw new PlanParseError(null, 'expected at least one chapter heading like 一、…');
  }

  const byId = new Map<string, PlanNode>();
  const add = (node: PlanNode): void => {
    if (byId.has(node.id)) throw new PlanParseError(null, `expected unique ids, found ${node.id} twice`);
    byId.set(node.id, node);
  };
  for (const node of chapters) add({ kind: 'chapter', id: node.id, node });
  for (const node of sections) add({ kind: 'section', id: node.id, node });
  for (const node of tables) {
    add({ kind: 'table', id: node.id, node });
    for (const row of node.rows) add({ kind: 'row', id: row.id, node: row });
  }

  return { ...readFrontMatter(preamble), preamble, chapters, sections, tables, byId };
}

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
