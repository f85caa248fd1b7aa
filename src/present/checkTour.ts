import type { FeatureStore } from '../data/featureStore.ts';
import { planNodeText } from '../plan/parsePlan.ts';
import type { Plan } from '../plan/types.ts';
import { appendixIndicators } from './indicators.ts';
import type { Tour } from './tourSchema.ts';

/** Text compared without white space: table cells keep their line breaks, quotes do not. */
const squash = (s: string) => s.replace(/\s+/g, '');

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
