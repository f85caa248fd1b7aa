import type { LayerEntry } from '../../core/layerRegistry.ts';
import { COLOUR_BY, type ColourBy, type Palette } from '../../core/palette.ts';
import { useI18n } from '../../i18n/I18n.tsx';

/** 着色 / Colour by: kind or status, and, by kind, each plan layer's kind colour under the layer's name. */
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
  const { m, name } = useI18n();
  const w = m.legend;
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
            {layers.map((l) =>
              l.kind ? (
                <li key={l.id} data-kind={l.kind}>
                  <span className="swatch" style={{ background: palette.kind?.[l.kind] }} aria-hidden="true" />
                  {name(l.name)}
                </li>
              ) : null,
            )}
          </ul>
          <p className="filters__hint">{w.kindHint}</p>
        </>
      )}
      {colourBy === 'status' && (
        <p className="filters__hint" data-testid="colour-by-status-hint">
          {w.statusHint}
        </p>
      )}
    </div>
  );
}
