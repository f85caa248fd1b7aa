/**
 * The plan document as data. Every node has a stable, URL-safe id:
 *
 * - chapters `c1` … `c10` (一 … 十)
 * - sections `s1` … `s44` (（1）, （二） … （四十四）; section 1 is written （1） in the text)
 * - tables `t1` … `t9` and `appendix` (附表)
 * - table rows `t5-r7` (the row whose 序号 is 7), `appendix-r1` … `appendix-r23`
 *
 * Ids never depend on line numbers, so they survive edits of the text that keep the numbering.
 */

/** A chapter 一 … 十. */
export interface PlanChapter {
  /** `c1` … `c10` */
  id: string;
  number: number;
  /** The Chinese numeral as written, e.g. `三`. */
  numeral: string;
  /** Heading without the numeral, e.g. `打造营商环境最优区`. */
  title: string;
  /** Paragraphs between the chapter heading and its first section. */
  paragraphs: string[];
  sectionIds: string[];
  /** Every table printed in the chapter, including those inside its sections. */
  tableIds: string[];
}

/** A numbered section （一） … （四十四）. */
export interface PlanSection {
  /** `s1` … `s44` */
  id: string;
  number: number;
  /** The numeral as written between the brackets, e.g. `1`, `二十六`. */
  numeral: string;
  chapterId: string;
  /** Heading, e.g. `建设生态宜居兴隆` (the text up to the first 。 when the heading runs into the body). */
  title: string;
  /** Body paragraphs in order; the first one holds the text after the heading on the same line, if any. */
  paragraphs: string[];
  /** Tables printed inside this section, in order. */
  tableIds: string[];
}

/** One row of a table. Cells keep their line breaks as `\n`. */
export interface PlanTableRow {
  /** `t5-r7`, `appendix-r23` */
  id: string;
  tableId: string;
  /** The row's 序号 (1-based). */
  number: number;
  cells: string[];
  /** The cell a reader would call the row's name (e.g. the project or indicator name). */
  label: string;
  /** 附表 only: the 分类 the row belongs to (filled down from the row that names it). */
  category?: string;
}

/** 表1 … 表9 and 附表. */
export interface PlanTable {
  /** `t1` … `t9`, `appendix` */
  id: string;
  /** 1 … 9; null for 附表. */
  number: number | null;
  /** `表5` or `附表` */
  label: string;
  /** e.g. `生态宜居实施项目表` */
  title: string;
  /** Header cells. */
  columns: string[];
  rows: PlanTableRow[];
  /** Lines printed under the table (注：…). */
  notes: string[];
  /** The chapter and section the table is printed in (section null when it sits outside any section). */
  chapterId: string | null;
  sectionId: string | null;
}

/** Any addressable node. */
export type PlanNode =
  | { kind: 'chapter'; id: string; node: PlanChapter }
  | { kind: 'section'; id: string; node: PlanSection }
  | { kind: 'table'; id: string; node: PlanTable }
  | { kind: 'row'; id: string; node: PlanTableRow };

export interface Plan {
  /** 《兴隆台区国民经济和社会发展第十四个五年规划纲要》 */
  title: string;
  /** 兴政发〔2021〕9号 */
  documentNumber: string;
  /** ISO date of issue, read from the text: 2021-06-16 */
  issuedOn: string;
  /** Non-blank lines before the first chapter (the notice and the cover), trimmed; not addressable. */
  preamble?: string[];
  chapters: PlanChapter[];
  sections: PlanSection[];
  tables: PlanTable[];
  /** Every chapter, section, table and row by id. */
  byId: ReadonlyMap<string, PlanNode>;
}
