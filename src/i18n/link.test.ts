import { describe, expect, it } from 'vitest';
import { parseShareState, shareContextOf } from '../core/link/shareState.ts';
import { parseTourParams } from '../core/link/urlState.ts';
import { loadTestProject } from '../../tests/support/project.ts';
import { en } from './en/index.ts';
import { zh } from './zh/index.ts';

/* The words of the link's notices (src/core/link gives codes; the interface words them). */

const { plan, store } = loadTestProject();
const known = shareContextOf(plan, store);
const zhNotices = (search: string) => parseShareState(search, known).notices.map((n) => zh.link.notice(n));
const enNotices = (search: string) => parseShareState(search, known).notices.map((n) => en.link.notice(n));

describe('link notices in Chinese', () => {
  it.each([
    ['?c=41.1007,122.0685,14', '写反'],
    ['?c=122.06,41.1,999', '缩放'],
    ['?c=NaN,41.1,12', '数字'],
    ['?c=122,41.1,12,30', '经度,纬度,缩放'],
    ['?c=0,0,5', '兴隆台区附近'],
    ['?c=122,41.1,12,0,90', '俯仰角'],
  ])('say why the camera of %s was dropped', (search, why) => {
    const [notice, ...rest] = zhNotices(search);
    expect(rest).toEqual([]);
    expect(notice).toContain('链接参数 c（地图视图）');
    expect(notice).toContain(why);
    expect(notice).toContain('已使用默认视图');
  });

  it('name the parameter and the values dropped', () => {
    const words = zhNotices('?hide=parks,nope,PARKS&op=district:2&feature=%3Cimg%3E&plan=s99&v=2');
    expect(words.map((n) => /^链接参数 (\w+)（/.exec(n)?.[1])).toEqual(['v', 'hide', 'op', 'feature', 'plan']);
    expect(words[0]).toContain('链接参数 v（版本）');
    expect(words[1]).toContain('"nope"');
    expect(words[1]).toContain('"PARKS"');
    expect(words[2]).toContain('"district:2"');
    expect(words[3]).toContain('格式不正确');
    expect(words[4]).toContain('"s99"');
  });
});

describe('link notices in English', () => {
  it('name the parameter and the value', () => {
    expect(enNotices('?c=41.1007,122.0685,14')).toEqual([
      'Link parameter c (map view): "41.1007,122.0685,14" is not valid: latitude 122.0685 is outside −90…90 (are longitude and latitude swapped?); the default view is shown',
    ]);
    const [status] = enNotices('?status=planned,finished,gone');
    expect(status).toContain('Link parameter status (status filter)');
    expect(status).toContain('"finished", "gone" are not known statuses');
    expect(enNotices('?lang=fr')).toEqual(['Link parameter lang (language): "fr" is unknown (zh or en); Chinese is used']);
  });

  it('word every notice a hostile link can raise in both languages, none of them empty', () => {
    const hostile = '?v=x&c=a&hide=%3Cb%3E&op=x:9&status=x&feature=%3C&plan=s99&panel=x&year=1&lang=x';
    const raw = parseShareState(hostile, known).notices;
    expect(raw).toHaveLength(10);
    for (const n of raw) {
      expect(zh.link.notice(n)).toMatch(/^链接参数 \w+（/);
      expect(en.link.notice(n)).toMatch(/^Link parameter \w+ \(/);
    }
  });
});

describe('the presentation tour notices', () => {
  it('are worded in both languages', () => {
    const { notices } = parseTourParams('?tour=0&autoplay=0.1&loop=2');
    expect(notices.map((n) => zh.link.notice(n))).toEqual([
      '链接中的演示步骤 "0" 不是 1–99 之间的整数，已忽略',
      '链接中的自动播放间隔 "0.1" 不是 0.5–3600 秒，已忽略',
      '链接中的循环参数 "2" 应为 0 或 1，已忽略',
    ]);
    expect(notices.map((n) => en.link.notice(n))).toEqual([
      'The presentation step "0" in the link is not a whole number from 1 to 99; ignored',
      'The autoplay interval "0.1" in the link is not 0.5–3600 seconds; ignored',
      'The loop parameter "2" in the link should be 0 or 1; ignored',
    ]);
  });
});
