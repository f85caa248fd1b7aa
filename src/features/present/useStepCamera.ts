import { useEffect, useRef, type RefObject } from 'react';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { MapController } from '../../map/MapController.ts';
import { stepPose } from './stepPose.ts';
import type { TourStep } from './tourSchema.ts';

/** What the camera reads when it moves, not when it renders: kept current by the map component. */
export interface StepCameraInputs {
  store: FeatureStore;
  uiScale: number;
  insets(): { left: number; bottom: number };
  onSettled(stepIndex: number): void;
}

/**
 * The step on the map: its layers, highlight and camera (again on resume, which is how "resume
 * returns to the step"). Marks `data-step-settled` on the container when the camera has arrived.
 */
export function useStepCamera(
  containerRef: RefObject<HTMLDivElement | null>,
  controller: MapController | null,
  step: TourStep,
  stepIndex: number,
  exploring: boolean,
  latest: RefObject<StepCameraInputs>,
): void {
  // The mode opens on its step: the first camera is set at once (the map has only just started, so a
  // flight would only show tiles loading on the way and put off the first step by the flight's time);
  // the steps after it fly.
  const opened = useRef(false);
  useEffect(() => {
    const container = containerRef.current;
    if (!controller || !container) return;
    controller.setInteractive(exploring);
    if (exploring) return;
    container.setAttribute('data-step-settled', 'false');
    const shown = new Set(step.layers);
    for (const l of latest.current.store.layers) {
      if (l.role === 'plan') void controller.setLayerVisible(l.id, shown.has(l.id));
    }
    void controller.highlight(step.highlight);
    let current = true;
    const fly = (durationMs?: number) => {
      const { left, bottom } = latest.current.insets();
      const pose = stepPose(step, latest.current.uiScale);
      return controller.flyToPose(pose, { padding: { left, bottom, top: 0, right: 0 }, durationMs });
    };
    const first = !opened.current;
    opened.current = true;
    // A dashboard covers the map: no flight behind it.
    void (step.view === 'map' ? fly(first ? 0 : undefined) : Promise.resolve()).then(() => {
      if (!current) return;
      container.setAttribute('data-step-settled', 'true');
      latest.current.onSettled(stepIndex);
    });
    // Going full screen (or any resize) re-frames the step without a flight.
    let resizeTimer: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => void fly(0), 250);
    };
    window.addEventListener('resize', onResize);
    return () => {
      current = false;
      clearTimeout(resizeTimer);
      window.removeEventListener('resize', onResize);
    };
  }, [containerRef, controller, step, stepIndex, exploring, latest]);
}
