import { describe, expect, it } from 'vitest';
import { planNodeText } from '../../core/plan/planNodeText.ts';
import { checkTour } from './checkTour.ts';
import tourJson from './tour.json';
import { parseTour, tourSchema } from './tourSchema.ts';
import { loadTestProject } from '../../../tests/support/project.ts';

const { plan, store } = loadTestProject();
const tour = parseTour(tourJson);

describe('the tour file', () => {
  it('satisfies its contract and is backed by the plan and the map data', () => {
    expect(checkTour(tour, plan, store)).toEqual([]);
  });

  it('has a step for every chapter from 二 to 九, and the 附表 and 表1–表4 dashboards', () => {
    const chapters = new Set(tour.steps.map((s) => s.chapter));
    for (const c of ['c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9']) expect(chapters, c).toContain(c);
    expect(tour.steps.some((s) => s.view === 'indicators')).toBe(true);
    expect(tour.steps.some((s) => s.view === 'completion')).toBe(true);
  });

  it('gives each step two to four key numbers whose digits occur in the cited plan text', () => {
    for (const s of tour.steps) {
      expect(s.numbers.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.numbers.length, s.id).toBeLessThanOrEqual(4);
      for (const n of s.numbers) {
        const text = planNodeText(plan, n.ref);
        expect(text, `${s.id}: ${n.ref}`).toBeDefined();
        expect(text, `${s.id}: ${n.value} in ${n.ref}`).toContain(n.value);
        expect(n.quote).toContain(n.value);
      }
    }
  });

  it('shows the cooperation partners of chapter 七 with arcs', () => {
    const targets = new Set(tour.steps.flatMap((s) => s.deck?.arcs ?? []).map((a) => a.to));
    for (const id of ['partner-dawa', 'partner-liaodongwan', 'partner-wuxi', 'partner-jinzhou', 'partner-yingkou', 'partner-hoboksar']) {
      expect(targets, id).toContain(id);
    }
    // No step extrudes: a height equal to the declared area only repeated the footprint (README, 三维).
    expect(tour.steps.some((s) => s.deck?.extrusion)).toBe(false);
  });
});

describe('checkTour finds what the plan does not back', () => {
  const step = tour.steps[0]!;
  const broken = (patch: Record<string, unknown>) =>
    checkTour(tourSchema.parse({ ...tourJson, steps: [{ ...tourJson.steps[0], ...patch }] }), plan, store);

  it('a figure that is not in the cited text', () => {
    const issues = broken({ numbers: [{ ...step.numbers[0], value: '1628', quote: '累计完成1628亿元' }, step.numbers[1]] });
    expect(issues.join('\n')).toMatch(/1628 does not occur in s1/);
  });
  it('a passage that is not verbatim, an unknown plan id, layer and feature', () => {
    const issues = broken({
      passages: [
        { ref: 's1', text: '五年地区生产总值累计完成一千亿元', en: 'GDP totalled a thousand' },
        { ref: 's99', text: '任意文字', en: 'any words' },
      ],
      layers: ['no-such-layer'],
      highlight: ['no-such-feature'],
    }).join('\n');
    expect(issues).toMatch(/does not occur in s1/);
    expect(issues).toMatch(/"s99", which is not a plan id/);
    expect(issues).toMatch(/layer "no-such-layer"/);
    expect(issues).toMatch(/"no-such-feature" does not exist/);
  });
  it('the schema rejects a quote without its figure, a map step without layers and duplicate ids', () => {
    expect(() =>
      parseTour({ ...tourJson, steps: [{ ...tourJson.steps[0], numbers: [{ ...step.numbers[0], quote: '累计完成' }, step.numbers[1]] }] }),
    ).toThrow(/numbers\.0\.quote: the quote must contain the figure 1627/);
    expect(() => parseTour({ ...tourJson, steps: [{ ...tourJson.steps[0], layers: [] }] })).toThrow(/a map step shows/);
    expect(() => parseTour({ ...tourJson, steps: [tourJson.steps[0], tourJson.steps[0]] })).toThrow(/duplicate step id/);
  });

  it('English figures that the Chinese does not have', () => {
    const issues = broken({
      titleEn: 'The 13th plan',
      passages: [{ ...step.passages[0], en: 'GDP totalled 1628 hundred million yuan, up 4.9% a year.' }],
      numbers: [{ ...step.numbers[0], labelEn: 'GDP over 99 years', unitEn: '100 million yuan' }, step.numbers[1]],
    }).join('\n');
    expect(issues).toMatch(/titleEn has 13, which/);
    expect(issues).toMatch(/English of a passage of s1 has 1628, which/);
    expect(issues).not.toMatch(/has 4\.9/);
    expect(issues).toMatch(/labelEn of 1627 has 99, which/);
    expect(issues).toMatch(/unitEn "100 million yuan" has 100, which/);
  });
});

describe('the tour schema requires the English beside every Chinese field', () => {
  const first = tourJson.steps[0]!;
  const without = <T extends object>(o: T, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
  const parseWith = (stepPatch: Record<string, unknown>, index = 1) => () =>
    parseTour({ ...tourJson, steps: tourJson.steps.map((s, i) => (i === index ? { ...s, ...stepPatch } : s)) });

  it('names the step and the field that lacks it', () => {
    expect(() => parseTour({ ...tourJson, steps: [without(first, 'titleEn'), ...tourJson.steps.slice(1)] })).toThrow(
      /^src\/features\/present\/tour\.json: steps\.0\.titleEn: missing: the English rendering/,
    );
    expect(parseWith({ passages: [without(tourJson.steps[1]!.passages[0]!, 'en')] })).toThrow(/steps\.1\.passages\.0\.en: missing/);
    const numbers = tourJson.steps[1]!.numbers;
    expect(parseWith({ numbers: [without(numbers[0]!, 'labelEn'), numbers[1]] })).toThrow(/steps\.1\.numbers\.0\.labelEn: missing/);
    expect(parseWith({ numbers: [numbers[0], without(numbers[1]!, 'unitEn')] })).toThrow(/steps\.1\.numbers\.1\.unitEn: missing/);
    expect(() => parseTour(without(tourJson, 'titleEn'))).toThrow(/: titleEn: missing/);
    const arcStep = tourJson.steps.findIndex((s) => 'deck' in s && s.deck && 'arcs' in s.deck);
    const arcs = (tourJson.steps[arcStep] as { deck: { arcs: Record<string, unknown>[] } }).deck.arcs;
    expect(parseWith({ deck: { arcs: [without(arcs[0]!, 'groupEn')] } }, arcStep)).toThrow(
      new RegExp(`steps\\.${arcStep}\\.deck\\.arcs\\.0\\.groupEn: missing`),
    );
  });

  it('rejects Chinese in an English field, and two English names for one arc group', () => {
    expect(parseWith({ titleEn: '“十三五”完成情况' })).toThrow(/steps\.1\.titleEn: English text, without Chinese characters/);
    const arcStep = tourJson.steps.findIndex((s) => 'deck' in s && s.deck && 'arcs' in s.deck);
    const arcs = (tourJson.steps[arcStep] as { deck: { arcs: Record<string, unknown>[] } }).deck.arcs;
    expect(parseWith({ deck: { arcs: [arcs[0], { ...arcs[1], groupEn: 'Other name' }] } }, arcStep)).toThrow(/groupEn: ".*" is called ".*" elsewhere/);
  });
});
