/**
 * A user's action that opens a side panel (a header button, the skip link, a plan link in the popup)
 * asks for the panel to take the focus; the panel that mounts next takes it (SidePanel). Apart from
 * SidePanel.tsx so that the first screen can ask without loading the panels' frame.
 */
let requestedAt = -Infinity;

/** The next panel to mount (within a few seconds: its chunk may still be loading) takes the focus. */
export function requestPanelFocus(): void {
  requestedAt = performance.now();
}

/** True once per request, and only for a recent one. */
export function takePanelFocusRequest(): boolean {
  const wanted = performance.now() - requestedAt <= 5000;
  requestedAt = -Infinity;
  return wanted;
}
