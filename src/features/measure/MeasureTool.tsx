import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { MeasureMode } from './measureTool.ts';
import type { MapController } from '../../map/MapController.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { MeasureInbox } from './measureInbox.ts';
import { ToolButton } from '../../ui/Toolbar.tsx';
import { afterStartup } from '../../ui/afterStartup.ts';

// The measurement itself (its state machine, turf, the card, the overlay) is a chunk of its own.
const session = () => import('./MeasureSession.tsx');
const MeasureSession = lazy(() => session().then((m) => ({ default: m.MeasureSession })));

/**
 * The two measure buttons. The map's clicks are taken at once, in the button's click, and held in an
 * inbox until the measurement (loaded with its chunk) listens.
 */
export function MeasureTool({ controller }: { controller: MapController | null }) {
  const [current, setCurrent] = useState<{ mode: MeasureMode; inbox: MeasureInbox } | null>(null);
  const w = useI18n().m.app;
  // Fetched once the map is first idle (or at a first interaction), so that a click on the tool finds it there.
  useEffect(() => {
    void afterStartup().then(session);
  }, []);
  const stop = useCallback(() => {
    setCurrent(null);
    controller?.setClickTool(null);
  }, [controller]);
  const toggle = (mode: MeasureMode) => {
    if (!controller || current?.mode === mode) {
      stop();
      return;
    }
    const inbox = new MeasureInbox();
    controller.setClickTool({
      click: (e) => inbox.push({ kind: 'click', ...e }),
      move: (e) => inbox.push({ kind: 'move', ...e }),
      doubleClick: () => inbox.push({ kind: 'dblclick' }),
    });
    setCurrent({ mode, inbox });
  };
  useEffect(() => () => controller?.setClickTool(null), [controller]);
  return (
    <div className="tools__menu">
      <ToolButton data-testid="measure-line" aria-pressed={current?.mode === 'line'} onClick={() => toggle('line')}>
        {w.measureLine}
      </ToolButton>
      <ToolButton data-testid="measure-polygon" aria-pressed={current?.mode === 'polygon'} onClick={() => toggle('polygon')}>
        {w.measureArea}
      </ToolButton>
      {current && controller && (
        <Suspense fallback={null}>
          {/* A new mode is a new measurement. */}
          <MeasureSession key={current.mode} mode={current.mode} inbox={current.inbox} controller={controller} onStop={stop} />
        </Suspense>
      )}
    </div>
  );
}
