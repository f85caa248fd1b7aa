import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProject, PLAN_FILE, REGISTRY_FILE } from '../data/loadProject.ts';
import { planNodeText } from '../plan/parsePlan.ts';
import { checkTour } from './checkTour.ts';
import tourJson from './tour.json';
import { parseTour, tourSchema } from './tourSchema.ts';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const { plan, store } = loadProject(read(PLAN_FILE), read(REGISTRY_FILE), (id) => read(`geo/${id}.geojson`));
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
    expect(tour.steps.some((s) => s.deck?.extrusion)).toBe(true);
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
      passages: [{ ref: 's1', text: '五年地区生产总值累计完成一千亿元' }, { ref: 's99', text: '任意文字' }],
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
});
