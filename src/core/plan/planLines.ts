/* The plan text's lines: their kinds (headings, cells, notes), numerals, and the parse error. */

/**
 * Thrown by `parsePlan` (parsePlan.ts) when the text does not have the structure the parser relies on.
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

export interface SourceLine {
  /** 1-based line number in the raw text. */
  no: number;
  /** The line with every `[bookmark: …]` marker removed (Word export artefacts). */
  text: string;
}

export const BOOKMARK = /\[bookmark:[^\]]*\]/g;
export const CHAPTER_HEADING = /^\s*([一二三四五六七八九十]+)、(.+)$/;
export const SECTION_HEADING = /^\s*（([0-9]+|[一二三四五六七八九十]+)）(.*)$/;
export const TABLE_HEADING = /^\s*表([0-9]+)\s+(\S.*)$/;
export const APPENDIX_HEADING = /^\s*附表\s+(\S.*)$/;
export const DOCUMENT_NUMBER = /\S+〔\d{4}〕\d+号/;
export const ISSUE_DATE_LINE = /^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/;
export const QUOTED_TITLE = /《([^《》]*规划纲要)》/;
export const NOTE_START = /^\s*注[：:]/;
/** Later notes are numbered `2.` `3.` … without repeating 注：. */
export const NUMBERED_NOTE = /^\s*\d+[.．、]/;

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
export function parseNumeral(numeral: string): number | null {
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

export function isBlank(text: string): boolean {
  return text.trim() === '';
}

export function isCell(text: string): boolean {
  return text.startsWith('\t');
}

export function isHeading(text: string): boolean {
  return (
    CHAPTER_HEADING.test(text) ||
    SECTION_HEADING.test(text) ||
    TABLE_HEADING.test(text) ||
    APPENDIX_HEADING.test(text)
  );
}

export function excerpt(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 30 ? `${trimmed.slice(0, 30)}…` : trimmed;
}

