import type { LngLat } from '../../core/geometry/bbox.ts';
import type { MapController } from '../../map/MapController.ts';
import type { PresentFrame } from '../../map/presentFrame.ts';

/*
 * The hand-over of a presentation map started before React (presentMapFirst.ts) to the mode's map
 * component (PresentMap.tsx). Apart from the starter, so that what takes or drops the map does not
 * load the starter's code.
 */

/** What the map's clicks do: the mode sets them when it adopts the map (nothing before: not exploring yet). */
export interface PresentMapHandlers {
  onFeatureClick(id: string, at: LngLat): void;
  onEmptyClick(): void;
  onPopupClose(): void;
}

export interface BootedPresentMap {
  controller: MapController;
  /** The map's element (`.present__map`), put at the top of the page until the mode takes it in. */
  container: HTMLDivElement;
  handlers: PresentMapHandlers;
  /** Undoes `exposeMap('presentMap')`. */
  unexpose(): void;
  /** Stops holding the explorer's deferred chunks back (openAfterFirstIdle). */
  offGate(): void;
  /** The geographic frame, added to the map once its file is there (null without it). */
  frame: Promise<PresentFrame | null>;
}

let booted: BootedPresentMap | null = null;

/** Keeps `b` for the mode to take. */
export function handOver(b: BootedPresentMap): void {
  booted = b;
}

/** Whether a map waits to be taken. */
export const hasBootedPresentMap = (): boolean => booted !== null;

/** The map's element (the mode's, PresentMap.tsx, whichever starts the map). */
export function presentMapElement(): HTMLDivElement {
  const el = document.createElement('div');
  el.className = 'present__map';
  el.dataset.testid = 'present-map';
  el.setAttribute('role', 'region');
  return el;
}

/** The map started before the mode, handed over once (null when none was, or it was taken). */
export function takeBootedPresentMap(): BootedPresentMap | null {
  const b = booted;
  booted = null;
  return b;
}

/** Removes a map started for a mode that will not take it (a broken tour file, the mode left before its map). */
export function discardBootedPresentMap(): void {
  const b = takeBootedPresentMap();
  if (!b) return;
  b.offGate();
  b.unexpose();
  b.controller.destroy();
  b.container.remove();
}
