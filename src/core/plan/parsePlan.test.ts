import { describe, expect, it } from 'vitest';
import { PlanParseError, parsePlan } from './parsePlan';
import { planNodeText } from './planNodeText';
import type { Plan, PlanTable, PlanTableRow } from './types';
import { readRepoFile } from '../../../tests/support/project.ts';
import { thrownBy } from '../../../tests/support/thrown.ts';

const text = readRepoFile('seeds/000_4eb92d59acbfb362.txt');
const plan = parsePlan(text);

function table(id: string): PlanTable {
  const entry = plan.byId.get(id);
  if (entry?.kind !== 'table') throw new Error(`no table ${id}`);
  return entry.node;
}

function row(id: string): PlanTableRow {
  const entry = plan.byId.get(id);
  if (entry?.kind !== 'row') throw new Error(`no row ${id}`);
  return entry.node;
}

/** Every string reachable from the plan, to check that no Word artefact survived. */
function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value instanceof Map) for (const v of value.values()) allStrings(v, out);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

/** Runs the parser and returns the PlanParseError it must throw. */
function parseError(input: string): PlanParseError {
  return thrownBy(PlanParseError, () => parsePlan(input));
}

/** 1-based line number of the first line of `source` that starts with `prefix`. */
function lineStarting(source: string, prefix: string): number {
  const index = source.split('\n').findIndex((line) => line.startsWith(prefix));
  if (index < 0) throw new Error(`no line starts with ${prefix}`);
  return index + 1;
}

describe('parsePlan front matter', () => {
  it('reads title, document number and issue date', () => {
    expect(plan).toMatchObject({
      title: '兴隆台区国民经济和社会发展第十四个五年规划纲要',
      documentNumber: '兴政发〔2021〕9号',
      issuedOn: '2021-06-16',
    });
  });

  it('keeps the notice and cover out of the chapters', () => {
    expect(plan.preamble?.some((line) => line.startsWith('区政府各部门'))).toBe(true);
    expect(plan.chapters[0]?.paragraphs.some((p) => p.startsWith('区政府各部门'))).toBe(false);
  });
});

describe('parsePlan chapters', () => {
  it('finds ten chapters in order', () => {
    expect(plan.chapters.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10']);
    expect(plan.chapters.map((c) => c.numeral).join('')).toBe('一二三四五六七八九十');
  });

  it('keeps the chapter intro paragraph on the chapter', () => {
    const c1 = plan.chapters[0];
    expect(c1?.paragraphs).toHaveLength(1);
    expect(c1?.paragraphs[0]?.startsWith('“十三五”是兴隆台区发展很不平凡的五年')).toBe(true);
  });
});

describe('parsePlan titles', () => {
  /** Chapter titles (c8 is the indented one right after 表8) and section titles, split from the body at the first 。. */
  const titles: [string, string][] = [
    ['c1', '兴隆台区夯实了高质量发展的坚实基础'],
    ['c3', '打造营商环境最优区'],
    ['c6', '打造区域性总部基地'],
    ['c8', '深入实施“党建引领智慧治理”'],
    ['c10', '加强和完善党的领导'],
    ['s1', '“十三五”时期高质量发展取得阶段性成果'],
    ['s3', '指导思想'],
    ['s4', '基本原则'],
    ['s9', '建设生态宜居兴隆'],
    ['s14', '发展高端居住业'],
    ['s26', '推动优势产品“走出去”'],
    ['s44', '健全抓落实的闭环机制'],
  ];

  it.each(titles)('titles %s %s', (id, title) => {
    const entry = plan.byId.get(id);
    expect(entry?.kind === 'chapter' || entry?.kind === 'section' ? entry.node.title : undefined).toBe(title);
  });
});

describe('parsePlan sections', () => {
  const expectedChapter: Record<string, number[]> = {
    c1: [1, 2],
    c2: [3, 4, 5],
    c3: [6, 7, 8, 9],
    c4: [10, 11, 12, 13, 14],
    c5: [15, 16],
    c6: [17, 18, 19, 20, 21, 22],
    c7: [23, 24, 25, 26],
    c8: [27, 28, 29, 30, 31],
    c9: [32, 33, 34, 35, 36, 37, 38, 39, 40],
    c10: [41, 42, 43, 44],
  };

  it('numbers 44 sections 1..44 with ids s1..s44', () => {
    expect(plan.sections).toHaveLength(44);
    plan.sections.forEach((s, index) => {
      expect(s.number).toBe(index + 1);
      expect(s.id).toBe(`s${index + 1}`);
    });
    expect(plan.sections[0]?.numeral).toBe('1');
    expect(plan.sections[25]?.numeral).toBe('二十六');
  });

  it('puts every section in the right chapter', () => {
    for (const [chapterId, numbers] of Object.entries(expectedChapter)) {
      const ids = numbers.map((n) => `s${n}`);
      for (const id of ids) {
        const entry = plan.byId.get(id);
        expect(entry?.kind === 'section' && entry.node.chapterId, id).toBe(chapterId);
      }
      const chapter = plan.byId.get(chapterId);
      expect(chapter?.kind === 'chapter' && chapter.node.sectionIds).toEqual(ids);
    }
  });

  it('starts the body after the first 。 of the heading', () => {
    const s3 = plan.sections[2];
    expect(s3?.paragraphs[0]?.startsWith('高举中国特色社会主义伟大旗帜')).toBe(true);
    expect(plan.sections[3]?.paragraphs[0]?.startsWith('——坚持党的领导')).toBe(true);
  });

  it('keeps body text in the sections and table text out of them', () => {
    const s14 = plan.sections[13];
    expect(s14?.paragraphs.join('')).toContain('向海大道以东、环城南街以北、芳草路以西9平方公里');
    const s9 = plan.sections[8]?.paragraphs.join('\n') ?? '';
    expect(s9).not.toContain('螃蟹沟、六零河支流河保护工程');
    expect(s9).not.toContain('城市绿岛公园项目');
    expect(plan.sections[8]?.paragraphs).toHaveLength(1);
    const s1 = plan.sections[0]?.paragraphs ?? [];
    expect(s1).toHaveLength(4);
    expect(s1.some((p) => p.startsWith('注：') || p.startsWith('2.社会消费品'))).toBe(false);
    expect(s1[1]?.startsWith('产业体系基本形成')).toBe(true);
  });

  it('gives the closing paragraph to s44', () => {
    const s44 = plan.sections[43]?.paragraphs ?? [];
    expect(s44.at(-1)?.startsWith('宏伟蓝图已经绘就')).toBe(true);
  });
});

describe('parsePlan tables', () => {
  it('finds t1..t9 and the appendix', () => {
    expect(plan.tables.map((t) => t.id)).toEqual(['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 'appendix']);
    expect(table('t5')).toMatchObject({ label: '表5', title: '生态宜居实施项目表' });
    expect(table('appendix')).toMatchObject({ label: '附表', number: null, title: '兴隆台区“十四五”经济社会发展指标体系表' });
  });

  it('counts the rows of every table', () => {
    const counts = Object.fromEntries(plan.tables.map((t) => [t.id, t.rows.length]));
    expect(counts).toEqual({ t1: 7, t2: 8, t3: 9, t4: 13, t5: 13, t6: 8, t7: 4, t8: 4, t9: 6, appendix: 23 });
    for (const t of plan.tables) {
      t.rows.forEach((r, index) => {
        expect(r.number).toBe(index + 1);
        expect(r.id).toBe(`${t.id}-r${index + 1}`);
        expect(r.cells).toHaveLength(t.columns.length);
      });
    }
  });

  it('places each table in the chapter and section it is printed in', () => {
    const where = Object.fromEntries(plan.tables.map((t) => [t.id, [t.chapterId, t.sectionId]]));
    expect(where).toEqual({
      t1: ['c1', 's1'],
      t2: ['c1', 's1'],
      t3: ['c1', 's1'],
      t4: ['c1', 's1'],
      t5: ['c3', 's9'],
      t6: ['c5', 's15'],
      t7: ['c5', 's15'],
      t8: ['c5', 's16'],
      t9: ['c6', 's22'],
      appendix: [null, null],
    });
    expect(plan.sections[14]?.tableIds).toEqual(['t6', 't7']);
    expect(plan.chapters[4]?.tableIds).toEqual(['t6', 't7', 't8']);
  });

  it('keeps multi-line cells with their line breaks', () => {
    expect(table('t1').columns[3]).toBe('十三五\n规划目标');
    expect(row('t1-r5').cells[3]).toBe('五年累计\n2');
    expect(row('appendix-r5').cells[4]).toBe('五年累计\n754.2');
    expect(table('appendix').columns[6]).toBe('年均\n递增\n（%）');
    expect(row('t8-r1').cells[2]?.split('\n')).toHaveLength(4);
  });

  it('ends 表8 at the chapter heading that follows it without a blank line', () => {
    expect(row('t8-r4').cells[2]).toBe('创办一所中等职业教育学校。');
  });

  it('reads labels and contents of rows', () => {
    expect(row('t5-r7').label).toBe('城市绿岛公园项目');
    expect(row('t5-r7').cells[2]).toContain('1084.5亩');
    expect(row('t5-r2').cells.join(' ')).toContain('27.96公里');
    expect(row('t2-r1').label).toBe('实施亿元以上项目150个以上，实现产业投资800亿元');
    expect(row('t7-r4').cells).toEqual(['4', '冬季：冰雪娱乐主题', '12月-次年3月', '福街年货大集、十里花溪冰雪节等。']);
    expect(row('t9-r6').label).toBe('人才型总部');
    expect(table('t7').columns).toEqual(['序号', '活动主题', '活动时间', '活动内容']);
  });

  it('reads the appendix with its filled-down categories', () => {
    const r1 = row('appendix-r1');
    expect(r1.label).toBe('地区生产总值');
    expect(r1.category).toBe('经济发展');
    expect(r1.cells.slice(4)).toEqual(['358', '480', '6.5', '预期性指标']);
    const categories = Object.fromEntries(plan.tables.find((t) => t.id === 'appendix')?.rows.map((r) => [r.id, r.category]) ?? []);
    expect(categories).toMatchObject({ 'appendix-r8': '经济发展', 'appendix-r9': '结构调整', 'appendix-r19': '社会进步', 'appendix-r20': '生态环境', 'appendix-r23': '生态环境' });
    expect(row('appendix-r20').cells[7]).toBe('约束性指标');
    expect(row('appendix-r23').label).toBe('人均公园绿地面积');
    expect(row('appendix-r3').cells[7]).toBe('');
  });

  it('collects the notes under 表1', () => {
    const notes = table('t1').notes;
    expect(notes).toHaveLength(4);
    expect(notes[0]?.startsWith('注：1.地区生产总值')).toBe(true);
    expect(notes[3]?.startsWith('4.城镇居民人均可支配收入')).toBe(true);
    expect(plan.tables.filter((t) => t.notes.length > 0).map((t) => t.id)).toEqual(['t1']);
  });
});

describe('parsePlan byId and text', () => {
  it('indexes every chapter, section, table and row', () => {
    const rows = plan.tables.reduce((n, t) => n + t.rows.length, 0);
    expect(plan.byId.size).toBe(10 + 44 + 10 + rows);
    const kinds = Object.fromEntries([...plan.byId].map(([id, entry]) => [id, entry.kind]));
    expect(kinds).toMatchObject({ c3: 'chapter', s44: 'section', appendix: 'table', 'appendix-r23': 'row' });
  });

  it('leaves no [bookmark marker in any string', () => {
    const strings = allStrings(plan);
    expect(strings.length).toBeGreaterThan(500);
    expect(strings.filter((s) => s.includes('[bookmark'))).toEqual([]);
    expect(plan.sections[3]?.title).toBe('基本原则');
  });

  it('gives the plain text of rows, sections, tables and chapters', () => {
    expect(planNodeText(plan, 't5-r7')).toMatch(/^7 城市绿岛公园项目 公园西起林丰路/);
    const s14 = planNodeText(plan, 's14') ?? '';
    expect(s14.startsWith('发展高端居住业\n')).toBe(true);
    expect(s14).toContain('芳草路以西9平方公里');
    const s9 = planNodeText(plan, 's9') ?? '';
    expect(s9).not.toContain('城市绿岛公园项目');
    const t1 = planNodeText(plan, 't1') ?? '';
    expect(t1).toContain('表1 “十三五”期间主要指标完成情况表');
    expect(t1).toContain('城市居民人均可支配收入');
    expect(t1).toContain('3.实际利用外资未完成规划目标');
    expect(planNodeText(plan, 'c10')).toBe('加强和完善党的领导');
    expect(planNodeText(plan, 'nope')).toBeUndefined();
  });
});

describe('parsePlan errors', () => {
  it('names the line when a section is missing', () => {
    const lines = text.split('\n');
    const broken = lines.filter((line) => !line.startsWith('（十）')).join('\n');
    const error = parseError(broken);
    const at = lineStarting(broken, '（十一）');
    expect(error.line).toBe(at);
    expect(error.message).toContain(`line ${at}:`);
    expect(error.message).toContain('expected section 10');
    expect(error.message).toContain('（十一）');
  });

  it('names the line when a table row has a missing cell', () => {
    const lines = text.split('\n');
    // Drop the 单位 cell of 表1 row 3 (固定资产投资).
    const cellIndex = lines.findIndex((line, i) => line === '\t亿元' && lines[i - 1] === '\t固定资产投资');
    expect(cellIndex).toBeGreaterThan(0);
    const broken = [...lines.slice(0, cellIndex), ...lines.slice(cellIndex + 1)].join('\n');
    const error = parseError(broken);
    // The row's 序号 cell sits two lines above the removed cell: 0-based index cellIndex - 2.
    const rowStart = cellIndex - 1;
    expect(broken.split('\n')[rowStart - 1]).toBe('\t3');
    expect(error.line).toBe(rowStart);
    expect(error.message).toContain(`line ${rowStart}:`);
    expect(error.message).toContain('expected 7 cells');
    expect(error.message).toContain('found 6');
  });

  it('names the line when a chapter is out of order', () => {
    const broken = text.replace('\n三、打造营商环境最优区', '\n五、打造营商环境最优区');
    const error = parseError(broken);
    expect(error.line).toBe(lineStarting(broken, '五、打造营商环境最优区'));
    expect(error.message).toContain('expected chapter 3');
  });

  it('is an Error', () => {
    const error = parseError('no plan here');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PlanParseError');
  });
});

describe('parsePlan robustness', () => {
  it('accepts CRLF line endings', () => {
    const crlf: Plan = parsePlan(text.replace(/\n/g, '\r\n'));
    expect(crlf.sections).toHaveLength(44);
    expect(crlf.tables.map((t) => t.rows.length)).toEqual(plan.tables.map((t) => t.rows.length));
    expect(crlf.byId.get('t1-r5')?.node).toEqual(row('t1-r5'));
  });
});
