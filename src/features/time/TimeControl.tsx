import { useEffect, useState } from 'react';
import { FIRST_YEAR, LAST_YEAR } from '../../core/link/urlState.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { ToggleButton } from '../../ui/ToggleButton.tsx';

/** Interval between years while playing. */
const PLAY_STEP_MS = 1200;

/**
 * Shows the plan as of a chosen year: 13th-plan items from 2016, 14th-plan items from 2021 (or the
 * start year a source gives). "Play" runs through the years once.
 */
export function TimeControl({ year, onChange }: { year: number | null; onChange(year: number | null): void }) {
  const w = useI18n().m.app;
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const t = window.setTimeout(() => {
      if (year === null || year >= LAST_YEAR) setPlaying(false);
      else onChange(year + 1);
    }, PLAY_STEP_MS);
    return () => window.clearTimeout(t);
  }, [playing, year, onChange]);

  return (
    <div className="time-control" data-testid="time-control" role="group" aria-label={w.timeGroup}>
      <label className="time-control__toggle">
        <input
          type="checkbox"
          checked={year !== null}
          data-testid="time-toggle"
          onChange={(e) => {
            setPlaying(false);
            onChange(e.target.checked ? LAST_YEAR : null);
          }}
        />{' '}
        {w.byYear}
      </label>
      <input
        type="range"
        min={FIRST_YEAR}
        max={LAST_YEAR}
        step={1}
        value={year ?? LAST_YEAR}
        disabled={year === null}
        aria-label={w.year}
        aria-valuetext={year === null ? w.allYears : w.yearN(year)}
        data-testid="time-slider"
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <output className="time-control__year" data-testid="time-year">
        {year === null ? w.all : w.yearN(year)}
      </output>
      <ToggleButton
        className="time-control__play"
        testId="time-play"
        on={playing}
        onClick={() => {
          if (playing) {
            setPlaying(false);
            return;
          }
          onChange(FIRST_YEAR);
          setPlaying(true);
        }}
      >
        {playing ? w.pause : w.play}
      </ToggleButton>
      <span className="time-control__hint">
        {year === null ? '' : year <= 2020 ? w.period13 : w.period14}
      </span>
    </div>
  );
}
