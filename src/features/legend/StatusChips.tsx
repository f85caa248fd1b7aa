import { STATUS_WORDS, type Status } from '../../core/vocabulary.ts';
import type { ColourBy, Palette } from '../../core/palette.ts';
import { useI18n } from '../../i18n/I18n.tsx';

/**
 * The status legend is the status filter: one chip per status with its colour and count; on, the map,
 * the counts and the list keep that status (several may be on; none on: every status).
 */
export function StatusChips({
  counts,
  selected,
  palette,
  colourBy,
  none,
  title,
  onChange,
}: {
  counts: ReadonlyMap<Status, number>;
  selected: ReadonlySet<Status>;
  palette: Palette;
  colourBy: ColourBy;
  /** Places with no status recorded by the end of the chosen year (not a filter: nothing to pick). */
  none: number;
  title: string;
  onChange(next: Set<Status>): void;
}) {
  const { m, name } = useI18n();
  const toggle = (s: Status, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(s);
    else next.delete(s);
    onChange(next);
  };
  return (
    <fieldset className="legend__status-filter">
      <legend>{title}</legend>
      <ul className="legend__status" data-testid="status-chips">
        {[...counts].map(([s, n]) => (
          <li key={s} data-status={s}>
            <label className={`chip chip--status${selected.has(s) ? ' is-on' : ''}`}>
              <input type="checkbox" data-testid={`filter-status-${s}`} checked={selected.has(s)} onChange={(e) => toggle(s, e.target.checked)} />
              <span
                className={`swatch ${colourBy === 'kind' ? 'swatch--ring' : 'swatch--dot'}`}
                style={colourBy === 'kind' ? { borderColor: palette.status[s] } : { background: palette.status[s] }}
                aria-hidden="true"
              />
              {name(STATUS_WORDS[s])} <span className="legend__count" data-testid={`status-count-${s}`}>{n}</span>
            </label>
          </li>
        ))}
        {none > 0 && (
          <li data-status="none">
            <span className="chip chip--status">
              <span className="swatch swatch--dot" style={{ background: palette.status.existing }} aria-hidden="true" />
              {m.legend.noRecord} <span className="legend__count">{none}</span>
            </span>
          </li>
        )}
      </ul>
    </fieldset>
  );
}
