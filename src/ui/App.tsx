import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { createPortal } from 'react-dom';
import { boundsOf, type Bounds, type LngLat } from '../analysis/anchor.ts';
import type { FeatureStore } from '../data/featureStore.ts';
import { lightPalette } from '../map/palette.ts';
import type { Plan } from '../plan/types.ts';
import { parseUrlState, serializeUrlState, type UrlState } from '../state/urlState.ts';
import { FeaturePopup } from './FeaturePopup.tsx';
import { Legend } from './Legend.tsx';
import { MapView, type Selection } from './MapView.tsx';
import { PlanPanel } from './PlanPanel.tsx';
import { APP_TITLE, APP_TITLE_EN, planAttribution } from './text.ts';

export interface AppProps {
  plan: Plan;
  store: FeatureStore;
}

interface ViewState {
  selection: Selection | null;
  /** The plan panel is open at this node (null: table of contents); undefined: closed. */
  planTarget: string | null | undefined;
  /** Passages to highlight in the plan panel. */
  planQuotes: string[];
  hiddenLayers: ReadonlySet<string>;
  notices: string[];
}

type Action =
  | { type: 'select'; selection: Selection | null }
  | { type: 'openPlan'; target: string | null; quotes: string[] }
  | { type: 'closePlan' }
  | { type: 'toggleLayer'; layerId: string; visible: boolean }
  | { type: 'dismissNotice'; index: number }
  | { type: 'fromUrl'; url: UrlState; quotes: string[] };

function reducer(s: ViewState, a: Action): ViewState {
  switch (a.type) {
    case 'select':
      return { ...s, selection: a.selection };
    case 'openPlan':
      return { ...s, planTarget: a.target, planQuotes: a.quotes };
    case 'closePlan':
      return { ...s, planTarget: undefined, planQuotes: [] };
    case 'toggleLayer': {
      const hidden = new Set(s.hiddenLayers);
      if (a.visible) hidden.delete(a.layerId);
      else hidden.add(a.layerId);
      return { ...s, hiddenLayers: hidden };
    }
    case 'dismissNotice':
      return { ...s, notices: s.notices.filter((_, i) => i !== a.index) };
    case 'fromUrl':
      return {
        ...s,
        selection: a.url.feature ? { id: a.url.feature, fly: true } : null,
        planTarget: a.url.plan ?? undefined,
        planQuotes: a.quotes,
      };
  }
}

function quotesFor(store: FeatureStore, featureId: string | null, planId: string | null): string[] {
  if (!featureId || !planId) return [];
  const f = store.byId.get(featureId);
  return f && f.properties.planRefs.includes(planId) ? (f.properties.planQuotes ?? []) : [];
}

export function App({ plan, store }: AppProps) {
  const known = useMemo(
    () => ({ feature: (id: string) => store.byId.has(id), plan: (id: string) => plan.byId.has(id) }),
    [plan, store],
  );
  const [state, dispatch] = useReducer(reducer, undefined, (): ViewState => {
    const { state: url, notices } = parseUrlState(window.location.search, known);
    return {
      selection: url.feature ? { id: url.feature, fly: true } : null,
      planTarget: url.plan ?? undefined,
      planQuotes: quotesFor(store, url.feature, url.plan),
      hiddenLayers: new Set(store.layers.filter((l) => !l.visible).map((l) => l.id)),
      notices,
    };
  });
  const [popupElement] = useState(() => document.createElement('div'));

  const initialBounds = useMemo<Bounds>(() => {
    const district = store.byLayer.get('district')?.features[0];
    return district ? boundsOf(district.geometry) : [121.8, 41.05, 122.2, 41.25];
  }, [store]);

  // State → URL. Selecting and opening the plan are navigation a user may want to go back from.
  const urlState: UrlState = {
    feature: state.selection?.id ?? null,
    plan: state.planTarget ?? null,
  };
  const search = serializeUrlState(urlState, window.location.search);
  useEffect(() => {
    if (search !== window.location.search) {
      window.history.pushState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  }, [search]);
  useEffect(() => {
    const onPop = () => {
      const { state: url } = parseUrlState(window.location.search, known);
      dispatch({ type: 'fromUrl', url, quotes: quotesFor(store, url.feature, url.plan) });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [known, store]);

  const selectFeature = useCallback((id: string, at?: LngLat) => {
    dispatch({ type: 'select', selection: at ? { id, at, fly: false } : { id, fly: true } });
  }, []);

  const planHref = (ref: string) =>
    serializeUrlState({ feature: state.selection?.id ?? null, plan: ref }, window.location.search) || '?';

  const selected = state.selection ? store.byId.get(state.selection.id) : undefined;

  return (
    <div className={`app${state.planTarget !== undefined ? ' has-plan-panel' : ''}`}>
      <header className="app-header">
        <h1>
          {APP_TITLE}
          <span className="app-header__en" lang="en">
            {APP_TITLE_EN}
          </span>
        </h1>
        <button
          type="button"
          className="app-header__plan-button"
          data-testid="open-plan"
          aria-pressed={state.planTarget !== undefined}
          onClick={() =>
            state.planTarget === undefined
              ? dispatch({ type: 'openPlan', target: null, quotes: [] })
              : dispatch({ type: 'closePlan' })
          }
        >
          规划原文
        </button>
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
        {state.planTarget !== undefined && (
          <PlanPanel
            plan={plan}
            store={store}
            target={state.planTarget}
            quotes={state.planQuotes}
            onNavigate={(id) => dispatch({ type: 'openPlan', target: id, quotes: [] })}
            onShowFeature={(id) => selectFeature(id)}
            onClose={() => dispatch({ type: 'closePlan' })}
          />
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
            onOpenPlan={(ref) =>
              dispatch({ type: 'openPlan', target: ref, quotes: quotesFor(store, selected.properties.id, ref) })
            }
          />,
          popupElement,
        )}
    </div>
  );
}
