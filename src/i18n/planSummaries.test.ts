import { describe, expect, it } from 'vitest';
import { parsePlan } from '../core/plan/parsePlan';
import { planNodeText } from '../core/plan/planNodeText';
import { planSummariesEn } from './en/planSummaries';
import { readRepoFile } from '../../tests/support/project.ts';

const plan = parsePlan(readRepoFile('seeds/000_4eb92d59acbfb362.txt'));

/** Han characters and the CJK / full-width punctuation blocks (，。“” in their full-width forms). */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Numbers as written: `4.9` is one figure, so a summary's 4.9 must match 4.9, not a 4 and a 9 elsewhere. */
const digitRuns = (text: string): string[] => text.match(/\d+(?:\.\d+)?/g) ?? [];

describe('planSummariesEn', () => {
  it('has exactly one summary per chapter, section and table of the plan', () => {
    const ids = [...plan.chapters, ...plan.sections, ...plan.tables].map((n) => n.id).sort();
    expect(ids).toContain('c10');
    expect(ids).toContain('s44');
    expect(ids).toContain('appendix');
    expect(Object.keys(planSummariesEn).sort()).toEqual(ids);
  });

  it('gives each a non-empty English line of at most 160 characters', () => {
    const bad = Object.entries(planSummariesEn).filter(
      ([, s]) => s.trim() === '' || s.length > 160 || CJK.test(s) || s.includes('\n'),
    );
    expect(bad).toEqual([]);
  });

  it('states no figure that the passage itself does not contain', () => {
    const invented: string[] = [];
    for (const [id, summary] of Object.entries(planSummariesEn)) {
      const own = new Set(digitRuns(planNodeText(plan, id) ?? ''));
      for (const n of digitRuns(summary)) if (!own.has(n)) invented.push(`${id}: ${n}`);
    }
    expect(invented).toEqual([]);
  });

  it('the figure check does catch an invented number', () => {
    // s1's text gives GDP growth as 4.9%; 5.2 appears nowhere in it.
    const own = new Set(digitRuns(planNodeText(plan, 's1') ?? ''));
    expect(digitRuns('GDP up 4.9% a year').every((n) => own.has(n))).toBe(true);
    expect(digitRuns('GDP up 5.2% a year').every((n) => own.has(n))).toBe(false);
  });
});
