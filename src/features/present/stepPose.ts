import type { TourStep } from './tourSchema.ts';

/*
 * Where a step's camera is on this screen, without React: the mode's hooks and the map started
 * before the interface (presentMapFirst.ts) both read it.
 */

/** The screen the tour's cameras are written for. */
export const REFERENCE_SCREEN = { width: 1920, height: 1080 };

/** Screen size relative to 1920×1080 (2 on a 3840×2160 wall). */
export function screenScale(width: number, height: number): number {
  return Math.min(width / REFERENCE_SCREEN.width, height / REFERENCE_SCREEN.height);
}

/** A step's camera on this screen: the zoom raised by log₂ of the screen's size (its uiScale). */
export function stepPose(step: TourStep, uiScale: number): TourStep['camera'] {
  return { ...step.camera, zoom: step.camera.zoom + Math.log2(Math.max(0.25, uiScale)) };
}
