import type { Plan } from './types.ts';

/**
 * Where a plan id points, in numbers a reader of another language can use: `t5-r7` → table 5, row 7;
 * `table: null` is the 附表 (appendix table).
 */
export type PlanPlace = { kind: 'chapter' | 'section'; n: number } | { kind: 'table'; table: number | null } | { kind: 'row'; table: number | null; row: number };

/** The place of a plan id in numbers (null for an id the plan does not have). */
export function planPlaceOf(plan: Plan, id: string): PlanPlace | null {
  const n = plan.byId.get(id);
  if (!n) return null;
  switch (n.kind) {
    case 'chapter':
    case 'section':
      return { kind: n.kind, n: n.node.number };
    case 'table':
      return { kind: 'table', table: n.node.number };
    case 'row': {
      const t = plan.byId.get(n.node.tableId);
      return { kind: 'row', table: t?.kind === 'table' ? t.node.number : null, row: n.node.number };
    }
  }
}
