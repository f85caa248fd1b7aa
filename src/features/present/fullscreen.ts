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

/** The outcome of the request made when the mode opened, or of a new one. */
export function takeFullscreenRequest(): Promise<boolean> {
  const p = pending ?? requestFullscreen();
  pending = null;
  return p;
}
