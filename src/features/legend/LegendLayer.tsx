import { useState } from 'react';
import type { LayerEntry } from '../../core/layerRegistry.ts';
import type { PlanFeature, UnlocatedFeature } from '../../core/featureSchema.ts';
import type { LayerCount } from '../../core/filters.ts';
import type { Palette } from '../../core/palette.ts';
import { statusSlugInYear } from '../../core/statusHistory.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { useStatusYear } from '../../ui/statusYear.tsx';

export interface LegendLayerProps {
  layer: LayerEntry;
  /** The layer's places the filters keep. */
  features: PlanFeature[];
  count: LayerCount | undefined;
  visible: boolean;
  opacity: number;
  palette: Palette;
  unlocated: UnlocatedFeature[];
  onToggleLayer(layerId: string, visible: boolean): void;
  onOpacity(layerId: string, opacity: number): void;
  onSelectFeature(id: string): void;
}

/**
 * One plan layer in the legend: its check box, its name and count, and, once first opened, its
 * opacity and its places as buttons. The closed rows are all the first screen shows, so the lists
 * (hundreds of buttons) are rendered on first opening, not before the map is created.
 */
export function LegendLayer({ layer: l, features, count, visible, opacity: op, palette, unlocated, onToggleLayer, onOpacity, onSelectFeature }: LegendLayerProps) {
  const { m, name } = useI18n();
  const w = m.legend;
  const year = useStatusYear();
  const [opened, setOpened] = useState(false);
  return (
    // The check box sits beside the summary, not in it: a control inside a control
    // (WCAG 4.1.2, axe's nested-interactive) is announced badly. Its label stays in the summary.
    <div className="legend__layer-row">
      <input
        type="checkbox"
        id={`layer-toggle-${l.id}`}
        checked={visible}
        data-testid={`layer-toggle-${l.id}`}
        onChange={(e) => onToggleLayer(l.id, e.target.checked)}
      />
      <details className="legend__layer" data-layer-id={l.id} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary>
          <label htmlFor={`layer-toggle-${l.id}`} onClick={(e) => e.stopPropagation()}>
            {name(l.name)}
          </label>{' '}
          {/* An outlines-only layer (district, sub-districts) has no items to count. */}
          {count?.total !== 0 && (
            <span className="legend__count" data-testid={`layer-count-${l.id}`}>
              {count && count.shown !== count.total ? `${count.shown} / ${count.total}` : features.length}
            </span>
          )}
        </summary>
        {opened && (
          <>
            <label className="legend__opacity">
              {w.opacity}
              <input
                type="range"
                min={0}
                max={1}
                step={0.05}
                value={op}
                data-testid={`layer-opacity-${l.id}`}
                aria-label={w.opacityOf(name(l.name))}
                onChange={(e) => onOpacity(l.id, Number(e.target.value))}
              />
              <output>{Math.round(op * 100)}%</output>
            </label>
            <ul className="legend__features">
              {features.map((f) => (
                <li key={f.properties.id}>
                  <button type="button" data-testid="legend-feature" data-feature-id={f.properties.id} onClick={() => onSelectFeature(f.properties.id)}>
                    <span className="swatch swatch--dot" style={{ background: palette.status[statusSlugInYear(f, year) ?? 'existing'] }} aria-hidden="true" />
                    {name(f.properties.name)}
                  </button>
                </li>
              ))}
            </ul>
            <UnlocatedList features={unlocated} title={w.unlocated} />
          </>
        )}
      </details>
    </div>
  );
}

/** A layer's units with no known place: named (with their official code) so that nobody looks for them on the map. */
function UnlocatedList({ features, title }: { features: UnlocatedFeature[]; title: (n: number) => string }) {
  const { name } = useI18n();
  if (features.length === 0) return null;
  return (
    <div className="legend__unlocated" data-testid="legend-unlocated">
      <p>{title(features.length)}</p>
      <ul>
        {features.map((f) => (
          <li key={f.properties.id} data-feature-id={f.properties.id}>
            {name(f.properties.name)}
            {f.properties.adminCode ? <span className="legend__code"> {f.properties.adminCode}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
