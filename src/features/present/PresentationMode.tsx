import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type CSSProperties, type Ref } from 'react';
import { STATUS_WORDS, type Status } from '../../core/featureSchema.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import { planSummariesEn } from '../../i18n/en/planSummaries.ts';
import { rowLabelsEn } from '../../i18n/en/planTables.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { LazyMessages } from '../../i18n/messages.ts';
import { darkPalette } from '../../core/palette.ts';
import { planNodeText } from '../../core/plan/parsePlan.ts';
import { planLabel } from '../../core/plan/planLabels.ts';
import type { Plan } from '../../core/plan/types.ts';
import { parseTourParams, serializeTourParams } from '../../core/link/urlState.ts';
import { checkTour } from './checkTour.ts';
import { CompletionDashboard } from './CompletionDashboard.tsx';
import { requestFullscreen, takeFullscreenRequest } from './fullscreen.ts';
import { arcItems, EXTRUSION_M_PER_KM2, extrusionItems, groupColours } from './deckData.ts';
import { IndicatorsDashboard, onPlanClick, planHref } from './IndicatorsDashboard.tsx';
import { appendixIndicators } from './indicators.ts';
import { DIGIT_WINDOW_MS, keyCommand, typeDigit, type KeyInput } from './keys.ts';
import { PresentMap, screenScale } from './PresentMap.tsx';
import tourJson from './tour.json';
import { parseTour, type Tour, type TourPassage, type TourStep } from './tourSchema.ts';
import { AUTOPLAY_CHOICES_S, initialTourState, tourReducer } from './tourState.ts';
import { PLAN_TAG, planRef, planRefEn, planTitleZh, usePresentText } from './presentText.ts';
import './present.css';

export interface PresentationModeProps {
  plan: Plan;
  store: FeatureStore;
  /** 1-based step to open (from `?tour=` or the header button). */
  initialStep: number;
  /** The presenter left; with a plan id when they asked to read that passage in the explorer. */
  onExit(openPlanAt: string | null): void;
}

/** Longest wait for a step's camera flight before autoplay counts the step's time anyway. */
const FLIGHT_GRACE_MS = 8000;

type Words = LazyMessages['presentMode'];

/** A step's title in the interface language (the tour file holds both). */
const titleOf = (s: TourStep, lang: Lang) => (lang === 'en' ? s.titleEn : s.title);

/** The palette's colours as CSS custom properties, so the page's dark theme is the map's. */
const THEME = {
  '--p-bg': darkPalette.background,
  '--p-raised': darkPalette.districtFill,
  '--p-line': darkPalette.neighbourLine,
  '--p-ink': darkPalette.label,
  '--p-muted': darkPalette.subdistrictLine,
  '--p-accent': darkPalette.selection,
  '--p-from': darkPalette.neighbourLine,
  '--p-to': darkPalette.status.planned,
  '--p-binding': darkPalette.status['not-completed'],
  '--p-expected': darkPalette.status.planned,
  '--p-warn': darkPalette.status['under-construction'],
} as CSSProperties;

function replaceSearch(search: string): void {
  if (search !== window.location.search) {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  }
}

function targetKind(t: EventTarget | null): KeyInput['target'] {
  if (!(t instanceof Element)) return 'other';
  if (t.closest('select')) return 'select';
  if (t.closest('button, a, input, summary')) return 'button';
  if (t.closest('[data-testid="present-map"]')) return 'map';
  return 'other';
}

/**
 * The presentation mode: a guided, clicker-driven story through the plan for large screens, in the
 * same app as the explorer. Loaded with `import()` only when it is opened.
 */
export default function PresentationMode(props: PresentationModeProps) {
  const { plan, store, onExit } = props;
  const { t, tag } = usePresentText();
  const loaded = useMemo(() => {
    try {
      const tour = parseTour(tourJson);
      return { tour, issues: checkTour(tour, plan, store) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [plan, store]);
  if ('error' in loaded) {
    return (
      <div className="present present--error" style={THEME} role="alert" data-testid="presentation" lang={tag}>
        <h2>{t.fileError}</h2>
        <pre>{loaded.error}</pre>
        <button type="button" onClick={() => onExit(null)}>
          {t.exit}
        </button>
      </div>
    );
  }
  return <Presentation {...props} tour={loaded.tour} issues={loaded.issues} />;
}

function Presentation({ plan, store, initialStep, onExit, tour, issues }: PresentationModeProps & { tour: Tour; issues: string[] }) {
  const count = tour.steps.length;
  const { t, lang, tag } = usePresentText();
  const [state, dispatch] = useReducer(tourReducer, undefined, () => {
    const { params } = parseTourParams(window.location.search);
    return initialTourState({ count, step: initialStep, autoplayS: params.autoplayS, loop: params.loop });
  });
  const [notices, setNotices] = useState<string[]>(() => [
    ...issues.map((i) => t.issue(i)),
    ...(initialStep > count ? [t.stepBeyond(initialStep, count)] : []),
  ]);
  const [settled, setSettled] = useState(-1);
  const [uiScale, setUiScale] = useState(() => screenScale(window.innerWidth, window.innerHeight));
  const [fullscreen, setFullscreen] = useState<'requested' | 'on' | 'off' | 'refused'>('requested');
  const [dashboardTab, setDashboardTab] = useState<'indicators' | 'completion'>('indicators');
  const rootRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const barRef = useRef<HTMLElement>(null);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });
  const step = tour.steps[state.step] ?? tour.steps[0]!;

  const leaving = useRef(false);
  const exit = useCallback(
    (openPlanAt: string | null = null) => {
      if (leaving.current) return;
      leaving.current = true;
      replaceSearch(serializeTourParams(null, window.location.search));
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      onExit(openPlanAt);
    },
    [onExit],
  );
  const exitRef = useRef(exit);
  useEffect(() => {
    exitRef.current = exit;
  });

  // Full screen on entering; leaving full screen (Esc in most browsers) leaves the mode.
  useEffect(() => {
    // Full screen may already be on: the request went out when the mode was opened.
    let entered = document.fullscreenElement !== null;
    const onChange = () => {
      const on = document.fullscreenElement !== null;
      setFullscreen(on ? 'on' : 'off');
      if (on) entered = true;
      else if (entered) exitRef.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    void takeFullscreenRequest().then((ok) => {
      if (document.fullscreenElement) {
        entered = true;
        setFullscreen('on');
      } else if (!ok) setFullscreen('refused');
    });
    rootRef.current?.focus();
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    const onResize = () => setUiScale(screenScale(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  // The link holds the step (1-based), and the autoplay interval and loop while they are on.
  useEffect(() => {
    if (leaving.current) return;
    replaceSearch(
      serializeTourParams({ step: state.step + 1, autoplayS: state.playing ? state.intervalS : null, loop: state.loop }, window.location.search),
    );
  }, [state.step, state.playing, state.intervalS, state.loop]);

  // Autoplay counts a step's time from when its camera has arrived (or after a grace period).
  useEffect(() => {
    if (!state.playing) return;
    if (settled !== state.step) {
      const t = setTimeout(() => setSettled(state.step), FLIGHT_GRACE_MS);
      return () => clearTimeout(t);
    }
    const t = setTimeout(() => dispatch({ type: 'tick' }), state.intervalS * 1000);
    return () => clearTimeout(t);
  }, [state.playing, state.step, state.intervalS, settled]);

  // An unattended screen should not go to sleep while the tour plays.
  useEffect(() => {
    if (!state.playing || !('wakeLock' in navigator)) return;
    let alive = true;
    let lock: WakeLockSentinel | null = null;
    navigator.wakeLock
      .request('screen')
      .then((l) => {
        if (alive) lock = l;
        else void l.release();
      })
      .catch(() => undefined);
    return () => {
      alive = false;
      void lock?.release().catch(() => undefined);
    };
  }, [state.playing]);

  // The keys, one listener for the whole mode.
  useEffect(() => {
    let digits = { buffer: '', at: 0 };
    const onKey = (e: KeyboardEvent) => {
      const s = stateRef.current;
      const cmd = keyCommand({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        target: targetKind(e.target),
        exploring: s.exploring,
      });
      if (!cmd) return;
      e.preventDefault();
      switch (cmd.kind) {
        case 'next':
        case 'prev':
        case 'first':
        case 'last':
        case 'togglePlay':
          dispatch({ type: cmd.kind });
          break;
        case 'digit': {
          const fresh = e.timeStamp - digits.at > DIGIT_WINDOW_MS ? '' : digits.buffer;
          const r = typeDigit(fresh, cmd.digit, s.count);
          digits = { buffer: r.buffer, at: e.timeStamp };
          if (r.step !== null) dispatch({ type: 'goto', step: r.step - 1 });
          break;
        }
        case 'escape':
          if (s.overlay) dispatch({ type: 'closeOverlay' });
          else exitRef.current();
          break;
        case 'toggleExplore':
          dispatch({ type: s.exploring ? 'resume' : 'explore' });
          break;
        case 'dashboard':
          dispatch(s.overlay?.kind === 'dashboard' ? { type: 'closeOverlay' } : { type: 'openOverlay', overlay: { kind: 'dashboard' } });
          break;
        case 'fullscreen':
          if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
          else void requestFullscreen();
          break;
        case 'ignore':
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const openPlan = useCallback((ref: string, quote?: string) => {
    dispatch({ type: 'openOverlay', overlay: quote ? { kind: 'plan', ref, quote } : { kind: 'plan', ref } });
  }, []);
  const insets = useCallback(() => {
    const s = stateRef.current;
    const panel = panelRef.current?.getBoundingClientRect();
    const bar = barRef.current?.getBoundingClientRect();
    return {
      left: !s.exploring && panel ? Math.round(panel.right) : 0,
      bottom: bar ? Math.round(window.innerHeight - bar.top) : 0,
    };
  }, []);
  const onSettled = useCallback((i: number) => setSettled(i), []);
  const onDeckError = useCallback((m: string) => setNotices((n) => [...n, t.deckError(m)]), [t]);
  const indicatorCount = useMemo(() => appendixIndicators(plan).length, [plan]);

  const intervalChoices = [...new Set<number>([...AUTOPLAY_CHOICES_S, state.intervalS])].sort((a, b) => a - b);
  const overlay = state.overlay;
  return (
    <div
      ref={rootRef}
      className={`present${state.exploring ? ' is-exploring' : ''}${step.view !== 'map' ? ' has-stage' : ''}`}
      style={THEME}
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
        <div className="present__overlay" role="dialog" aria-label={t.dashboard} data-testid="dashboard-overlay">
          <header className="present__overlay-head">
            <h2>{t.dashboard}</h2>
            <div role="tablist" className="present__tabs">
              <button type="button" role="tab" aria-selected={dashboardTab === 'indicators'} onClick={() => setDashboardTab('indicators')}>
                {t.tabIndicators(indicatorCount)}
              </button>
              <button type="button" role="tab" aria-selected={dashboardTab === 'completion'} onClick={() => setDashboardTab('completion')}>
                {t.tabCompletion}
              </button>
            </div>
            <button type="button" className="present__button" onClick={() => dispatch({ type: 'closeOverlay' })}>
              {t.backKey}
            </button>
          </header>
          <div className="present__overlay-body">
            {dashboardTab === 'indicators' ? (
              <IndicatorsDashboard plan={plan} onOpenPlan={openPlan} />
            ) : (
              <CompletionDashboard plan={plan} palette={darkPalette} onOpenPlan={openPlan} />
            )}
          </div>
        </div>
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

      <nav ref={barRef} className="present__bar" aria-label={t.controls} data-testid="present-bar">
        <button type="button" className="present__button" onClick={() => dispatch({ type: 'prev' })} disabled={state.step === 0} aria-keyshortcuts="PageUp ArrowLeft">
          {t.prev}
        </button>
        <ol className="present__progress" aria-label={t.progress}>
          {tour.steps.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                className={`present__dot${i === state.step ? ' is-current' : ''}${i < state.step ? ' is-done' : ''}`}
                aria-current={i === state.step ? 'step' : undefined}
                aria-label={t.stepLabel(i + 1, titleOf(s, lang))}
                onClick={() => dispatch({ type: 'goto', step: i })}
              >
                {i + 1}
              </button>
            </li>
          ))}
        </ol>
        <span className="present__count" data-testid="present-progress">
          {state.step + 1} / {count}
        </span>
        <button type="button" className="present__button" onClick={() => dispatch({ type: 'next' })} aria-keyshortcuts="PageDown ArrowRight Space">
          {t.next}
        </button>
        <span className="present__sep" aria-hidden="true" />
        <button
          type="button"
          className="present__button"
          aria-pressed={state.playing}
          data-testid="present-play"
          onClick={() => dispatch({ type: 'togglePlay' })}
          aria-keyshortcuts="P"
        >
          {state.playing ? t.pause : t.play}
        </button>
        <label className="present__field">
          {t.every}
          <select value={state.intervalS} onChange={(e) => dispatch({ type: 'setInterval', seconds: Number(e.target.value) })} data-testid="present-interval">
            {intervalChoices.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          {t.seconds}
        </label>
        <label className="present__field">
          <input type="checkbox" checked={state.loop} onChange={(e) => dispatch({ type: 'setLoop', loop: e.target.checked })} data-testid="present-loop" />
          {t.loop}
        </label>
        <span className="present__sep" aria-hidden="true" />
        <button
          type="button"
          className="present__button"
          aria-pressed={state.exploring}
          data-testid="present-explore"
          onClick={() => dispatch({ type: state.exploring ? 'resume' : 'explore' })}
          aria-keyshortcuts="E"
        >
          {state.exploring ? t.resume : t.explore}
        </button>
        <button
          type="button"
          className="present__button"
          aria-pressed={overlay?.kind === 'dashboard'}
          data-testid="present-dashboard"
          onClick={() => dispatch(overlay?.kind === 'dashboard' ? { type: 'closeOverlay' } : { type: 'openOverlay', overlay: { kind: 'dashboard' } })}
          aria-keyshortcuts="I"
        >
          {t.dashboard}
        </button>
        {fullscreen !== 'on' && (
          <button type="button" className="present__button" onClick={() => void requestFullscreen()} aria-keyshortcuts="F" data-testid="present-fullscreen">
            {t.fullscreen}
          </button>
        )}
        <button type="button" className="present__button" onClick={() => exit()} aria-keyshortcuts="Escape" data-testid="present-exit">
          {t.exitKey}
        </button>
      </nav>

      {notices.length > 0 && (
        <div className="present__notices" role="status" data-testid="present-notices">
          {notices.map((n, i) => (
            <p key={i}>
              {n}
              <button type="button" className="present__button" aria-label={t.closeNotice} onClick={() => setNotices((all) => all.filter((_, j) => j !== i))}>
                ×
              </button>
            </p>
          ))}
        </div>
      )}
    </div>
  );
}

/** Consecutive passages citing the same node share one citation line. */
function groupPassages(passages: readonly TourPassage[]): { ref: string; items: TourPassage[] }[] {
  const out: { ref: string; items: TourPassage[] }[] = [];
  for (const p of passages) {
    const last = out[out.length - 1];
    if (last && last.ref === p.ref) last.items.push(p);
    else out.push({ ref: p.ref, items: [p] });
  }
  return out;
}

interface StepPanelProps {
  plan: Plan;
  store: FeatureStore;
  tour: Tour;
  step: TourStep;
  index: number;
  onOpenPlan(ref: string, quote?: string): void;
  ref: Ref<HTMLElement>;
  t: Words;
  lang: Lang;
}

/**
 * How a key number cites its source: a table row as `表5 第7行`, a section already cited by the step's
 * passage by its number alone, anything else by its full label.
 */
function citeLabel(plan: Plan, ref: string, citedAbove: ReadonlySet<string>): string {
  const n = plan.byId.get(ref);
  if (n?.kind === 'row') {
    const t = plan.byId.get(n.node.tableId);
    return `${t?.kind === 'table' ? t.node.label : n.node.tableId} 第${n.node.number}行`;
  }
  if (n?.kind === 'section' && citedAbove.has(ref)) return `（${n.node.numeral}）`;
  return planLabel(plan, ref);
}

function StepPanel({ plan, store, tour, step, index, onOpenPlan, ref, t, lang }: StepPanelProps) {
  const citedAbove = new Set(step.passages.map((p) => p.ref));
  const en = lang === 'en';
  return (
    <aside ref={ref} className="present__panel" data-testid="present-panel" aria-live="polite">
      <p className="present__kicker">
        <span className="present__step-no">
          {index + 1} / {tour.steps.length}
        </span>
        {planRef(plan, step.chapter, lang)}
      </p>
      <h2 className="present__title" data-testid="present-title">
        {titleOf(step, lang)}
      </h2>
      {groupPassages(step.passages).map((g, i) => (
        <blockquote key={i} className="present__passage" data-testid="present-passage">
          {/* English: the passage's translation first, then the plan's own words, smaller. */}
          {en && g.items.map((p, j) => <p key={`en${j}`}>{p.en}</p>)}
          {g.items.map((p, j) => (
            <p key={j} lang={PLAN_TAG} className={en ? 'present__original' : undefined}>
              {p.text}
            </p>
          ))}
          <footer>
            <a className="present__cite" href={planHref(g.ref)} onClick={onPlanClick(g.ref, (r) => onOpenPlan(r, g.items[0]?.text.split('……')[0]))}>
              {en ? (
                <>
                  — {planRefEn(plan, g.ref)} · <span lang={PLAN_TAG}>{planTitleZh(plan, g.ref)}</span>
                </>
              ) : (
                `——${planLabel(plan, g.ref)}`
              )}
            </a>
          </footer>
        </blockquote>
      ))}
      <ul className={`present__numbers present__numbers--${step.numbers.length}`} data-testid="key-numbers">
        {step.numbers.map((n, i) => (
          <li key={i} className="keynum" data-testid="key-number" data-ref={n.ref}>
            <span className="keynum__value">
              <span className="keynum__figure" data-testid="key-number-value">
                {n.value}
              </span>
              <span className="keynum__unit">{en ? n.unitEn : n.unit}</span>
            </span>
            <span className="keynum__label">{en ? n.labelEn : n.label}</span>
            <a
              className="keynum__ref"
              href={planHref(n.ref)}
              onClick={onPlanClick(n.ref, (r) => onOpenPlan(r, n.quote))}
              data-testid="key-number-ref"
              aria-label={t.source(planRef(plan, n.ref, lang))}
            >
              {t.source(en ? planRefEn(plan, n.ref) : citeLabel(plan, n.ref, citedAbove))}
            </a>
          </li>
        ))}
      </ul>
      {step.view === 'map' && <StepLegend plan={plan} store={store} step={step} t={t} lang={lang} />}
    </aside>
  );
}

/** What the colours, the heights and the arcs of the step mean: always on screen, never on hover. */
function StepLegend({ plan, store, step, t, lang }: { plan: Plan; store: FeatureStore; step: TourStep; t: Words; lang: Lang }) {
  const p = darkPalette;
  const en = lang === 'en';
  const highlighted = step.highlight.map((id) => store.byId.get(id)).filter((f) => f !== undefined);
  const statuses = [...new Set(highlighted.map((f) => f.properties.status))].filter((s) => s !== 'existing') as Status[];
  const schematic = highlighted.some((f) => f.properties.accuracy === 'schematic');
  const extrusion = step.deck?.extrusion ? dedupe(extrusionItems(store, step.layers, p)) : [];
  const arcs = arcItems(store, step.deck?.arcs ?? [], p);
  const colours = groupColours(step.deck?.arcs ?? [], p);
  const rgb = (c: readonly number[]) => `rgb(${c.join(' ')})`;
  return (
    <div className="present__legend" data-testid="present-legend">
      {statuses.length > 0 && (
        <p className="present__legend-row">
          {statuses.map((s) => (
            <span key={s} className="present__key">
              <span className="present__swatch" style={{ background: p.status[s] }} />
              {STATUS_WORDS[s][lang]}
            </span>
          ))}
          <span className="present__key">
            <span className="present__swatch present__swatch--ring" style={{ borderColor: p.selection }} />
            {t.placesOfStep}
          </span>
          {schematic && <span className="present__key present__key--note">{t.schematicNote}</span>}
        </p>
      )}
      {extrusion.length > 0 && (
        <div className="present__legend-block" data-testid="extrusion-legend">
          <p className="present__legend-title">{t.extrusionTitle(EXTRUSION_M_PER_KM2)}</p>
          <ul>
            {extrusion.map((x) => {
              const km2 = t.km2((x.declaredAreaM2 / 1e6).toFixed(2));
              return (
                <li key={x.id}>
                  <span className="present__swatch" style={{ background: rgb(x.color) }} />
                  {/* One flowing line of text beside the swatch (separate flex items would wrap apart). */}
                  <span className="present__legend-text">
                    {en ? (
                      // The plan's own words for the area stay Chinese; the km² beside them is the same declared measure.
                      <>
                        {x.nameEn}: {x.quote && <span lang={PLAN_TAG}>{x.quote} = </span>}
                        {km2}
                        {x.ref && <span className="present__legend-ref"> ({planRefEn(plan, x.ref)})</span>}
                      </>
                    ) : (
                      <>
                        {x.name}：{x.quote ?? km2}
                        {x.ref && <span className="present__legend-ref">（{planLabel(plan, x.ref)}）</span>}
                      </>
                    )}{' '}
                    → {t.height(Math.round(x.heightM))}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {arcs.length > 0 && (
        <div className="present__legend-block" data-testid="arc-legend">
          <p className="present__legend-title">{t.arcsTitle}</p>
          <ul>
            {[...colours.entries()].map(([group, c]) => {
              const members = arcs.filter((a) => a.group === group);
              const refs = [...new Set(members.map((a) => a.ref))];
              return (
                <li key={group}>
                  <span className="present__swatch present__swatch--line" style={{ background: rgb(c) }} />
                  <span className="present__legend-text">
                    {en
                      ? `${members[0]?.groupEn ?? group}: ${members.map((a) => a.nameEn).join(', ')}`
                      : `${group}：${members.map((a) => a.name).join('、')}`}
                    <span className="present__legend-ref">
                      {en ? ` (${refs.map((r) => planRefEn(plan, r)).join('; ')})` : `（${refs.map((r) => planLabel(plan, r)).join('；')}）`}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}

function dedupe<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => !seen.has(x.id) && seen.add(x.id));
}

/** Marks each occurrence of `quote` in `text`. */
function Marked({ text, quote }: { text: string; quote?: string }) {
  if (!quote || !text.includes(quote)) return <>{text}</>;
  const parts = text.split(quote);
  return (
    <>
      {parts.map((p, i) => (
        <span key={i}>
          {p}
          {i < parts.length - 1 && <mark>{quote}</mark>}
        </span>
      ))}
    </>
  );
}

/** A plan node in large type, over the map: a section's text with the cited words marked, a row as its table's columns, a table whole. */
function PlanPassage({
  plan,
  refId,
  quote,
  onClose,
  onOpenInExplorer,
  t,
  lang,
}: {
  plan: Plan;
  refId: string;
  quote?: string;
  onClose(): void;
  onOpenInExplorer(): void;
  t: Words;
  lang: Lang;
}) {
  const en = lang === 'en';
  // English: this project's one line on the node (a row's short label, else its table's summary).
  const summary = en ? (rowLabelsEn[refId] ?? planSummariesEn[refId] ?? planSummariesEn[refId.replace(/-r\d+$/, '')]) : undefined;
  const node = plan.byId.get(refId);
  const table = node?.kind === 'row' ? plan.tables.find((t) => t.id === node.node.tableId) : node?.kind === 'table' ? node.node : undefined;
  const rows = node?.kind === 'row' ? [node.node] : node?.kind === 'table' ? node.node.rows : [];
  return (
    <div className="present__overlay present__overlay--plan" role="dialog" aria-label={planRef(plan, refId, lang)} data-testid="plan-overlay" data-plan-ref={refId}>
      <header className="present__overlay-head">
        {en ? (
          <h2>
            {planRefEn(plan, refId)} · <span lang={PLAN_TAG}>{planTitleZh(plan, refId)}</span>
          </h2>
        ) : (
          <h2>{planLabel(plan, refId)}</h2>
        )}
        <a className="present__button" href={planHref(refId)} onClick={onPlanClick(refId, onOpenInExplorer)}>
          {t.openInPanel}
        </a>
        <button type="button" className="present__button" onClick={onClose}>
          {t.backKey}
        </button>
      </header>
      {summary && (
        <p className="present__plan-summary" data-testid="plan-summary">
          <span className="present__plan-summary-note">{t.summaryNote}</span> {summary}
        </p>
      )}
      <div className="present__overlay-body present__plan-text" lang={PLAN_TAG}>
        {table ? (
          <table className="present__plan-table">
            <caption>
              {table.label} {table.title}
            </caption>
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  {r.cells.map((c, i) => (
                    <td key={i}>
                      <Marked text={c} quote={quote} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <Marked text={planNodeText(plan, refId) ?? ''} quote={quote} />
        )}
      </div>
    </div>
  );
}
