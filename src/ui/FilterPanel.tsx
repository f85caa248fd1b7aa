import { PERIODS, STATUSES, THEMES, type Period, type Status, type Theme } from '../data/vocabulary.ts';
import type { FeatureStore } from '../data/featureStore.ts';
import type { FilterResult, FilterState } from '../data/filters.ts';
import { statusWord } from './text.ts';

const PERIOD_WORDS: Record<Period, string> = {
  '13th-plan': '“十三五”（2016–2020）',
  '14th-plan': '“十四五”（2021–2025）',
  context: '现状与底图',
};

function toggled<T>(set: ReadonlySet<T>, value: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

/**
 * Status, plan period, theme and sub-district filters, combinable; an empty group means "all". The map,
 * the legend's counts and the list follow them.
 */
export function FilterPanel({
  store,
  filter,
  result,
  onChange,
}: {
  store: FeatureStore;
  filter: FilterState;
  result: FilterResult;
  onChange(next: FilterState): void;
}) {
  const subdistricts = store.byLayer.get('subdistricts')?.features ?? [];
  const usedThemes = new Set(store.layers.filter((l) => l.role === 'plan').map((l) => l.theme));
  const active =
    filter.statuses.size + filter.periods.size + filter.themes.size + filter.subdistricts.size > 0;
  return (
    <details className="filters" data-testid="filters" open={active || undefined}>
      <summary>
        筛选{' '}
        <span className="legend__count" data-testid="filter-total">
          显示 {result.planTotals.shown} / {result.planTotals.total}
        </span>
      </summary>
      <fieldset>
        <legend>状态</legend>
        {STATUSES.map((s: Status) => (
          <label key={s} className="chip">
            <input
              type="checkbox"
              data-testid={`filter-status-${s}`}
              checked={filter.statuses.has(s)}
              onChange={(e) => onChange({ ...filter, statuses: toggled(filter.statuses, s, e.target.checked) })}
            />
            {statusWord(s)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>规划时期</legend>
        {PERIODS.map((p) => (
          <label key={p} className="chip">
            <input
              type="checkbox"
              data-testid={`filter-period-${p}`}
              checked={filter.periods.has(p)}
              onChange={(e) => onChange({ ...filter, periods: toggled(filter.periods, p, e.target.checked) })}
            />
            {PERIOD_WORDS[p]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>专题</legend>
        {(Object.keys(THEMES) as Theme[])
          .filter((t) => usedThemes.has(t))
          .map((t) => (
            <label key={t} className="chip">
              <input
                type="checkbox"
                data-testid={`filter-theme-${t}`}
                checked={filter.themes.has(t)}
                onChange={(e) => onChange({ ...filter, themes: toggled(filter.themes, t, e.target.checked) })}
              />
              {THEMES[t].zh}
            </label>
          ))}
      </fieldset>
      <fieldset>
        <legend>街道</legend>
        {subdistricts.map((f) => (
          <label key={f.properties.id} className="chip">
            <input
              type="checkbox"
              data-testid={`filter-sub-${f.properties.id}`}
              checked={filter.subdistricts.has(f.properties.id)}
              onChange={(e) =>
                onChange({ ...filter, subdistricts: toggled(filter.subdistricts, f.properties.id, e.target.checked) })
              }
            />
            {f.properties.name.zh}
          </label>
        ))}
        <p className="filters__hint">按街道筛选只保留规划写明所在街道的要素。</p>
      </fieldset>
      {active && (
        <button
          type="button"
          className="filters__reset"
          data-testid="filter-reset"
          onClick={() =>
            onChange({ ...filter, statuses: new Set(), periods: new Set(), themes: new Set(), subdistricts: new Set() })
          }
        >
          清除筛选
        </button>
      )}
    </details>
  );
}
