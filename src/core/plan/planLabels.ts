import type { Plan } from './types.ts';

/** How a reader names a plan node: `（九）建设生态宜居兴隆`, `表5 第7行：城市绿岛公园项目`. */
export function planLabel(plan: Plan, id: string): string {
  const n = plan.byId.get(id);
  if (!n) return id;
  switch (n.kind) {
    case 'chapter':
      return `${n.node.numeral}、${n.node.title}`;
    case 'section':
      return `（${n.node.numeral}）${n.node.title}`;
    case 'table':
      return `${n.node.label} ${n.node.title}`;
    case 'row': {
      const table = plan.byId.get(n.node.tableId);
      const label = table?.kind === 'table' ? table.node.label : n.node.tableId;
      return `${label} 第${n.node.number}行：${n.node.label}`;
    }
  }
}

/** The chapter a node is printed in (null for the 附表 and its rows). */
export function chapterOf(plan: Plan, id: string): string | null {
  const n = plan.byId.get(id);
  if (!n) return null;
  switch (n.kind) {
    case 'chapter':
      return n.id;
    case 'section':
      return n.node.chapterId;
    case 'table':
      return n.node.chapterId;
    case 'row': {
      const t = plan.byId.get(n.node.tableId);
      return t?.kind === 'table' ? t.node.chapterId : null;
    }
  }
}
