import type { LayerEntry } from '../../core/layerRegistry.ts';
import { COLOUR_BY, type ColourBy, type Kind, type Palette } from '../../core/palette.ts';
import { useI18n } from '../../i18n/I18n.tsx';

/** 着色 / Colour by: kind or status, and, by kind, the kinds' colours (of the plan layers that have one). */
export function ColourBySwitch({
  layers,
  palette,
  colourBy,
  onChange,
}: {
  layers: readonly LayerEntry[];
  palette: Palette;
  colourBy: ColourBy;
  onChange(next: ColourBy): void;
}) {
  const { m } = useI18n();
  const w = m.legend;
  const kinds = [...new Set(layers.flatMap((l): Kind[] => (l.role === 'plan' && l.kind ? [l.kind] : [])))];
  return (
    <div className="legend__colour-by">
      <fieldset className="colour-by" data-testid="colour-by">
        <legend>{w.colourBy}</legend>
        {COLOUR_BY.map((c) => (
          <label key={c} className={`chip${colourBy === c ? ' is-on' : ''}`}>
            <input type="radio" name="colour-by" value={c} data-testid={`colour-by-${c}`} checked={colourBy === c} onChange={() => onChange(c)} />
            {c === 'kind' ? w.byKind : w.byStatus}
          </label>
        ))}
      </fieldset>
      {colourBy === 'kind' && (
        <>
          <ul className="legend__kinds" data-testid="legend-kinds">
            {kinds.map((k) => (
              <li key={k} data-kind={k}>
                <span className="swatch" style={{ background: palette.kind[k] }} aria-hidden="true" />
                {w.kinds[k]}
              </li>
            ))}
          </ul>
          <p className="filters__hint">{w.kindHint}</p>
        </>
      )}
    </div>
  );
}
