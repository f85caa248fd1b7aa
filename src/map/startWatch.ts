import type { Map as MlMap } from 'maplibre-gl';

/** How long a map may take to draw its first frame before it is reported as not starting. */
const START_MS = 20_000;
/** The notice's class (src/ui/mapStartFailure.ts writes the notice). */
const START_FAILURE_CLASS = 'map-start-failure';

/**
 * MapLibre alone leaves a blank map when it cannot start: its worker does not load (a host that
 * serves `.mjs` with a type other than JavaScript), there is no WebGL, the style fails. Calls
 * `onFail` then (the caller says so, with what to check); a notice goes if the map starts after all.
 */
export function watchStart(map: MlMap, container: HTMLElement, onFail: () => void): void {
  let started = false;
  const fail = () => !started && onFail();
  const timer = setTimeout(fail, START_MS);
  map.on('error', (e) => /worker/i.test(String(e.error?.message)) && fail());
  map.once('load', () => {
    started = true;
    clearTimeout(timer);
    container.querySelector(`.${START_FAILURE_CLASS}`)?.remove();
  });
  // A map removed before its first frame (a presentation left while loading) did not fail; a timer
  // left running would report it 20 s later into a detached element, and keep the map alive until then.
  map.once('remove', () => {
    started = true;
    clearTimeout(timer);
  });
}
