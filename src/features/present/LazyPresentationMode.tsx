import { Component, lazy, Suspense, useEffect, useLayoutEffect, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18n.tsx';
import type { Messages } from '../../i18n/messages.ts';
import { requestFullscreenOnGesture } from './fullscreen.ts';
import { discardBootedPresentMap } from './presentMapHandoff.ts';
import type { PresentationModeProps } from './PresentationMode.tsx';
import { WithPlanText } from '../../ui/WithPlanText.tsx';

// The mode (its story, dashboards and, through them, deck.gl) is fetched only when it is opened;
// opened by link (`?tour=`), main.tsx starts the fetch with the data's.
export const loadPresentationMode = () => import('./PresentationMode.tsx');
const PresentationMode = lazy(loadPresentationMode);

/** Shows why the mode could not open (e.g. its files could not be fetched offline) instead of breaking the app. */
class LoadBoundary extends Component<{ onExit(): void; words: Messages['present']; children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(e: unknown) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="present-loading" role="alert" data-testid="presentation-error">
        <p>{this.props.words.cannotOpen(this.state.error)}</p>
        <button type="button" onClick={() => this.props.onExit()}>
          {this.props.words.backToMap}
        </button>
      </div>
    );
  }
}

/** The presentation mode, loaded on demand. Renders nothing of its own until the chunk is there. */
export function LazyPresentationMode(props: PresentationModeProps) {
  const { m } = useI18n();
  // At once, while the click that opened the mode still allows it (opened by link: on the first key or
  // click); the mode picks up the outcome. A layout effect: when the mode's chunk is already there it
  // renders in the same commit, and its own (passive) effect would otherwise take the request first and,
  // finding none, ask for full screen without a gesture.
  useLayoutEffect(() => requestFullscreenOnGesture(), []);
  // Left before the mode's map took the map started for it (presentMapFirst.ts): that one goes too.
  useEffect(() => () => discardBootedPresentMap(), []);
  return (
    <LoadBoundary onExit={() => props.onExit(null)} words={m.present}>
      <Suspense
        fallback={
          <div className="present-loading" role="status" data-testid="present-loading">
            {m.present.opening}
          </div>
        }
      >
        {/* It reads the plan's words (the indicators, the passages): the second data file. */}
        <WithPlanText>{({ plan }) => <PresentationMode {...props} plan={plan} />}</WithPlanText>
      </Suspense>
    </LoadBoundary>
  );
}
