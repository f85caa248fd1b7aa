import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { FeatureStore } from '../../core/featureStore.ts';
import { darkPalette } from '../../core/palette.ts';
import type { Plan } from '../../core/plan/types.ts';
import { CompletionDashboard } from './CompletionDashboard.tsx';
import { ControlsBar } from './ControlsBar.tsx';
import { DashboardOverlay, type DashboardTab } from './DashboardOverlay.tsx';
import { IndicatorsDashboard } from './IndicatorsDashboard.tsx';
import { appendixIndicators } from './indicators.ts';
import { Notices } from './Notices.tsx';
import { PlanPassage } from './PlanPassage.tsx';
import { PresentMap } from './PresentMap.tsx';
import { useI18n } from '../../i18n/I18n.tsx';
import { PRESENT_THEME } from './presentTheme.ts';
import { titleOf, usePresentText } from './presentText.ts';
import { TourFileError } from './TourFileError.tsx';
import { useScreenScale } from './screen.ts';
import { StepPanel } from './StepPanel.tsx';
import type { Tour } from './tourSchema.ts';
import { initialTourState, tourReducer } from './tourState.ts';
import { useAutoplay, useWakeLock } from './useAutoplay.ts';
import { useExit } from './useExit.ts';
import { useFullscreen } from './useFullscreen.ts';
import { useTourData } from './useTourData.ts';
import { useTourKeys } from './useTourKeys.ts';
import { tourParamsFromUrl, useTourUrl } from './useTourUrl.ts';
import './present.css';

export interface PresentationModeProps {
  plan: Plan;
  store: FeatureStore;
  /** 1-based step to open (from `?tour=` or the header button). */
  initialStep: number;
  /** The presenter left; with a plan id when they asked to read that passage in the explorer. */
  onExit(openPlanAt: string | null): void;
}

/**
 * The presentation mode: a guided, clicker-driven story through the plan for large screens, in the
 * same app as the explorer. Loaded with `import()` only when it is opened.
 */
export default function PresentationMode(props: PresentationModeProps) {
  const { plan, store, onExit } = props;
  const loaded = useTourData(plan, store);
  if ('error' in loaded) return <TourFileError error={loaded.error} onExit={onExit} />;
  return <Presentation {...props} tour={loaded.tour} issues={loaded.issues} />;
}

function Presentation({ plan, store, initialStep, onExit, tour, issues }: PresentationModeProps & { tour: Tour; issues: string[] }) {
  const count = tour.steps.length;
  const { t, lang, tag } = usePresentText();
  const [state, dispatch] = useReducer(tourReducer, undefined, () => initialTourState({ count, step: initialStep, ...tourParamsFromUrl() }));
  const [notices, setNotices] = useState<string[]>(() => [
    ...issues.map((i) => t.issue(i)),
    ...(initialStep > count ? [t.stepBeyond(initialStep, count)] : []),
  ]);
  const uiScale = useScreenScale();
  const [dashboardTab, setDashboardTab] = useState<DashboardTab>('indicators');
  const rootRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const barRef = useRef<HTMLElement>(null);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });
  const step = tour.steps[state.step] ?? tour.steps[0]!;

  const { exit, exitRef, leaving } = useExit(onExit);
  const fullscreen = useFullscreen(exitRef);
  useEffect(() => rootRef.current?.focus(), []);
  useTourUrl(state, leaving);
  const autoplaySettled = useAutoplay(state, dispatch);
  // The loading state stays from the first frame (main.tsx, then the mode's chunk) until a step is drawn.
  const [drawn, setDrawn] = useState(false);
  const onSettled = useCallback(
    (i: number) => {
      setDrawn(true);
      autoplaySettled(i);
    },
    [autoplaySettled],
  );
  const opening = useI18n().m.present.opening;
  useWakeLock(state.playing);
  useTourKeys(stateRef, dispatch, exitRef);

  const openPlan = useCallback((ref: string, quote?: string) => {
    dispatch({ type: 'openOverlay', overlay: quote ? { kind: 'plan', ref, quote } : { kind: 'plan', ref } });
  }, []);
  // Where the camera may centre: right of the panel (unless exploring) and above the controls.
  const insets = useCallback(() => {
    const s = stateRef.current;
    const panel = panelRef.current?.getBoundingClientRect();
    const bar = barRef.current?.getBoundingClientRect();
    return {
      left: !s.exploring && panel ? Math.round(panel.right) : 0,
      bottom: bar ? Math.round(window.innerHeight - bar.top) : 0,
    };
  }, []);
  const onDeckError = useCallback((m: string) => setNotices((n) => [...n, t.deckError(m)]), [t]);
  const indicatorCount = useMemo(() => appendixIndicators(plan).length, [plan]);

  const overlay = state.overlay;
  return (
    <div
      ref={rootRef}
      className={`present${state.exploring ? ' is-exploring' : ''}${step.view !== 'map' ? ' has-stage' : ''}`}
      style={PRESENT_THEME}
      tabIndex={-1}
      role="region"
      aria-roledescription={t.roleDescription}
      aria-label={t.regionLabel(lang === 'en' ? tour.titleEn : tour.title)}
      // The interface language; the plan's Chinese inside keeps lang="zh-CN" (PLAN_TAG).
      lang={tag}
      data-testid="presentation"
      data-step={state.step + 1}
      data-step-id={step.id}
      data-view={step.view}
      data-playing={state.playing}
      data-exploring={state.exploring}
      data-loops={state.loops}
      data-fullscreen={fullscreen}
    >
      <PresentMap
        plan={plan}
        store={store}
        step={step}
        stepIndex={state.step}
        exploring={state.exploring}
        uiScale={uiScale}
        insets={insets}
        onSettled={onSettled}
        onOpenPlan={openPlan}
        onDeckError={onDeckError}
      />

      {state.exploring ? (
        <div className="present__explore-bar" data-testid="explore-bar">
          <span>{t.exploring(state.step + 1, titleOf(step, lang))}</span>
          <span className="present__hint">{t.exploreHint}</span>
          <button type="button" className="present__button present__button--primary" onClick={() => dispatch({ type: 'resume' })}>
            {t.resumeKey}
          </button>
        </div>
      ) : (
        <StepPanel key={step.id} ref={panelRef} plan={plan} store={store} tour={tour} step={step} index={state.step} onOpenPlan={openPlan} t={t} lang={lang} />
      )}

      {!state.exploring && step.view === 'indicators' && (
        <div className="present__stage" data-testid="present-stage">
          <IndicatorsDashboard plan={plan} categories={step.indicatorCategories} onOpenPlan={openPlan} />
        </div>
      )}
      {!state.exploring && step.view === 'completion' && (
        <div className="present__stage" data-testid="present-stage">
          <CompletionDashboard plan={plan} palette={darkPalette} onOpenPlan={openPlan} />
        </div>
      )}

      {overlay?.kind === 'dashboard' && (
        <DashboardOverlay
          plan={plan}
          tab={dashboardTab}
          onTab={setDashboardTab}
          indicatorCount={indicatorCount}
          onOpenPlan={openPlan}
          onClose={() => dispatch({ type: 'closeOverlay' })}
          t={t}
        />
      )}
      {overlay?.kind === 'plan' && (
        <PlanPassage
          plan={plan}
          refId={overlay.ref}
          quote={overlay.quote}
          onClose={() => dispatch({ type: 'closeOverlay' })}
          onOpenInExplorer={() => exit(overlay.ref)}
          t={t}
          lang={lang}
        />
      )}

      <ControlsBar ref={barRef} tour={tour} state={state} dispatch={dispatch} fullscreen={fullscreen} exit={exit} t={t} lang={lang} />
      {!drawn && (
        <div className="present-loading" role="status" data-testid="present-loading">
          {opening}
        </div>
      )}
      <Notices notices={notices} onClose={(i) => setNotices((all) => all.filter((_, j) => j !== i))} t={t} />
    </div>
  );
}
