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

/**
 * Pixels the step panel and the controls bar cover on the left and at the bottom of a `width`×`height`
 * window, as present.css lays them out (`--panel-w: 34vw`; `--bar-h` three units of 1/45 of the
 * shorter side). The mode measures the real elements (PresentationMode.tsx); the map started before
 * the mode's stylesheet exists uses these, so that its first camera is the step's, padding and all,
 * and the mode finds it there instead of moving it. present-frame.e2e.ts checks the two agree.
 */
export function stepInsets(width: number, height: number): { left: number; bottom: number } {
  return { left: Math.round(0.34 * width), bottom: Math.round((3 * Math.min(width, height)) / 45) };
}
