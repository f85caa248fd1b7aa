import type { FeatureStore } from '../../core/featureStore.ts';
import { planNodeText } from '../../core/plan/planNodeText.ts';
import type { Plan } from '../../core/plan/types.ts';
import { appendixIndicators } from './indicators.ts';
import type { Tour } from './tourSchema.ts';

/** Text compared without white space: table cells keep their line breaks, quotes do not. */
const squash = (s: string) => s.replace(/\s+/g, '');

/** Figures as written (`4.9` is one figure, not a 4 and a 9). */
export const figuresOf = (s: string): string[] => s.match(/[0-9]+(?:\.[0-9]+)?/g) ?? [];

/** The figures of `english` that none of `sources` prints: an English rendering adds no number. */
function newFigures(english: string, ...sources: string[]): string[] {
  const known = new Set(sources.flatMap(figuresOf));
  return figuresOf(english).filter((f) => !known.has(f));
}

/**
 * Everything in the tour that the plan or the map data does not back: unknown plan ids, layers or
 * features, passages and quotes that are not in the cited text, figures whose digits are not there.
 * Empty when the tour is sound. Pure, so the unit tests and the presentation mode run the same check.
 */
export function checkTour(tour: Tour, plan: Plan, store: FeatureStore): string[] {
  const issues: string[] = [];
  const planLayers = new Set(store.layers.filter((l) => l.role === 'plan').map((l) => l.id));
  const categories = new Set(appendixIndicators(plan).map((r) => r.category));
  const textOf = (ref: string) => planNodeText(plan, ref);
  tour.steps.forEach((s, i) => {
    const at = `step ${i + 1} "${s.id}"`;
    if (!plan.byId.has(s.chapter)) issues.push(`${at}: chapter "${s.chapter}" is not a plan id`);
    for (const p of s.passages) {
      const text = textOf(p.ref);
      if (text === undefined) {
        issues.push(`${at}: passage cites "${p.ref}", which is not a plan id`);
        continue;
      }
      for (const part of p.text.split('……').map(squash).filter((x) => x !== '')) {
        if (!squash(text).includes(part)) issues.push(`${at}: passage part "${part}" does not occur in ${p.ref}`);
      }
    }
    for (const n of s.numbers) {
      const text = textOf(n.ref);
      if (text === undefined) {
        issues.push(`${at}: number ${n.value} cites "${n.ref}", which is not a plan id`);
        continue;
      }
      if (!squash(text).includes(squash(n.quote))) issues.push(`${at}: quote "${n.quote}" does not occur in ${n.ref}`);
      if (!text.includes(n.value)) issues.push(`${at}: figure ${n.value} does not occur in ${n.ref}`);
      for (const f of newFigures(n.labelEn, n.label, n.quote, text)) issues.push(`${at}: labelEn of ${n.value} has ${f}, which the label, quote and ${n.ref} do not`);
      for (const f of newFigures(n.unitEn, n.unit)) issues.push(`${at}: unitEn "${n.unitEn}" has ${f}, which the unit "${n.unit}" does not`);
    }
    // The English renderings say what the Chinese says: no figure of their own.
    for (const p of s.passages) {
      for (const f of newFigures(p.en, p.text)) issues.push(`${at}: the English of a passage of ${p.ref} has ${f}, which the passage does not`);
    }
    const stepText = [s.title, ...s.passages.map((p) => p.text), ...s.numbers.map((n) => n.quote)];
    for (const f of newFigures(s.titleEn, ...stepText)) issues.push(`${at}: titleEn has ${f}, which the step's Chinese does not`);
    for (const a of s.deck?.arcs ?? []) {
      for (const f of newFigures(a.groupEn, a.group)) issues.push(`${at}: groupEn "${a.groupEn}" has ${f}, which "${a.group}" does not`);
    }
    for (const l of s.layers) if (!planLayers.has(l)) issues.push(`${at}: layer "${l}" is not a plan layer of geo/layers.json`);
    for (const f of s.highlight) if (!store.byId.has(f)) issues.push(`${at}: highlighted feature "${f}" does not exist`);
    for (const a of s.deck?.arcs ?? []) {
      const f = store.byId.get(a.to);
      if (!f) issues.push(`${at}: arc to "${a.to}", which does not exist`);
      else if (f.geometry.type !== 'Point') issues.push(`${at}: arc to "${a.to}", which is not a point`);
      if (!plan.byId.has(a.ref)) issues.push(`${at}: arc cites "${a.ref}", which is not a plan id`);
    }
    for (const c of s.indicatorCategories ?? []) {
      if (!categories.has(c)) issues.push(`${at}: "${c}" is not a 分类 of the 附表`);
    }
  });
  return issues;
}
