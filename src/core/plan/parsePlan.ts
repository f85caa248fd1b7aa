import type {
  Plan,
  PlanChapter,
  PlanSection,
  PlanTable,
} from './types';
import { APPENDIX_HEADING, BOOKMARK, CHAPTER_HEADING, DOCUMENT_NUMBER, ISSUE_DATE_LINE, PlanParseError, QUOTED_TITLE, SECTION_HEADING, TABLE_HEADING, excerpt, isBlank, isCell, parseNumeral, type SourceLine } from './planLines.ts';
import { parseTable } from './planTable.ts';
import { indexPlan } from './indexPlan.ts';

export { PlanParseError } from './planLines.ts';

function splitSectionHeading(rest: string): { title: string; body: string } {
  const trimmed = rest.trim();
  const stop = trimmed.indexOf('。');
  if (stop < 0) return { title: trimmed, body: '' };
  return { title: trimmed.slice(0, stop).trim(), body: trimmed.slice(stop + 1).trim() };
}

/**
 * The number of a chapter or section heading, which must follow the `count` before it.
 * @throws {@link PlanParseError} naming the `heading` as written when it skips or repeats a number.
 */
function nextNumber(line: SourceLine, numeral: string, count: number, kind: 'chapter' | 'section', heading: string): number {
  const number = parseNumeral(numeral);
  if (number !== count + 1) throw new PlanParseError(line.no, `expected ${kind} ${count + 1}, found ${kind} "${heading}"`);
  return number;
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
      const number = nextNumber(line, numeral, chapters.length, 'chapter', `${numeral}、`);
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
      const number = nextNumber(line, numeral, sections.length, 'section', `（${numeral}）`);
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

  return indexPlan(
    { ...readFrontMatter(preamble), preamble, chapters, sections, tables },
    (id) => new PlanParseError(null, `expected unique ids, found ${id} twice`),
  );
}
