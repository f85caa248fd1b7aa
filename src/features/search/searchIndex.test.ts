import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search, type MatchKind, type SearchHit } from './searchIndex.ts';
import { loadTestProject } from '../../../tests/support/project.ts';

const { plan, store } = loadTestProject();
const index = buildSearchIndex(plan, store.byId.values());

const placeIds = (q: string, limit = 50) => search(index, q, { limit }).places.map((h) => h.id);
const planIds = (q: string, limit = 50) => search(index, q, { limit }).plan.map((h) => h.id);
const firstPlace = (q: string) => search(index, q).places[0];
const text = (h: SearchHit) => h.snippet.before + h.snippet.match + h.snippet.after;
const RANK: Record<MatchKind, number> = { exact: 0, prefix: 1, substring: 2, initials: 3 };

describe('search: places', () => {
  it.each(['ldgy', 'lvdao', 'lv dao', 'LvDao', 'ludao', 'lüdao', 'lvdaogongyuan', 'chengshilvdaogongyuan', 'lvdgy', '绿岛', 'green island', 'Green', 'ｌｄｇｙ'])(
    'finds 城市绿岛公园 first for %s',
    (q) => {
      expect(firstPlace(q)?.id).toBe('green-island-park');
    },
  );

  it('finds 高端居住示范区 by initials and tells how it matched', () => {
    const hit = firstPlace('gdjz');
    expect(hit).toMatchObject({ kind: 'place', id: 'residential-zone-9km2', label: '高端居住示范区', field: 'pinyin', match: 'initials' });
    expect(hit?.snippet).toEqual({ before: '', match: '高端居住', after: '示范区' });
  });

  it('reads 多音字 in context: 兴隆台 is xinglongtai, 重新 is chongxin', () => {
    const hit = firstPlace('xinglongtai');
    expect(hit).toMatchObject({ id: 'xinglongtai-district', match: 'prefix', snippet: { match: '兴隆台' } });
    expect(firstPlace('xinglongtaiqu')).toMatchObject({ id: 'xinglongtai-district', match: 'exact' });
    expect(firstPlace('xlt')?.id).toBe('xinglongtai-district');
    expect(planIds('chongxin')).toContain('t3-r5');
  });

  it('ranks exact before prefix before substring before initials, shorter names first', () => {
    for (const q of ['gongyuan', 'yuan', 'xing long', 'g', 'gy', '公园', 'park', 'dawaqu', '大洼区', 'liaohe']) {
      const r = search(index, q, { limit: 100 });
      for (const group of [r.places, r.plan]) {
        const ranks = group.map((h) => RANK[h.match]);
        expect(ranks, q).toEqual([...ranks].sort((a, b) => a - b));
      }
    }
    const dawa = search(index, '大洼区').places;
    expect(dawa.map((h) => h.id).sort()).toEqual(['county-dawa', 'partner-dawa']);
    expect(dawa.every((h) => h.match === 'exact')).toBe(true);
    const parks = search(index, '公园', { limit: 100 }).places.filter((h) => h.match === 'substring');
    const lengths = parks.map((h) => [...h.label].length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('needs typed separators to fall between syllables, and keeps a match inside one run of a name', () => {
    expect(placeIds('lvd ao')).not.toContain('green-island-park');
    expect(placeIds('lv dao')).toContain('green-island-park');
    // 辽河国家公园（创建中，兴隆台区段）: 中，兴 are separated by a comma.
    expect(placeIds('zhongxing')).toEqual(['park-zhongxing']);
  });

  it('finds every feature by its Chinese name, English name and id', () => {
    for (const f of store.byId.values()) {
      const { id, name } = f.properties;
      const zh = search(index, name.zh, { limit: 500 }).places;
      expect(zh.find((h) => h.id === id)?.match, name.zh).toBe('exact');
      const en = search(index, name.en, { limit: 500 }).places;
      expect(en.find((h) => h.id === id)?.match, name.en).toBe('exact');
      expect(search(index, id).places[0]).toMatchObject({ id, field: 'id', match: 'exact' });
    }
  });
});

describe('search: plan', () => {
  it('finds the 9 km² zone passage in section 14', () => {
    const hit = search(index, '9平方公里').plan[0];
    expect(hit).toMatchObject({ kind: 'plan', id: 's14', planId: 's14', field: 'text', match: 'substring' });
    expect(hit?.label).toBe('（十四）发展高端居住业');
    expect(hit?.snippet.match).toBe('9平方公里');
    expect(hit?.snippet.before.startsWith('…')).toBe(true);
    expect(text(hit as SearchHit).length).toBeLessThan(100);
    expect(planIds('gdjz')).toContain('s14');
  });

  it('finds table rows by label, Chinese substring and pinyin, and ids typed in full', () => {
    expect(search(index, '绿岛').plan[0]).toMatchObject({ id: 't5-r7', field: 'label', label: '表5 第7行：城市绿岛公园项目' });
    expect(planIds('ldgy')).toContain('t5-r7');
    expect(planIds('1084.5亩')).toContain('t5-r7');
    expect(search(index, 't5-r7').plan[0]).toMatchObject({ id: 't5-r7', field: 'id', match: 'exact' });
    expect(search(index, 'S14').plan[0]).toMatchObject({ id: 's14', match: 'exact' });
    expect(planIds('生态宜居实施项目表')[0]).toBe('t5');
    expect(planIds('jianshetesejiequ')[0]).toBe('s10');
  });

  it('finds every section by its title', () => {
    for (const s of plan.sections) {
      const hit = search(index, s.title, { limit: 100 }).plan.find((h) => h.id === s.id);
      expect(hit?.match, s.title).toBe('exact');
    }
  });

  it('does not find row numbers: "9" is not every ninth row', () => {
    const rowNumbers = search(index, '9', { limit: 100 }).plan.filter((h) => h.field === 'cell' && text(h).trim() === '9');
    expect(rowNumbers).toEqual([]);
  });
});

describe('search: limits and robustness', () => {
  it('gives nothing for a blank query and respects the limit', () => {
    expect(search(index, '   ')).toEqual({ places: [], plan: [], total: { places: 0, plan: 0 } });
    const r = search(index, 'yuan', { limit: 3 });
    expect(r.places).toHaveLength(3);
    expect(r.total.places).toBeGreaterThan(3);
    expect(search(index, 'yuan', { limit: 0 }).places).toEqual([]);
  });

  it('never throws and returns plain-text snippets that are part of the matched text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('<script>', '"><img src=x>', 'ü', "xi'an", '\u0000', '𠀀园', 'a'.repeat(5000))), (q) => {
        const r = search(index, q, { limit: 5 });
        for (const h of [...r.places, ...r.plan]) {
          expect(h.snippet.match.length).toBeGreaterThan(0);
          if (h.kind === 'place') expect(text(h)).toBe(h.field === 'name-en' ? h.labelEn : h.label);
          else if (h.field === 'label') expect(h.label.replace(/\n/g, '').endsWith(text(h))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers a query over all features and the whole plan', () => {
    // No timing assertion: the point is that it runs over everything, repeatedly, without trouble.
    let hits = 0;
    for (let i = 0; i < 20; i++) {
      for (const q of ['g', 'yuan', 'shishishishishishishishi', '公园', 'zhongxinggongyuanxiangmu', 'abcdefghijklmnopqrstuvwxyz'.repeat(3)]) {
        hits += search(index, q, { limit: 5 }).total.places;
      }
    }
    expect(hits).toBeGreaterThan(0);
  });
});
