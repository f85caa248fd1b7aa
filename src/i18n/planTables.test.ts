import { describe, expect, it } from 'vitest';
import { parsePlan } from '../core/plan/parsePlan';
import { planNodeText } from '../core/plan/planNodeText';
import { indicatorCategoriesEn, rowLabelsEn, tableTitlesEn, unitsEn } from './en/planTables';
import { readRepoFile } from '../../tests/support/project.ts';

const plan = parsePlan(readRepoFile('seeds/000_4eb92d59acbfb362.txt'));
const table = (id: string) => plan.tables.find((t) => t.id === id)!;
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** Numbers as written (`4.9` is one figure). */
const figures = (text: string): string[] => text.match(/\d+(?:\.\d+)?/g) ?? [];
const squash = (s: string) => s.replace(/\s+/g, '');

describe('English labels of the plan’s tables', () => {
  it('name every table, and every row of 附表 and 表1–表4', () => {
    expect(Object.keys(tableTitlesEn).sort()).toEqual(plan.tables.map((t) => t.id).sort());
    const rows = ['t1', 't2', 't3', 't4', 'appendix'].flatMap((id) => table(id).rows.map((r) => r.id));
    expect(rows).toHaveLength(7 + 8 + 9 + 13 + 23);
    expect(Object.keys(rowLabelsEn).sort()).toEqual(rows.sort());
  });

  it('are short English, with no figure the row does not print', () => {
    const problems: string[] = [];
    for (const [id, label] of Object.entries({ ...rowLabelsEn, ...tableTitlesEn })) {
      if (label.trim() === '' || label.length > 110 || CJK.test(label)) problems.push(`${id}: "${label}"`);
      const own = new Set(figures(planNodeText(plan, id) ?? ''));
      for (const f of figures(label)) if (!own.has(f)) problems.push(`${id}: ${f} is not in the row`);
    }
    expect(problems).toEqual([]);
  });

  it('cover every 分类 of 附表 and every unit of 附表 and 表1, in English words', () => {
    const appendix = table('appendix');
    const t1 = table('t1');
    const unitCol = (t: typeof appendix) => t.columns.findIndex((c) => squash(c) === '单位');
    expect(Object.keys(indicatorCategoriesEn).sort()).toEqual([...new Set(appendix.rows.map((r) => r.category ?? ''))].sort());
    const units = new Set([...appendix.rows, ...t1.rows].map((r) => squash(r.cells[r.tableId === 't1' ? unitCol(t1) : unitCol(appendix)] ?? '')));
    expect([...units].filter((u) => !(u in unitsEn))).toEqual([]);
    for (const v of [...Object.values(indicatorCategoriesEn), ...Object.values(unitsEn)]) {
      expect(v).not.toMatch(CJK);
      expect(v).not.toMatch(/\d/);
    }
  });
});
