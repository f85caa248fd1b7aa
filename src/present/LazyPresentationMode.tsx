import { Component, lazy, Suspense, useEffect, type ReactNode } from 'react';
import { requestFullscreen } from './fullscreen.ts';
import type { PresentationModeProps } from './PresentationMode.tsx';

// The mode (its story, dashboards and, through them, deck.gl) is fetched only when it is opened.
const PresentationMode = lazy(() => import('./PresentationMode.tsx'));

/** Shows why the mode could not open (e.g. its files could not be fetched offline) instead of breaking the app. */
class LoadBoundary extends Component<{ onExit(): void; children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(e: unknown) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="present-loading" role="alert" data-testid="presentation-error">
        <p>演示模式无法打开：{this.state.error}</p>
        <button type="button" onClick={() => this.props.onExit()}>
          返回地图
        </button>
      </div>
    );
  }
}

/** The presentation mode, loaded on demand. Renders nothing of its own until the chunk is there. */
export function LazyPresentationMode(props: PresentationModeProps) {
  // At once, while the click that opened the mode still allows it; the mode picks up the outcome.
  useEffect(() => {
    void requestFullscreen();
  }, []);
  return (
    <LoadBoundary onExit={() => props.onExit(null)}>
      <Suspense
        fallback={
          <div className="present-loading" role="status">
            正在打开演示…
          </div>
        }
      >
        <PresentationMode {...props} />
      </Suspense>
    </LoadBoundary>
  );
}
