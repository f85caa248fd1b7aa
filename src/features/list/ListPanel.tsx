import { useEffect, useMemo, useRef, useState } from 'react';
import { computeMeasures, formatArea, formatAreaRounded, formatLength, formatLengthRounded } from '../../core/geometry/measure.ts';
import { figureOf } from '../../core/geometry/figure.ts';
import type { PlanFeature } from '../../core/featureSchema.ts';
import { STATUS_WORDS } from '../../core/vocabulary.ts';
import { knownFeature, type FeatureStore } from '../../core/featureStore.ts';
import { statusInYear } from '../../core/statusHistory.ts';
import { useStatusYear } from '../../ui/statusYear.tsx';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { useI18n, useWords, type I18n } from '../../i18n/I18n.tsx';
import { panels as PANELS_ZH } from '../../i18n/zh/panels.ts';

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
  /** The measure rests on schematic geometry: shown rounded and marked 示意. */
  schematic: boolean;
}

/**
 * A feature's row, its words in the interface language (`i.name` picks zh or en); the status as of the
 * end of `year` (null: the current one), or `noRecord` when there is none by then.
 */
function rowOf(f: PlanFeature, store: FeatureStore, { name, lang }: Pick<I18n, 'name' | 'lang'>, year: number | null, noRecord: string): Row {
  const p = f.properties;
  const m = computeMeasures(f.geometry);
  const subFeature = p.subdistrict ? knownFeature(store, p.subdistrict) : undefined;
  const sub = subFeature ? name(subFeature.properties.name) : (p.subdistrict ?? '');
  const layerEntry = store.layers.find((l) => l.id === p.layer);
  const layer = layerEntry ? name(layerEntry.name) : p.layer;
  const e = statusInYear(f, year);
  const status = e ? name(STATUS_WORDS[e.status]) : noRecord;
  const row = { id: p.id, name: name(p.name), layer, status, statusSlug: e?.status ?? 'none', asOf: e?.asOf ?? '', subdistrict: sub };
  if (m.areaM2 !== undefined) {
    const fig = figureOf(m.areaM2, 'area', [p.accuracy]);
    const a = fig.schematic ? formatAreaRounded(fig.value, lang) : formatArea(m.areaM2, lang);
    return { ...row, measure: m.areaM2, measureKind: 'area', measureText: `${a.km2} · ${a.mu}`, schematic: fig.schematic };
  }
  if (m.lengthKm !== undefined) {
    const fig = figureOf(m.lengthKm, 'length', [p.accuracy]);
    const text = fig.schematic ? formatLengthRounded(fig.value, lang) : formatLength(m.lengthKm, lang);
    return { ...row, measure: m.lengthKm, measureKind: 'length', measureText: text, schematic: fig.schematic };
  }
  return { ...row, measure: null, measureKind: null, measureText: '—', schematic: false };
}

// No 街道 column: a sub-district is declared by only a few features, and the sub-districts' areas are not
// known (their features are seat points), so containment cannot say it. A declared one is shown under
// the name.
const COLUMNS: SortKey[] = ['name', 'layer', 'status', 'asOf', 'measure'];

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
  const { name, lang } = useI18n();
  const w = useWords('panels', PANELS_ZH);
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: 'layer', asc: true });
  const bodyRef = useRef<HTMLDivElement>(null);
  const year = useStatusYear();
  const rows = useMemo(() => {
    const list = features.map((f) => rowOf(f, store, { name, lang }, year, w.noRecord));
    // Chinese sorts by pinyin, English alphabetically.
    const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN-u-co-pinyin' : 'en');
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
  }, [features, store, sort, name, lang, year, w.noRecord]);

  useEffect(() => {
    if (!selectedId) return;
    bodyRef.current?.querySelector(`[data-feature-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  return (
    <SidePanel title={w.listTitle} testId="list-panel" onClose={onClose}>
      <p className="plan-panel__doc" data-testid="list-count">
        {w.listCount(rows.length)}
      </p>
      <div className="plan-panel__body" ref={bodyRef}>
        <table className="list__table">
          <thead>
            <tr>
              {COLUMNS.map((key) => (
                <th key={key} scope="col" aria-sort={sort.key === key ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
                  <button
                    type="button"
                    className="list__sort"
                    data-testid={`list-sort-${key}`}
                    onClick={() => setSort((s) => ({ key, asc: s.key === key ? !s.asc : true }))}
                  >
                    {w.cols[key]}
                    {sort.key === key ? (sort.asc ? ' ▲' : ' ▼') : ''}
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
                  {r.subdistrict && <span className="list__subdistrict">{r.subdistrict}</span>}
                </td>
                <td>{r.layer}</td>
                <td data-status={r.statusSlug}>{r.status}</td>
                <td className="list__asof">{r.asOf}</td>
                <td>
                  {r.measureText}
                  {r.schematic && (
                    <span className="figure-mark" data-testid="figure-mark" title={w.schematicTitle}>
                      {w.schematic}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SidePanel>
  );
}
