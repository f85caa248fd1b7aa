import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lightPalette } from '../../core/palette.ts';
import { parsePlan } from '../../core/plan/parsePlan.ts';
import { CompletionDashboard } from './CompletionDashboard.tsx';
import { IndicatorsDashboard } from './IndicatorsDashboard.tsx';
import { appendixIndicators, completionTables, plainNumber } from './indicators.ts';
import { readRepoFile } from '../../../tests/support/project.ts';

const seed = readRepoFile('seeds/000_4eb92d59acbfb362.txt');
const plan = parsePlan(seed);
const appendix = plan.tables.find((t) => t.id === 'appendix')!;
const col = (name: string) => appendix.columns.findIndex((c) => c.replace(/\s+/g, '').startsWith(name));

describe('the 附表 indicators', () => {
  const inds = appendixIndicators(plan);

  it('are the 23 rows of the parsed 附表, every value exactly as its cell', () => {
    expect(inds).toHaveLength(23);
    appendix.rows.forEach((row, i) => {
      const ind = inds[i]!;
      expect(ind.rowId).toBe(`appendix-r${i + 1}`);
      expect(ind.category).toBe(row.category);
      expect(ind.name).toBe(row.cells[col('指标名称')]);
      expect(ind.unit).toBe(row.cells[col('单位')]);
      expect(ind.value2020).toBe(row.cells[col('2020年')]);
      expect(ind.target2025).toBe(row.cells[col('2025年')]);
      expect(ind.growthPct).toBe(row.cells[col('年均')]);
      expect(ind.note).toBe(row.cells[col('备注')]);
    });
  });

  it('match the plan text as printed (spot checks read from the seed file, not the parser)', () => {
    const byNo = (n: number) => inds[n - 1]!;
    expect(byNo(1)).toMatchObject({ name: '地区生产总值', unit: '亿元', value2020: '358', target2025: '480', growthPct: '6.5', kind: '预期性', plain: { from: 358, to: 480 } });
    expect(byNo(5)).toMatchObject({ value2020: '五年累计\n754.2', target2025: '五年累计\n900', growthPct: '7', plain: null });
    expect(byNo(15)).toMatchObject({ value2020: '52767', target2025: '70610', growthPct: '6' });
    expect(byNo(16)).toMatchObject({ target2025: '3以内', plain: null });
    expect(byNo(18)).toMatchObject({ target2025: '35-40', plain: null });
    expect(byNo(20)).toMatchObject({ name: '综合能源消费量', target2025: '达到要求', kind: '约束性' });
    expect(byNo(3)).toMatchObject({ growthPct: '-', note: '', kind: null });
    // Every value cell occurs in the 附表 part of the seed as its own tab-led line(s).
    const tableText = seed.slice(seed.indexOf('附表  兴隆台区'));
    for (const ind of inds) {
      for (const v of [ind.value2020, ind.target2025]) expect(tableText, `${ind.rowId}: ${v}`).toContain(`\t${v.split('\n')[0]}`);
    }
    expect(inds.filter((i) => i.kind === '约束性').map((i) => i.number)).toEqual([20]);
    const perCategory = Object.fromEntries(['经济发展', '结构调整', '社会进步', '生态环境'].map((c) => [c, inds.filter((i) => i.category === c).length]));
    expect(perCategory).toEqual({ 经济发展: 8, 结构调整: 5, 社会进步: 6, 生态环境: 4 });
  });

  it('draws a bar only where both values are plain numbers', () => {
    expect(plainNumber('13.8')).toBe(13.8);
    for (const v of ['五年累计\n754.2', '3以内', '35-40', '达到要求', '-', '300以上', '']) expect(plainNumber(v), v).toBeNull();
    expect(inds.filter((i) => i.plain).map((i) => i.number)).toEqual([1, 2, 3, 4, 6, 10, 11, 12, 13, 14, 15, 17, 19, 23]);
  });

  it('render as cards showing each value as written and linking to its row', () => {
    const html = renderToStaticMarkup(<IndicatorsDashboard plan={plan} onOpenPlan={() => undefined} />);
    const cards = [...html.matchAll(/<a class="ind-card" href="([^"]+)"[^>]*data-row-id="([^"]+)"[\s\S]*?<\/a>/g)];
    expect(cards).toHaveLength(23);
    cards.forEach((m, i) => {
      const ind = inds[i]!;
      expect(m[1]).toBe(`?plan=${ind.rowId}`);
      const values = [...m[0].matchAll(/data-value="([^"]*)"/g)].map((v) => v[1]!.replace(/&#x27;/g, "'"));
      expect(values).toEqual([ind.value2020, ind.target2025]);
      expect(m[0]).toContain(`年均递增（%）：${ind.growthPct}`);
      expect(m[0].includes('indicator-bars')).toBe(ind.plain !== null);
    });
  });
});

describe('the 13th plan completion tables', () => {
  const tables = completionTables(plan);
  it('count the completion words of 表1–表4 as printed', () => {
    // Counted from the seed: each table's rows end with the word on its own tab-led line.
    const blocks = ['表1 ', '表2 ', '表3 ', '表4 ', '（二）“十四五”时期'].map((h) => seed.indexOf(h));
    const fromSeed = [0, 1, 2, 3].map((i) => {
      const text = seed.slice(blocks[i], blocks[i + 1]);
      const n = (w: string) => text.split('\n').filter((l) => l.trim() === w).length;
      return { 超额完成: n('超额完成'), 已完成: n('已完成'), 基本完成: n('基本完成'), 未完成: n('未完成') };
    });
    expect(tables.map((t) => t.counts)).toEqual(fromSeed);
    expect(tables.map((t) => t.rows.length)).toEqual([7, 8, 9, 13]);
    expect(tables[0]!.rows[0]).toMatchObject({ label: '地区生产总值', target: '380', achieved: '363', unit: '亿元', word: '未完成', plain: { target: 380, achieved: 363 } });
    expect(tables[0]!.rows[2]).toMatchObject({ target: '五年累计670', achieved: '五年累计754.2', plain: null });
  });
  it('render every row linked to it', () => {
    const html = renderToStaticMarkup(<CompletionDashboard plan={plan} palette={lightPalette} onOpenPlan={() => undefined} />);
    const links = [...html.matchAll(/data-testid="completion-row" data-row-id="([^"]+)"/g)].map((m) => m[1]);
    // Two columns: 表1 and 表3 on the left, 表2 and 表4 on the right.
    const byColumn = [0, 2, 1, 3].map((i) => tables[i]!);
    expect(links).toEqual(byColumn.flatMap((t) => t.rows.map((r) => r.rowId)));
  });
});
