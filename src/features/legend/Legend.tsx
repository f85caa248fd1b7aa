import './legend.css';
import { useState } from 'react';
import { THEMES } from '../../core/vocabulary.ts';
import { unlocatedOf, type FeatureStore } from '../../core/featureStore.ts';
import type { FilterResult, FilterState } from '../../core/filters.ts';
import { FilterPanel } from './FilterPanel.tsx';
import { LegendLayer } from './LegendLayer.tsx';
import type { ColourBy, Palette } from '../../core/palette.ts';
import { ColourBySwitch } from './ColourBySwitch.tsx';
import { StatusChips } from './StatusChips.tsx';
import { statusCounts } from './statusCounts.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { useStatusYear } from '../../ui/statusYear.tsx';

export interface LegendProps {
  store: FeatureStore;
  palette: Palette;
  hiddenLayers: ReadonlySet<string>;
  /** Layer id → opacity below 1. */
  opacity: ReadonlyMap<string, number>;
  filter: FilterState;
  /** What the filters keep, per layer: the counts and the lists follow it. */
  filtered: FilterResult;
  onFilter(next: FilterState): void;
  colourBy: ColourBy;
  onColourBy(next: ColourBy): void;
  onToggleLayer(layerId: string, visible: boolean): void;
  onOpacity(layerId: string, opacity: number): void;
  onSelectFeature(id: string): void;
}

/**
 * Status colours, accuracy styles and the plan layers, each with its places as buttons: the
 * keyboard's way to every feature on the map (Tab to it, Enter opens its popup).
 */
export function Legend({
  store,
  palette,
  hiddenLayers,
  opacity,
  filter,
  filtered,
  onFilter,
  colourBy,
  onColourBy,
  onToggleLayer,
  onOpacity,
  onSelectFeature,
}: LegendProps) {
  const { m, name } = useI18n();
  const w = m.legend;
  const [collapsed, setCollapsed] = useState(() => typeof window !== 'undefined' && window.innerWidth < 720);
  // The status as of the end of the time control's year (the current one without a year).
  const year = useStatusYear();
  const { byStatus: counts, none } = statusCounts(store, filter, year);
  return (
    <section className={`legend${collapsed ? ' is-collapsed' : ''}`} data-testid="legend" aria-label={w.title}>
      <header className="legend__header">
        {/* The title is the button (a disclosure): on a phone the legend waits behind it, visibly named. */}
        <h2>
          <button
            type="button"
            className="legend__toggle"
            data-testid="legend-toggle"
            aria-expanded={!collapsed}
            onClick={() => setCollapsed(!collapsed)}
          >
            {w.title}
            <span aria-hidden="true">{collapsed ? ' ▸' : ' ▾'}</span>
          </button>
        </h2>
      </header>
      {!collapsed && (
        <div className="legend__body">
          <ColourBySwitch layers={store.layers} palette={palette} colourBy={colourBy} onChange={onColourBy} />
          <StatusChips
            counts={counts}
            selected={filter.statuses}
            palette={palette}
            colourBy={colourBy}
            none={none}
            title={year === null ? w.status : w.statusAtYearEnd(year)}
            onChange={(statuses) => onFilter({ ...filter, statuses })}
          />
          <FilterPanel store={store} filter={filter} result={filtered} onChange={onFilter} />
          <h3>{w.accuracy}</h3>
          <ul className="legend__accuracy">
            <li>
              <span className="swatch swatch--solid" aria-hidden="true" />
              {w.solid}
            </li>
            <li>
              <span className="swatch swatch--dashed" aria-hidden="true" />
              {w.dashed}
            </li>
            <li>
              <span className="swatch swatch--hollow" aria-hidden="true" />
              {w.hollow}
            </li>
          </ul>
          <h3>{w.layers}</h3>
          {Object.entries(THEMES).map(([theme, label]) => {
            const layers = store.layers.filter((l) => l.theme === theme && l.role === 'plan');
            if (layers.length === 0) return null;
            return (
              <div key={theme} className="legend__theme">
                <h4>{name(label)}</h4>
                {layers.map((l) => (
                    <LegendLayer
                      key={l.id}
                      layer={l}
                      features={filtered.byLayer.get(l.id) ?? []}
                      count={filtered.counts.get(l.id)}
                      visible={!hiddenLayers.has(l.id)}
                      opacity={opacity.get(l.id) ?? 1}
                      palette={palette}
                      unlocated={unlocatedOf(store, l.id)}
                      onToggleLayer={onToggleLayer}
                      onOpacity={onOpacity}
                      onSelectFeature={onSelectFeature}
                    />
                ))}
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}
