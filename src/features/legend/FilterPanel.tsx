import { PERIODS, STATUS_WORDS, STATUSES, THEMES, type Status, type Theme } from '../../core/vocabulary.ts';
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
  const { m, name } = useI18n();
  const w = m.legend;
  const subdistricts = featuresWithPurpose(store, 'subdistricts');
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
      <fieldset>
        <legend>{w.status}</legend>
        {STATUSES.map((s: Status) => (
          <label key={s} className="chip">
            <input
              type="checkbox"
              data-testid={`filter-status-${s}`}
              checked={filter.statuses.has(s)}
              onChange={(e) => onChange({ ...filter, statuses: toggled(filter.statuses, s, e.target.checked) })}
            />
            {name(STATUS_WORDS[s])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{w.period}</legend>
        {PERIODS.map((p) => (
          <label key={p} className="chip">
            <input
              type="checkbox"
              data-testid={`filter-period-${p}`}
              checked={filter.periods.has(p)}
              onChange={(e) => onChange({ ...filter, periods: toggled(filter.periods, p, e.target.checked) })}
            />
            {w.periods[p]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{w.theme}</legend>
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
              {name(THEMES[t])}
            </label>
          ))}
      </fieldset>
      <fieldset>
        <legend>{w.sub}</legend>
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
            {name(f.properties.name)}
          </label>
        ))}
        <p className="filters__hint">{w.subHint}</p>
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
          {w.reset}
        </button>
      )}
    </details>
  );
}
