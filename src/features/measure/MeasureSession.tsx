import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { initialMeasureState, isNearPixel, measureGeoJson, measureReducer, type MeasureMode } from './measureTool.ts';
import type { MapController } from '../../map/MapController.ts';
import { measureOverlay } from '../../map/overlays/toolOverlays.ts';
import { MeasureCard } from './MeasureCard.tsx';
import type { MeasureInbox } from './measureInbox.ts';

/**
 * One measurement, from the button's click to Esc or 关闭: it reads the map's clicks from `inbox`
 * (MeasureTool took the click tool already), draws on its overlay and shows the card.
 */
export function MeasureSession({
  mode,
  inbox,
  controller,
  onStop,
}: {
  mode: MeasureMode;
  inbox: MeasureInbox;
  controller: MapController;
  onStop(): void;
}) {
  const [state, dispatch] = useReducer(measureReducer, mode, initialMeasureState);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  useEffect(
    () =>
      inbox.listen((e) => {
        if (e.kind === 'dblclick') dispatch({ type: 'dblclick' });
        else if (e.kind === 'move') dispatch({ type: 'move', at: e.lngLat });
        else {
          const first = stateRef.current.vertices[0];
          const onFirstVertex = first !== undefined && isNearPixel(controller.project(first), e.point);
          dispatch({ type: 'click', at: e.lngLat, onFirstVertex });
        }
      }),
    [inbox, controller],
  );

  const overlay = useMemo(() => measureOverlay(controller.overlayPalette), [controller]);
  useEffect(() => () => controller.removeOverlay(overlay), [controller, overlay]);
  useEffect(() => {
    overlay.setData(measureGeoJson(state));
    void controller.addOverlay(overlay);
  }, [controller, overlay, state]);

  const stop = useCallback(() => onStop(), [onStop]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && stateRef.current.phase !== 'drawing') stop();
      else dispatch({ type: 'key', key: e.key });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [stop]);

  return <MeasureCard state={state} dispatch={dispatch} onClose={stop} />;
}
