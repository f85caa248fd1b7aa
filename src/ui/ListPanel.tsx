import { useEffect, useMemo, useRef, useState } from 'react';
import { computeMeasures, formatArea, formatLength } from '../analysis/measure.ts';
import type { PlanFeature } from '../data/featureSchema.ts';
import { STATUS_WORDS } from '../data/vocabulary.ts';
import type { FeatureStore } from '../data/featureStore.ts';
import { SidePanel } from './SidePanel.tsx';

type SortKey = 'name' | 'layer' | 'status' | 'asOf' | 'subdistrict' | 'measure';

interface Row {
  id: string;
  name: string;
  layer: string;
  status: string;
  statusSlug: string;
  asOf: string;
  subdistrict: string;
  /** m² for areas, km for lines (kept apart by `measureKind`); sorting compares like with like. */
  measure: number | null;
  measureKind: 'area' | 'length' | null;
  measureText: string;
}

function rowOf(f: PlanFeature, store: FeatureStore): Row {
  const p = f.properties;
  const m = computeMeasures(f.geometry);
  const sub = p.subdistrict ? store.byId.get(p.subdistrict)?.properties.name.zh ?? p.subdistrict : '';
  const layer = store.layers.find((l) => l.id === p.layer)?.name.zh ?? p.layer;
  if (m.areaM2 !== undefined) {
    const a = formatArea(m.areaM2);
    return { id: p.id, name: p.name.zh, layer, status: STATUS_WORDS[p.status].zh, statusSlug: p.status, asOf: p.statusAsOf, subdistrict: sub, measure: m.areaM2, measureKind: 'area', measureText: `${a.km2} · ${a.mu}` };
  }
  if (m.lengthKm !== undefined) {
    return { id: p.id, name: p.name.zh, layer, status: STATUS_WORDS[p.status].zh, statusSlug: p.status, asOf: p.statusAsOf, subdistrict: sub, measure: m.lengthKm, measureKind: 'length', measureText: formatLength(m.lengthKm) };
  }
  return { id: p.id, name: p.name.zh, layer, status: STATUS_WORDS[p.status].zh, statusSlug: p.status, asOf: p.statusAsOf, subdistrict: sub, measure: null, measureKind: null, measureText: '—' };
}

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: '名称' },
  { key: 'layer', label: '图层' },
  { key: 'status', label: '状态' },
  { key: 'asOf', label: '截至' },
  { key: 'subdistrict', label: '街道' },
  { key: 'measure', label: '面积／长度' },
];

/**
 * The features under the current filters as a sortable table. Selecting a row selects the feature on
 * the map; the selected feature's row is marked and scrolled into view.
 */
export function ListPanel({
  features,
  store,
  selectedId,
  onSelect,
  onClose,
}: {
  features: PlanFeature[];
  store: FeatureStore;
  selectedId: string | null;
  onSelect(id: string): void;
  onClose(): void;
}) {
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: 'layer', asc: true });
  const bodyRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => {
    const list = features.map((f) => rowOf(f, store));
    const collator = new Intl.Collator('zh-CN-u-co-pinyin');
    const cmp = (a: Row, b: Row): number => {
      if (sort.key === 'measure') {
        // Areas before lengths before nothing; within a kind by size.
        const kindRank = (r: Row) => (r.measureKind === 'area' ? 0 : r.measureKind === 'length' ? 1 : 2);
        return kindRank(a) - kindRank(b) || (a.measure ?? 0) - (b.measure ?? 0);
      }
      return collator.compare(a[sort.key], b[sort.key]) || collator.compare(a.name, b.name);
    };
    list.sort((a, b) => (sort.asc ? cmp(a, b) : -cmp(a, b)));
    return list;
  }, [features, store, sort]);

  useEffect(() => {
    if (!selectedId) return;
    bodyRef.current?.querySelector(`[data-feature-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  return (
    <SidePanel title="要素列表" testId="list-panel" onClose={onClose}>
      <p className="plan-panel__doc" data-testid="list-count">
        当前筛选下 {rows.length} 个要素；点击一行在地图上查看。
      </p>
      <div className="plan-panel__body" ref={bodyRef}>
        <table className="list__table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
                  <button
                    type="button"
                    className="list__sort"
                    data-testid={`list-sort-${c.key}`}
                    onClick={() => setSort((s) => ({ key: c.key, asc: s.key === c.key ? !s.asc : true }))}
                  >
                    {c.label}
                    {sort.key === c.key ? (sort.asc ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.id}
                data-testid="list-row"
                data-feature-id={r.id}
                className={r.id === selectedId ? 'is-selected' : undefined}
                aria-selected={r.id === selectedId}
              >
                <td>
                  <button type="button" className="link-button" onClick={() => onSelect(r.id)}>
                    {r.name}
                  </button>
                </td>
                <td>{r.layer}</td>
                <td data-status={r.statusSlug}>{r.status}</td>
                <td>{r.asOf}</td>
                <td>{r.subdistrict}</td>
                <td>{r.measureText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SidePanel>
  );
}
