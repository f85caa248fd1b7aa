import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { createPortal } from 'react-dom';
import { boundsOf, type Bounds, type LngLat } from '../analysis/anchor.ts';
import type { FeatureStore } from '../data/featureStore.ts';
import { lightPalette } from '../map/palette.ts';
import type { CoverageReport } from '../plan/coverage.ts';
import type { Plan } from '../plan/types.ts';
import { parseUrlState, serializeUrlState, type UrlState } from '../state/urlState.ts';
import { CoveragePanel } from './CoveragePanel.tsx';
import { DistrictWidePanel } from './DistrictWidePanel.tsx';
import { FeaturePopup } from './FeaturePopup.tsx';
import { Legend } from './Legend.tsx';
import { MapView, type Selection } from './MapView.tsx';
import { PlanPanel } from './PlanPanel.tsx';
import { APP_TITLE, APP_TITLE_EN, planAttribution } from './text.ts';
import { TimeControl } from './TimeControl.tsx';

export interface AppProps {
  plan: Plan;
  store: FeatureStore;
  coverage: CoverageReport;
}

/** The right-hand panel: the plan text (at a node, or its contents when target is null), the coverage check or the district-wide items. */
type Panel =
  | { kind: 'plan'; target: string | null; quotes: string[] }
  | { kind: 'coverage' }
  | { kind: 'district-wide' }
  | null;

interface ViewState {
  selection: Selection | null;
  panel: Panel;
  hiddenLayers: ReadonlySet<string>;
  year: number | null;
  notices: string[];
}

type Action =
  | { type: 'select'; selection: Selection | null }
  | { type: 'panel'; panel: Panel }
  | { type: 'toggleLayer'; layerId: string; visible: boolean }
  | { type: 'year'; year: number | null }
  | { type: 'dismissNotice'; index: number }
  | { type: 'fromUrl'; url: UrlState; store: FeatureStore };

function quotesFor(store: FeatureStore, featureId: string | null, planId: string | null): string[] {
  if (!featureId || !planId) return [];
  const f = store.byId.get(featureId);
  return f && f.properties.planRefs.includes(planId) ? (f.properties.planQuotes ?? []) : [];
}

function panelFromUrl(url: UrlState, store: FeatureStore): Panel {
  if (url.plan) return { kind: 'plan', target: url.plan, quotes: quotesFor(store, url.feature, url.plan) };
  if (url.panel === 'plan') return { kind: 'plan', target: null, quotes: [] };
  if (url.panel === 'coverage') return { kind: 'coverage' };
  if (url.panel === 'district-wide') return { kind: 'district-wide' };
  return null;
}

function urlFromState(s: ViewState): UrlState {
  const p = s.panel;
  return {
    feature: s.selection?.id ?? null,
    plan: p?.kind === 'plan' ? p.target : null,
    panel: p === null ? null : p.kind === 'plan' ? (p.target === null ? 'plan' : null) : p.kind,
    year: s.year,
  };
}

function reducer(s: ViewState, a: Action): ViewState {
  switch (a.type) {
    case 'select':
      return { ...s, selection: a.selection };
    case 'panel':
      return { ...s, panel: a.panel };
    case 'toggleLayer': {
      const hidden = new Set(s.hiddenLayers);
      if (a.visible) hidden.delete(a.layerId);
      else hidden.add(a.layerId);
      return { ...s, hiddenLayers: hidden };
    }
    case 'year':
      return { ...s, year: a.year };
    case 'dismissNotice':
      return { ...s, notices: s.notices.filter((_, i) => i !== a.index) };
    case 'fromUrl':
      return {
        ...s,
        selection: a.url.feature ? { id: a.url.feature, fly: true } : null,
        panel: panelFromUrl(a.url, a.store),
        year: a.url.year,
      };
  }
}

export function App({ plan, store, coverage }: AppProps) {
  const known = useMemo(
    () => ({ feature: (id: string) => store.byId.has(id), plan: (id: string) => plan.byId.has(id) }),
    [plan, store],
  );
  const [state, dispatch] = useReducer(reducer, undefined, (): ViewState => {
    const { state: url, notices } = parseUrlState(window.location.search, known);
    return {
      selection: url.feature ? { id: url.feature, fly: true } : null,
      panel: panelFromUrl(url, store),
      hiddenLayers: new Set(store.layers.filter((l) => !l.visible).map((l) => l.id)),
      year: url.year,
      notices,
    };
  });
  const [popupElement] = useState(() => document.createElement('div'));

  const initialBounds = useMemo<Bounds>(() => {
    const district = store.byLayer.get('district')?.features[0];
    return district ? boundsOf(district.geometry) : [121.8, 41.05, 122.2, 41.25];
  }, [store]);

  // State → URL: what a user opened is what a copied link reproduces; back/forward walk through it.
  const search = serializeUrlState(urlFromState(state), window.location.search);
  useEffect(() => {
    if (search !== window.location.search) {
      window.history.pushState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  }, [search]);
  useEffect(() => {
    const onPop = () => dispatch({ type: 'fromUrl', url: parseUrlState(window.location.search, known).state, store });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [known, store]);

  const selectFeature = useCallback((id: string, at?: LngLat) => {
    dispatch({ type: 'select', selection: at ? { id, at, fly: false } : { id, fly: true } });
  }, []);
  const openPlan = useCallback(
    (target: string | null, featureId: string | null = null) =>
      dispatch({ type: 'panel', panel: { kind: 'plan', target, quotes: quotesFor(store, featureId, target) } }),
    [store],
  );
  const setYear = useCallback((year: number | null) => dispatch({ type: 'year', year }), []);
  const togglePanel = (kind: 'plan' | 'coverage' | 'district-wide') =>
    dispatch({
      type: 'panel',
      panel: state.panel?.kind === kind ? null : kind === 'plan' ? { kind, target: null, quotes: [] } : { kind },
    });

  const planHref = (ref: string) =>
    serializeUrlState({ ...urlFromState(state), plan: ref, panel: null }, window.location.search) || '?';

  const selected = state.selection ? store.byId.get(state.selection.id) : undefined;
  const withoutPlace = coverage.counts['district-wide'] + coverage.counts.policy + coverage.counts.indicator;
  const panel = state.panel;
  const closePanel = () => dispatch({ type: 'panel', panel: null });

  return (
    <div className={`app${panel ? ' has-plan-panel' : ''}`}>
      <header className="app-header">
        <h1>
          {APP_TITLE}
          <span className="app-header__en" lang="en">
            {APP_TITLE_EN}
          </span>
        </h1>
        <nav className="app-header__nav" aria-label="面板">
          <button
            type="button"
            className="app-header__plan-button"
            data-testid="open-coverage"
            aria-pressed={panel?.kind === 'coverage'}
            onClick={() => togglePanel('coverage')}
          >
            规划覆盖
          </button>
          <button
            type="button"
            className="app-header__plan-button"
            data-testid="open-plan"
            aria-pressed={panel?.kind === 'plan'}
            onClick={() => togglePanel('plan')}
          >
            规划原文
          </button>
        </nav>
      </header>
      <main className="app-main">
        <MapView
          store={store}
          palette={lightPalette}
          lang="zh"
          initialBounds={initialBounds}
          attribution={`底图：本项目自绘示意底图（离线） · ${planAttribution(plan)}`}
          selection={state.selection}
          popupElement={popupElement}
          hiddenLayers={state.hiddenLayers}
          year={state.year}
          onFeatureClick={selectFeature}
          onClearSelection={() => dispatch({ type: 'select', selection: null })}
        />
        <Legend
          store={store}
          palette={lightPalette}
          hiddenLayers={state.hiddenLayers}
          onToggleLayer={(layerId, visible) => dispatch({ type: 'toggleLayer', layerId, visible })}
          onSelectFeature={(id) => selectFeature(id)}
        />
        <div className="map-overlay-bottom">
          <button
            type="button"
            className="no-place-badge"
            data-testid="open-district-wide"
            aria-pressed={panel?.kind === 'district-wide'}
            onClick={() => togglePanel('district-wide')}
          >
            {withoutPlace} 项规划事项无单一位置 · 全区性项目
          </button>
          <TimeControl year={state.year} onChange={setYear} />
        </div>
        {panel?.kind === 'plan' && (
          <PlanPanel
            plan={plan}
            store={store}
            coverage={coverage}
            target={panel.target}
            quotes={panel.quotes}
            onNavigate={(id) => openPlan(id)}
            onShowFeature={(id) => selectFeature(id)}
            onClose={closePanel}
          />
        )}
        {panel?.kind === 'coverage' && (
          <CoveragePanel
            plan={plan}
            store={store}
            report={coverage}
            onShowFeature={(id) => selectFeature(id)}
            onOpenPlan={(id) => openPlan(id)}
            onClose={closePanel}
          />
        )}
        {panel?.kind === 'district-wide' && (
          <DistrictWidePanel plan={plan} report={coverage} onOpenPlan={(id) => openPlan(id)} onClose={closePanel} />
        )}
        {state.notices.length > 0 && (
          <div className="notices" role="status" data-testid="notices">
            {state.notices.map((n, i) => (
              <p key={i} className="notice">
                {n}
                <button
                  type="button"
                  className="icon-button"
                  aria-label="关闭提示"
                  onClick={() => dispatch({ type: 'dismissNotice', index: i })}
                >
                  ×
                </button>
              </p>
            ))}
          </div>
        )}
      </main>
      {selected &&
        createPortal(
          <FeaturePopup
            feature={selected}
            layer={store.layers.find((l) => l.id === selected.properties.layer)}
            plan={plan}
            planHref={planHref}
            onOpenPlan={(ref) => openPlan(ref, selected.properties.id)}
          />,
          popupElement,
        )}
    </div>
  );
}
