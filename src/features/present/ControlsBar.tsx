import type { Dispatch, Ref } from 'react';
import type { Lang } from '../../i18n/lang.ts';
import { requestFullscreen } from './fullscreen.ts';
import { titleOf, type PresentWords } from './presentText.ts';
import type { Tour } from './tourSchema.ts';
import { AUTOPLAY_CHOICES_S, type TourAction, type TourState } from './tourState.ts';
import type { Exit } from './useExit.ts';
import type { FullscreenState } from './useFullscreen.ts';

interface ControlsBarProps {
  tour: Tour;
  state: TourState;
  dispatch: Dispatch<TourAction>;
  fullscreen: FullscreenState;
  exit: Exit;
  ref: Ref<HTMLElement>;
  t: PresentWords;
  lang: Lang;
}

/** The controls along the bottom: paging and progress, autoplay, explore, the dashboard, full screen and exit. */
export function ControlsBar({ tour, state, dispatch, fullscreen, exit, ref, t, lang }: ControlsBarProps) {
  const count = tour.steps.length;
  const overlay = state.overlay;
  // The link may ask for an interval that is not among the choices: it is offered too.
  const intervalChoices = [...new Set<number>([...AUTOPLAY_CHOICES_S, state.intervalS])].sort((a, b) => a - b);
  return (
    <nav ref={ref} className="present__bar" aria-label={t.controls} data-testid="present-bar">
      <button type="button" className="present__button" onClick={() => dispatch({ type: 'prev' })} disabled={state.step === 0} aria-keyshortcuts="PageUp ArrowLeft">
        {t.prev}
      </button>
      <ol className="present__progress" aria-label={t.progress}>
        {tour.steps.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              className={`present__dot${i === state.step ? ' is-current' : ''}${i < state.step ? ' is-done' : ''}`}
              aria-current={i === state.step ? 'step' : undefined}
              aria-label={t.stepLabel(i + 1, titleOf(s, lang))}
              onClick={() => dispatch({ type: 'goto', step: i })}
            >
              {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <span className="present__count" data-testid="present-progress">
        {state.step + 1} / {count}
      </span>
      <button type="button" className="present__button" onClick={() => dispatch({ type: 'next' })} aria-keyshortcuts="PageDown ArrowRight Space">
        {t.next}
      </button>
      <span className="present__sep" aria-hidden="true" />
      <button
        type="button"
        className="present__button"
        aria-pressed={state.playing}
        data-testid="present-play"
        onClick={() => dispatch({ type: 'togglePlay' })}
        aria-keyshortcuts="P"
      >
        {state.playing ? t.pause : t.play}
      </button>
      <label className="present__field">
        {t.every}
        <select value={state.intervalS} onChange={(e) => dispatch({ type: 'setInterval', seconds: Number(e.target.value) })} data-testid="present-interval">
          {intervalChoices.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        {t.seconds}
      </label>
      <label className="present__field">
        <input type="checkbox" checked={state.loop} onChange={(e) => dispatch({ type: 'setLoop', loop: e.target.checked })} data-testid="present-loop" />
        {t.loop}
      </label>
      <span className="present__sep" aria-hidden="true" />
      <button
        type="button"
        className="present__button"
        aria-pressed={state.exploring}
        data-testid="present-explore"
        onClick={() => dispatch({ type: state.exploring ? 'resume' : 'explore' })}
        aria-keyshortcuts="E"
      >
        {state.exploring ? t.resume : t.explore}
      </button>
      <button
        type="button"
        className="present__button"
        aria-pressed={overlay?.kind === 'dashboard'}
        data-testid="present-dashboard"
        onClick={() => dispatch(overlay?.kind === 'dashboard' ? { type: 'closeOverlay' } : { type: 'openOverlay', overlay: { kind: 'dashboard' } })}
        aria-keyshortcuts="I"
      >
        {t.dashboard}
      </button>
      {fullscreen !== 'on' && (
        <button type="button" className="present__button" onClick={() => void requestFullscreen()} aria-keyshortcuts="F" data-testid="present-fullscreen">
          {t.fullscreen}
        </button>
      )}
      <button type="button" className="present__button" onClick={() => exit()} aria-keyshortcuts="Escape" data-testid="present-exit">
        {t.exitKey}
      </button>
    </nav>
  );
}
