/**
 * Full screen for the presentation mode. The request is made as soon as the mode is opened (while the
 * browser still counts the presenter's click as the gesture that allows it), before the mode's code has
 * arrived; the mode then picks up that request's outcome.
 */
let pending: Promise<boolean> | null = null;

/** Asks for full screen; resolves false where the browser refuses (no user gesture, a kiosk policy). */
export function requestFullscreen(): Promise<boolean> {
  const el = document.documentElement;
  const p =
    typeof el.requestFullscreen === 'function'
      ? el.requestFullscreen({ navigationUI: 'hide' }).then(
          () => true,
          () => false,
        )
      : Promise.resolve(false);
  pending = p;
  return p;
}

/**
 * Asks for full screen now when the page may (a click or key opened the mode), else — a tour opened by
 * link, where the browser refuses and logs an error — on the presenter's first key or click. Returns
 * the undo for a mode left before that gesture.
 */
export function requestFullscreenOnGesture(): () => void {
  const activation = (navigator as { userActivation?: { isActive: boolean } }).userActivation;
  if (!activation || activation.isActive) {
    void requestFullscreen();
    return () => {};
  }
  let stop = () => {};
  pending = new Promise<boolean>((resolve) => {
    const ask = (e: Event) => {
      // Esc is no user activation (and leaves the mode).
      if (e instanceof KeyboardEvent && e.key === 'Escape') return;
      stop();
      void requestFullscreen().then(resolve);
    };
    stop = () => {
      window.removeEventListener('keydown', ask, true);
      window.removeEventListener('pointerdown', ask, true);
    };
    window.addEventListener('keydown', ask, true);
    window.addEventListener('pointerdown', ask, true);
  });
  return () => stop();
}

/** The outcome of the request made when the mode opened, or of a new one. */
export function takeFullscreenRequest(): Promise<boolean> {
  const p = pending ?? requestFullscreen();
  pending = null;
  return p;
}
