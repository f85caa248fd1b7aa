import type { ReactNode } from 'react';
import { PERIODS, THEMES, type Theme } from '../../core/vocabulary.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { FilterResult, FilterState } from '../../core/filters.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { featuresWithPurpose } from '../../core/layerPurpose.ts';

function toggled<T>(set: ReadonlySet<T>, value: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

/**
 * One filter group: a chip with a checkbox per option (test id `filter-<testId>-<value>`), then
 * `children` (a hint).
 */
function FilterGroup<T extends string>({
  legend,
  testId,
  options,
  selected,
  onChange,
  children,
}: {
  legend: string;
  testId: string;
  options: readonly { value: T; label: string }[];
  selected: ReadonlySet<T>;
  onChange(next: Set<T>): void;
  children?: ReactNode;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(({ value, label }) => (
        <label key={value} className="chip">
          <input
            type="checkbox"
            data-testid={`filter-${testId}-${value}`}
            checked={selected.has(value)}
            onChange={(e) => onChange(toggled(selected, value, e.target.checked))}
          />
          {label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}

/**
 * Plan period, theme and sub-district filters (the status filter is the legend's status chips, StatusChips.tsx), combinable; an empty group means "all". The map,
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
  const { m, name } = useI18n();
  const w = m.legend;
  // The sub-districts some feature declares (the plan's words), drawn or with no known place, in code order.
  const declared = new Set([...store.byId.values()].map((f) => f.properties.subdistrict));
  const subdistricts = [...featuresWithPurpose(store, 'subdistricts'), ...[...store.unlocated.values()].filter((f) => f.properties.kind === 'subdistrict')]
    .filter((f) => declared.has(f.properties.id))
    .sort((a, b) => (a.properties.adminCode ?? a.properties.id).localeCompare(b.properties.adminCode ?? b.properties.id));
  const usedThemes = new Set(store.layers.filter((l) => l.role === 'plan').map((l) => l.theme));
  const active =
    filter.statuses.size + filter.periods.size + filter.themes.size + filter.subdistricts.size > 0;
  return (
    <details className="filters" data-testid="filters" open={active || undefined}>
      <summary>
        {w.filters}{' '}
        <span className="legend__count" data-testid="filter-total">
          {w.shown(result.planTotals.shown, result.planTotals.total)}
        </span>
      </summary>
      <FilterGroup
        legend={w.period}
        testId="period"
        options={PERIODS.map((p) => ({ value: p, label: w.periods[p] }))}
        selected={filter.periods}
        onChange={(periods) => onChange({ ...filter, periods })}
      />
      <FilterGroup
        legend={w.theme}
        testId="theme"
        options={(Object.keys(THEMES) as Theme[]).filter((t) => usedThemes.has(t)).map((t) => ({ value: t, label: name(THEMES[t]) }))}
        selected={filter.themes}
        onChange={(themes) => onChange({ ...filter, themes })}
      />
      <FilterGroup
        legend={w.sub}
        testId="sub"
        options={subdistricts.map((f) => ({ value: f.properties.id, label: name(f.properties.name) }))}
        selected={filter.subdistricts}
        onChange={(subdistricts) => onChange({ ...filter, subdistricts })}
      >
        <p className="filters__hint">{w.subHint}</p>
      </FilterGroup>
      {active && (
        <button
          type="button"
          className="filters__reset"
          data-testid="filter-reset"
          onClick={() =>
            onChange({ ...filter, statuses: new Set(), periods: new Set(), themes: new Set(), subdistricts: new Set() })
          }
        >
          {w.reset}
        </button>
      )}
    </details>
  );
}
