import { useCallback, useEffect, useMemo, useReducer, useRef, type Dispatch } from 'react';
import {
  initialMeasureState,
  isNearPixel,
  measureGeoJson,
  measureOf,
  measureReducer,
  type MeasureEvent,
  type MeasureMode,
  type MeasureState,
} from './measureTool.ts';
import type { MapController } from '../../map/MapController.ts';
import { measureOverlay } from '../../map/overlays/toolOverlays.ts';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { tools as TOOLS_ZH } from '../../i18n/zh/tools.ts';
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

function MeasureCard({ state, dispatch, onClose }: { state: MeasureState; dispatch: Dispatch<MeasureEvent>; onClose(): void }) {
  const w = useWords('tools', TOOLS_ZH);
  const { lang } = useI18n();
  const m = measureOf(state, true, lang);
  return (
    <div className="tools__card" data-testid="measure-result" role="status">
      <p className="tools__hint">{state.phase === 'finished' ? w.measured : state.mode === 'line' ? w.lineHint : w.areaHint}</p>
      {state.mode === 'line' ? (
        <p>
          {w.length}
          <strong data-testid="measure-length">{m.text.length}</strong>
        </p>
      ) : (
        m.text.area && (
          <>
            <p>
              {w.area}
              <strong data-testid="measure-area-m2">{m.text.area.m2}</strong>
            </p>
            <p>
              <span data-testid="measure-area-km2">{m.text.area.km2}</span> · <span data-testid="measure-area-ha">{m.text.area.ha}</span> ·{' '}
              <span data-testid="measure-area-mu">{m.text.area.mu}</span>
            </p>
            <p>
              {w.perimeter}
              {m.text.length}
            </p>
            {m.selfIntersecting && <p className="coverage__fail">{w.selfIntersecting}</p>}
          </>
        )
      )}
      <p className="tools__row">
        <button type="button" onClick={() => dispatch({ type: 'undo' })} disabled={state.vertices.length === 0}>
          {w.undo}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'finish' })} disabled={state.phase !== 'drawing'}>
          {w.finish}
        </button>
        <button type="button" onClick={onClose} data-testid="measure-close">
          {w.close}
        </button>
      </p>
      <p className="tools__note">{w.measureNote}</p>
    </div>
  );
}
