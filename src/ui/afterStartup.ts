/**
 * The first screen's gate: chunks the first screen does not draw (the popup, the tools' cards, the
 * basemap code) are fetched once the map is first idle, or at the user's first interaction (a
 * pointer, a key, the wheel), whichever comes first, so that none of them competes with the map
 * before it has drawn. A map that never gets idle (no WebGL) opens the gate after `FALLBACK_MS`.
 */

export const FALLBACK_MS = 20_000;
const EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

let opened = false;
let waiting: (() => void)[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

function open(): void {
  if (opened) return;
  opened = true;
  clearTimeout(timer);
  for (const e of EVENTS) window.removeEventListener(e, open, true);
  const run = waiting;
  waiting = [];
  run.forEach((f) => f());
}

function listen(): void {
  if (timer !== undefined || opened) return;
  for (const e of EVENTS) window.addEventListener(e, open, { capture: true, passive: true });
  timer = setTimeout(open, FALLBACK_MS);
}

/** Opens the gate now: the map is in trouble (its context lost, or it cannot start), so what says so must come. */
export function openStartupGate(): void {
  open();
}

/** Resolves when the first screen is done (first idle or first interaction). */
export function afterStartup(): Promise<void> {
  if (opened) return Promise.resolve();
  listen();
  return new Promise((resolve) => waiting.push(resolve));
}

/** Map elements that have not been idle yet (the explorer's, and a presentation's opened by link). */
const pending = new Set<HTMLElement>();

/**
 * Opens the gate once `el` (a map's element) has first said `data-map-idle="true"`, and every other
 * map registered before it has too: a presentation opened by link starts its own map while the
 * explorer's draws, and the chunks wait for both. Returns the undo (a map removed before its first
 * idle stops holding the gate). The map element carries the attribute (src/map/MapController.ts), so
 * nothing here touches MapLibre.
 */
export function openAfterFirstIdle(el: HTMLElement): () => void {
  if (opened) return () => undefined;
  listen();
  pending.add(el);
  const done = () => {
    mo.disconnect();
    if (!pending.delete(el)) return;
    if (pending.size === 0) open();
  };
  const mo = new MutationObserver(() => {
    if (el.getAttribute('data-map-idle') === 'true') done();
  });
  mo.observe(el, { attributes: true, attributeFilter: ['data-map-idle'] });
  if (el.getAttribute('data-map-idle') === 'true') done();
  return done;
}
