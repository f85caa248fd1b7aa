import type { Dispatch, ReactNode, Ref } from 'react';
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
  const dashboardOpen = state.overlay?.kind === 'dashboard';
  // The link may ask for an interval that is not among the choices: it is offered too.
  const intervalChoices = [...new Set<number>([...AUTOPLAY_CHOICES_S, state.intervalS])].sort((a, b) => a - b);
  return (
    <nav ref={ref} className="present__bar" aria-label={t.controls} data-testid="present-bar">
      <BarButton onClick={() => dispatch({ type: 'prev' })} disabled={state.step === 0} keys="PageUp ArrowLeft">
        {t.prev}
      </BarButton>
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
      <BarButton onClick={() => dispatch({ type: 'next' })} keys="PageDown ArrowRight Space">
        {t.next}
      </BarButton>
      <span className="present__sep" aria-hidden="true" />
      <BarButton pressed={state.playing} testId="present-play" onClick={() => dispatch({ type: 'togglePlay' })} keys="P">
        {state.playing ? t.pause : t.play}
      </BarButton>
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
      <BarButton pressed={state.exploring} testId="present-explore" onClick={() => dispatch({ type: state.exploring ? 'resume' : 'explore' })} keys="E">
        {state.exploring ? t.resume : t.explore}
      </BarButton>
      <BarButton
        pressed={dashboardOpen}
        testId="present-dashboard"
        onClick={() => dispatch(dashboardOpen ? { type: 'closeOverlay' } : { type: 'openOverlay', overlay: { kind: 'dashboard' } })}
        keys="I"
      >
        {t.dashboard}
      </BarButton>
      {fullscreen !== 'on' && (
        <BarButton onClick={() => void requestFullscreen()} keys="F" testId="present-fullscreen">
          {t.fullscreen}
        </BarButton>
      )}
      <BarButton onClick={() => exit()} keys="Escape" testId="present-exit">
        {t.exitKey}
      </BarButton>
    </nav>
  );
}

interface BarButtonProps {
  onClick(): void;
  /** The keys that do the same (aria-keyshortcuts). */
  keys: string;
  /** For a toggle: whether it is on (aria-pressed). */
  pressed?: boolean;
  disabled?: boolean;
  testId?: string;
  children: ReactNode;
}

/** A button of the bar, with the key that does the same. */
function BarButton({ onClick, keys, pressed, disabled, testId, children }: BarButtonProps) {
  return (
    <button
      type="button"
      className="present__button"
      aria-pressed={pressed}
      disabled={disabled}
      data-testid={testId}
      onClick={onClick}
      aria-keyshortcuts={keys}
    >
      {children}
    </button>
  );
}
