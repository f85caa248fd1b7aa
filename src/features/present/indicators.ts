import { STATUS_WORDS, type Status } from '../../core/featureSchema.ts';
import type { Plan, PlanTable } from '../../core/plan/types.ts';

/**
 * The numbers of the dashboards, read from the parsed plan, never re-typed: the 附表's 23 indicators
 * and the 13th plan's completion tables 表1–表4. Cells are kept exactly as written (line breaks
 * included); a bar is drawn only where both values are plain numbers.
 */

/** 预期性 (expected) or 约束性 (binding), read from 备注; null when the row says neither. */
export type IndicatorKind = '预期性' | '约束性' | null;

export interface Indicator {
  /** `appendix-r1` … `appendix-r23` */
  rowId: string;
  /** 序号 */
  number: number;
  /** 分类, filled down: 经济发展, 结构调整, 社会进步, 生态环境 */
  category: string;
  /** 指标名称 */
  name: string;
  /** 单位 */
  unit: string;
  /** 2020年预计完成, as written (e.g. `五年累计\n754.2`, `-`). */
  value2020: string;
  /** 2025年规划目标, as written (e.g. `3以内`, `35-40`, `达到要求`). */
  target2025: string;
  /** 年均递增（%）, as written (`-` when the plan gives none). */
  growthPct: string;
  /** 备注, as written (may be empty). */
  note: string;
  kind: IndicatorKind;
  /** Both values as numbers, when both cells are plain numbers; otherwise null and no bar is drawn. */
  plain: { from: number; to: number } | null;
}

/** A cell that is a plain number (`358`, `13.8`), or null for anything else (`五年累计\n754.2`, `3以内`, `-`). */
export function plainNumber(cell: string): number | null {
  const t = cell.trim();
  return /^-?[0-9]+(\.[0-9]+)?$/.test(t) ? Number(t) : null;
}

const squash = (s: string) => s.replace(/\s+/g, '');

function column(table: PlanTable, startsWith: string): number {
  const i = table.columns.findIndex((c) => squash(c).startsWith(startsWith));
  if (i < 0) throw new Error(`${table.label}: no column starting with "${startsWith}" (columns: ${table.columns.map(squash).join(' / ')})`);
  return i;
}

function tableById(plan: Plan, id: string): PlanTable {
  const t = plan.tables.find((x) => x.id === id);
  if (!t) throw new Error(`the plan has no table "${id}"`);
  return t;
}

/** The 附表's rows as indicators, in the plan's order. */
export function appendixIndicators(plan: Plan): Indicator[] {
  const t = tableById(plan, 'appendix');
  const c = {
    name: column(t, '指标名称'),
    unit: column(t, '单位'),
    v2020: column(t, '2020年'),
    v2025: column(t, '2025年'),
    growth: column(t, '年均'),
    note: column(t, '备注'),
  };
  return t.rows.map((row) => {
    const cell = (i: number) => row.cells[i] ?? '';
    const value2020 = cell(c.v2020);
    const target2025 = cell(c.v2025);
    const note = cell(c.note);
    const from = plainNumber(value2020);
    const to = plainNumber(target2025);
    return {
      rowId: row.id,
      number: row.number,
      category: row.category ?? '',
      name: cell(c.name),
      unit: cell(c.unit),
      value2020,
      target2025,
      growthPct: cell(c.growth),
      note,
      kind: note.includes('约束性') ? '约束性' : note.includes('预期性') ? '预期性' : null,
      plain: from !== null && to !== null ? { from, to } : null,
    };
  });
}

/** The completion words of 表1–表4, in the order the dashboard shows them. */
export const COMPLETION_WORDS = ['超额完成', '已完成', '基本完成', '未完成'] as const;
export type CompletionWord = (typeof COMPLETION_WORDS)[number];

/** The map's status slug for a completion word, so both use the palette's same colour. */
export function statusOfCompletion(word: CompletionWord): Status {
  const found = (Object.keys(STATUS_WORDS) as Status[]).find((s) => STATUS_WORDS[s].zh === word);
  if (!found) throw new Error(`no status for "${word}"`);
  return found;
}

export interface CompletionRow {
  /** `t1-r1` … */
  rowId: string;
  number: number;
  /** The target or indicator as the row names it. */
  label: string;
  word: CompletionWord;
  /** 表1 only: 十三五规划目标, 十三五预计完成 and the unit, as written. */
  target?: string;
  achieved?: string;
  unit?: string;
  /** 表1 only, when target and achieved are plain numbers. */
  plain?: { target: number; achieved: number } | null;
}

export interface CompletionTable {
  /** `t1` … `t4` */
  id: string;
  /** `表1` */
  label: string;
  title: string;
  rows: CompletionRow[];
  counts: Record<CompletionWord, number>;
}

/** The 13th plan's completion tables 表1–表4 with the completion word of every row. */
export function completionTables(plan: Plan): CompletionTable[] {
  return ['t1', 't2', 't3', 't4'].map((id) => {
    const t = tableById(plan, id);
    const wordCol = column(t, '是否完成');
    const isT1 = id === 't1';
    const target = isT1 ? column(t, '十三五规划目标') : -1;
    const achieved = isT1 ? column(t, '十三五预计完成') : -1;
    const unit = isT1 ? column(t, '单位') : -1;
    const counts = Object.fromEntries(COMPLETION_WORDS.map((w) => [w, 0])) as Record<CompletionWord, number>;
    const rows = t.rows.map((row): CompletionRow => {
      const word = squash(row.cells[wordCol] ?? '');
      if (!(COMPLETION_WORDS as readonly string[]).includes(word)) {
        throw new Error(`${t.label} row ${row.number}: "${word}" is not one of ${COMPLETION_WORDS.join(', ')}`);
      }
      const w = word as CompletionWord;
      counts[w]++;
      const out: CompletionRow = { rowId: row.id, number: row.number, label: row.label, word: w };
      if (isT1) {
        out.target = row.cells[target] ?? '';
        out.achieved = row.cells[achieved] ?? '';
        out.unit = row.cells[unit] ?? '';
        const a = plainNumber(out.target);
        const b = plainNumber(out.achieved);
        out.plain = a !== null && b !== null ? { target: a, achieved: b } : null;
      }
      return out;
    });
    return { id, label: t.label, title: t.title, rows, counts };
  });
}
