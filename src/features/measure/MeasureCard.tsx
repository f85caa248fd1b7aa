import type { Dispatch } from 'react';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { tools as TOOLS_ZH } from '../../i18n/zh/tools.ts';
import { measureOf, type MeasureEvent, type MeasureState } from './measureTool.ts';

/** The measurement's card: length or area (with perimeter) as drawn so far, undo, finish and close. */
export function MeasureCard({ state, dispatch, onClose }: { state: MeasureState; dispatch: Dispatch<MeasureEvent>; onClose(): void }) {
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
