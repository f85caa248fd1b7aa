import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type CSSProperties, type Ref } from 'react';
import { STATUS_WORDS, type Status } from '../data/featureSchema.ts';
import type { FeatureStore } from '../data/featureStore.ts';
import { darkPalette } from '../map/palette.ts';
import { planNodeText } from '../plan/parsePlan.ts';
import { planLabel } from '../plan/planLabels.ts';
import type { Plan } from '../plan/types.ts';
import { parseTourParams, serializeTourParams } from '../state/urlState.ts';
import { checkTour } from './checkTour.ts';
import { CompletionDashboard } from './CompletionDashboard.tsx';
import { requestFullscreen, takeFullscreenRequest } from './fullscreen.ts';
import { arcItems, EXTRUSION_M_PER_KM2, extrusionItems, groupColours } from './deckData.ts';
import { IndicatorsDashboard, onPlanClick, planHref } from './IndicatorsDashboard.tsx';
import { DIGIT_WINDOW_MS, keyCommand, typeDigit, type KeyInput } from './keys.ts';
import { PresentMap, screenScale } from './PresentMap.tsx';
import tourJson from './tour.json';
import { parseTour, type Tour, type TourPassage, type TourStep } from './tourSchema.ts';
import { AUTOPLAY_CHOICES_S, initialTourState, tourReducer } from './tourState.ts';
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
      <div className="present present--error" style={THEME} role="alert" data-testid="presentation">
        <h2>演示文件无法读取</h2>
        <pre>{loaded.error}</pre>
        <button type="button" onClick={() => onExit(null)}>
          退出
        </button>
      </div>
    );
  }
  return <Presentation {...props} tour={loaded.tour} issues={loaded.issues} />;
}

function Presentation({ plan, store, initialStep, onExit, tour, issues }: PresentationModeProps & { tour: Tour; issues: string[] }) {
  const count = tour.steps.length;
  const [state, dispatch] = useReducer(tourReducer, undefined, () => {
    const { params } = parseTourParams(window.location.search);
    return initialTourState({ count, step: initialStep, autoplayS: params.autoplayS, loop: params.loop });
  });
  const [notices, setNotices] = useState<string[]>(() => [
    ...issues.map((i) => `演示文件与规划或地图数据不符：${i}`),
    ...(initialStep > count ? [`链接中的演示步骤 ${initialStep} 超出本演示的 ${count} 步，已打开第 ${count} 步`] : []),
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
  const onDeckError = useCallback((m: string) => setNotices((n) => [...n, `三维与连线图层未能加载（${m}），地图照常显示`]), []);

  const intervalChoices = [...new Set<number>([...AUTOPLAY_CHOICES_S, state.intervalS])].sort((a, b) => a - b);
  const overlay = state.overlay;
  return (
    <div
      ref={rootRef}
      className={`present${state.exploring ? ' is-exploring' : ''}${step.view !== 'map' ? ' has-stage' : ''}`}
      style={THEME}
      tabIndex={-1}
      role="region"
      aria-roledescription="演示"
      aria-label={`${tour.title} · 演示模式`}
      lang="zh-CN"
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
          <span>
            探索中 · 第 {state.step + 1} 步：{step.title}
          </span>
          <span className="present__hint">拖动、缩放地图，点击地点查看详情</span>
          <button type="button" className="present__button present__button--primary" onClick={() => dispatch({ type: 'resume' })}>
            继续演示（E）
          </button>
        </div>
      ) : (
        <StepPanel key={step.id} ref={panelRef} plan={plan} store={store} tour={tour} step={step} index={state.step} onOpenPlan={openPlan} />
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
        <div className="present__overlay" role="dialog" aria-label="指标总览" data-testid="dashboard-overlay">
          <header className="present__overlay-head">
            <h2>指标总览</h2>
            <div role="tablist" className="present__tabs">
              <button type="button" role="tab" aria-selected={dashboardTab === 'indicators'} onClick={() => setDashboardTab('indicators')}>
                附表 · 23项指标
              </button>
              <button type="button" role="tab" aria-selected={dashboardTab === 'completion'} onClick={() => setDashboardTab('completion')}>
                “十三五”完成情况
              </button>
            </div>
            <button type="button" className="present__button" onClick={() => dispatch({ type: 'closeOverlay' })}>
              返回演示（Esc）
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
        />
      )}

      <nav ref={barRef} className="present__bar" aria-label="演示控制" data-testid="present-bar">
        <button type="button" className="present__button" onClick={() => dispatch({ type: 'prev' })} disabled={state.step === 0} aria-keyshortcuts="PageUp ArrowLeft">
          ‹ 上一步
        </button>
        <ol className="present__progress" aria-label="演示进度">
          {tour.steps.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                className={`present__dot${i === state.step ? ' is-current' : ''}${i < state.step ? ' is-done' : ''}`}
                aria-current={i === state.step ? 'step' : undefined}
                aria-label={`第 ${i + 1} 步：${s.title}`}
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
          下一步 ›
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
          {state.playing ? '❚❚ 暂停' : '▶ 自动播放'}
        </button>
        <label className="present__field">
          每步
          <select value={state.intervalS} onChange={(e) => dispatch({ type: 'setInterval', seconds: Number(e.target.value) })} data-testid="present-interval">
            {intervalChoices.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          秒
        </label>
        <label className="present__field">
          <input type="checkbox" checked={state.loop} onChange={(e) => dispatch({ type: 'setLoop', loop: e.target.checked })} data-testid="present-loop" />
          循环
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
          {state.exploring ? '继续演示' : '探索地图'}
        </button>
        <button
          type="button"
          className="present__button"
          aria-pressed={overlay?.kind === 'dashboard'}
          data-testid="present-dashboard"
          onClick={() => dispatch(overlay?.kind === 'dashboard' ? { type: 'closeOverlay' } : { type: 'openOverlay', overlay: { kind: 'dashboard' } })}
          aria-keyshortcuts="I"
        >
          指标总览
        </button>
        {fullscreen !== 'on' && (
          <button type="button" className="present__button" onClick={() => void requestFullscreen()} aria-keyshortcuts="F" data-testid="present-fullscreen">
            全屏
          </button>
        )}
        <button type="button" className="present__button" onClick={() => exit()} aria-keyshortcuts="Escape" data-testid="present-exit">
          退出（Esc）
        </button>
      </nav>

      {notices.length > 0 && (
        <div className="present__notices" role="status" data-testid="present-notices">
          {notices.map((n, i) => (
            <p key={i}>
              {n}
              <button type="button" className="present__button" aria-label="关闭提示" onClick={() => setNotices((all) => all.filter((_, j) => j !== i))}>
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
function groupPassages(passages: readonly TourPassage[]): { ref: string; texts: string[] }[] {
  const out: { ref: string; texts: string[] }[] = [];
  for (const p of passages) {
    const last = out[out.length - 1];
    if (last && last.ref === p.ref) last.texts.push(p.text);
    else out.push({ ref: p.ref, texts: [p.text] });
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

function StepPanel({ plan, store, tour, step, index, onOpenPlan, ref }: StepPanelProps) {
  const citedAbove = new Set(step.passages.map((p) => p.ref));
  return (
    <aside ref={ref} className="present__panel" data-testid="present-panel" aria-live="polite">
      <p className="present__kicker">
        <span className="present__step-no">
          {index + 1} / {tour.steps.length}
        </span>
        {planLabel(plan, step.chapter)}
      </p>
      <h2 className="present__title" data-testid="present-title">
        {step.title}
      </h2>
      {groupPassages(step.passages).map((g, i) => (
        <blockquote key={i} className="present__passage">
          {g.texts.map((t, j) => (
            <p key={j}>{t}</p>
          ))}
          <footer>
            <a className="present__cite" href={planHref(g.ref)} onClick={onPlanClick(g.ref, (r) => onOpenPlan(r, g.texts[0]?.split('……')[0]))}>
              ——{planLabel(plan, g.ref)}
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
              <span className="keynum__unit">{n.unit}</span>
            </span>
            <span className="keynum__label">{n.label}</span>
            <a
              className="keynum__ref"
              href={planHref(n.ref)}
              onClick={onPlanClick(n.ref, (r) => onOpenPlan(r, n.quote))}
              data-testid="key-number-ref"
              aria-label={`出处：${planLabel(plan, n.ref)}`}
            >
              出处：{citeLabel(plan, n.ref, citedAbove)}
            </a>
          </li>
        ))}
      </ul>
      {step.view === 'map' && <StepLegend plan={plan} store={store} step={step} />}
    </aside>
  );
}

/** What the colours, the heights and the arcs of the step mean: always on screen, never on hover. */
function StepLegend({ plan, store, step }: { plan: Plan; store: FeatureStore; step: TourStep }) {
  const p = darkPalette;
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
              {STATUS_WORDS[s].zh}
            </span>
          ))}
          <span className="present__key">
            <span className="present__swatch present__swatch--ring" style={{ borderColor: p.selection }} />
            本步所述地点
          </span>
          {schematic && <span className="present__key present__key--note">虚线、空心点：示意位置，确切地点未知</span>}
        </p>
      )}
      {extrusion.length > 0 && (
        <div className="present__legend-block" data-testid="extrusion-legend">
          <p className="present__legend-title">三维高度 = 规划所载占地面积（每 1 平方公里 {EXTRUSION_M_PER_KM2} 米）</p>
          <ul>
            {extrusion.map((x) => (
              <li key={x.id}>
                <span className="present__swatch" style={{ background: rgb(x.color) }} />
                {x.name}：{x.quote ?? `${(x.declaredAreaM2 / 1e6).toFixed(2)} 平方公里`}
                {x.ref && <span className="present__legend-ref">（{planLabel(plan, x.ref)}）</span>} → 高 {Math.round(x.heightM)} 米
              </li>
            ))}
          </ul>
        </div>
      )}
      {arcs.length > 0 && (
        <div className="present__legend-block" data-testid="arc-legend">
          <p className="present__legend-title">连线：兴隆台区与合作地区</p>
          <ul>
            {[...colours.entries()].map(([group, c]) => {
              const members = arcs.filter((a) => a.group === group);
              const refs = [...new Set(members.map((a) => a.ref))];
              return (
                <li key={group}>
                  <span className="present__swatch present__swatch--line" style={{ background: rgb(c) }} />
                  {group}：{members.map((a) => a.name).join('、')}
                  <span className="present__legend-ref">（{refs.map((r) => planLabel(plan, r)).join('；')}）</span>
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
}: {
  plan: Plan;
  refId: string;
  quote?: string;
  onClose(): void;
  onOpenInExplorer(): void;
}) {
  const node = plan.byId.get(refId);
  const table = node?.kind === 'row' ? plan.tables.find((t) => t.id === node.node.tableId) : node?.kind === 'table' ? node.node : undefined;
  const rows = node?.kind === 'row' ? [node.node] : node?.kind === 'table' ? node.node.rows : [];
  return (
    <div className="present__overlay present__overlay--plan" role="dialog" aria-label={planLabel(plan, refId)} data-testid="plan-overlay" data-plan-ref={refId}>
      <header className="present__overlay-head">
        <h2>{planLabel(plan, refId)}</h2>
        <a className="present__button" href={planHref(refId)} onClick={onPlanClick(refId, onOpenInExplorer)}>
          在规划原文面板中打开
        </a>
        <button type="button" className="present__button" onClick={onClose}>
          返回演示（Esc）
        </button>
      </header>
      <div className="present__overlay-body present__plan-text">
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
