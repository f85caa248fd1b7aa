import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { boundsOf, type Bounds, type LngLat } from '../core/geometry/anchor.ts';
import type { FeatureStore } from '../core/featureStore.ts';
import { applyFilters, toMapFilter, type FilterState } from '../core/filters.ts';
import type { MapCamera, MapController } from '../map/MapController.ts';
import { lightPalette } from '../core/palette.ts';
import type { CoverageReport } from '../core/plan/coverage.ts';
import type { Plan } from '../core/plan/types.ts';
import { LazyPresentationMode } from '../features/present/LazyPresentationMode.tsx';
import {
  parseShareState,
  serializeShareState,
  shareContextOf,
  type Camera,
  type PanelKind,
  type ShareState,
} from '../core/link/shareState.ts';
import { parseTourParams } from '../core/link/urlState.ts';
// The side panels load on demand (their own chunks): the first screen is the map (budget: tests/unit/budget.test.ts).
const CoveragePanel = lazy(() => import('../features/coverage/CoveragePanel.tsx').then((m) => ({ default: m.CoveragePanel })));
const DistrictWidePanel = lazy(() => import('../features/coverage/DistrictWidePanel.tsx').then((m) => ({ default: m.DistrictWidePanel })));
// The popup (with its measures and words) too: fetched right after the first render (see below), long before a click.
const loadFeaturePopup = () => import('../ui/FeaturePopup.tsx');
const FeaturePopup = lazy(() => loadFeaturePopup().then((m) => ({ default: m.FeaturePopup })));
import { Legend } from '../features/legend/Legend.tsx';
const ListPanel = lazy(() => import('../features/list/ListPanel.tsx').then((m) => ({ default: m.ListPanel })));
const NearbyPanel = lazy(() => import('../features/nearby/NearbyPanel.tsx').then((m) => ({ default: m.NearbyPanel })));
import type { NearbyPoint } from '../features/nearby/NearbyPanel.tsx';
import { requestPanelFocus } from '../ui/panelFocus.ts';
import { MapView, type Selection } from './MapView.tsx';
const PlanPanel = lazy(() => import('../features/plan/PlanPanel.tsx').then((m) => ({ default: m.PlanPanel })));
import { SearchBox, type Searcher } from '../features/search/SearchBox.tsx';
import { TimeControl } from '../features/time/TimeControl.tsx';
import { Toolbar } from '../ui/Toolbar.tsx';
import { MeasureTool } from '../features/measure/MeasureTool.tsx';
import { LifeCirclesButton } from '../features/lifeCircles/LifeCirclesButton.tsx';
import { ExportTool } from '../features/export/ExportTool.tsx';
import { ImportTool } from '../features/import/ImportTool.tsx';
const AnalysisPanel = lazy(() => import('../features/lifeCircles/AnalysisPanel.tsx').then((m) => ({ default: m.AnalysisPanel })));
import { BasemapPicker } from '../features/basemapPicker/BasemapPicker.tsx';
import { I18nValue, useI18n, useLoadedI18n } from '../i18n/I18n.tsx';
import { LANG_TAG, type Lang } from '../i18n/lang.ts';
import type { Messages } from '../i18n/messages.ts';
import { linkNotice, type Notice } from '../ui/notice.ts';

export interface AppProps {
  plan: Plan;
  store: FeatureStore;
  coverage: CoverageReport;
  /** The language to open in when the URL has no `lang=` (remembered on this device; see i18n/lang.ts). */
  initialLang?: Lang;
  /** Messages of `initialLang` already fetched (English), so the first render is in that language. */
  preloadedMessages?: Messages;
}

/**
 * What the user set (the share state, all of it in the URL) and what is only of this moment: where
 * the popup points, whether the camera should fly, the passages to highlight, notices.
 */
interface ViewState {
  share: ShareState;
  selection: Selection | null;
  planQuotes: string[];
  notices: Notice[];
}

type Action =
  | { type: 'select'; selection: Selection | null }
  | { type: 'openPlan'; target: string | null; quotes: string[] }
  | { type: 'panel'; panel: PanelKind | null }
  | { type: 'share'; patch: Partial<ShareState> }
  | { type: 'notice'; notice: Notice }
  | { type: 'dismissNotice'; index: number }
  | { type: 'dropNotice'; key: string }
  | { type: 'fromUrl'; share: ShareState; quotes: string[] };

/** Shown while the map's WebGL context is lost; goes when the map is back (MapController recovers it). */
const MAP_CONTEXT_LOST: Notice = { key: 'map-context-lost', text: (m) => m.resilience.mapContextLost };

function quotesFor(store: FeatureStore, featureId: string | null, planId: string | null): string[] {
  if (!featureId || !planId) return [];
  const f = store.byId.get(featureId);
  return f && f.properties.planRefs.includes(planId) ? (f.properties.planQuotes ?? []) : [];
}

function reducer(s: ViewState, a: Action): ViewState {
  switch (a.type) {
    case 'select':
      return { ...s, selection: a.selection, share: { ...s.share, feature: a.selection?.id ?? null } };
    case 'openPlan':
      // `plan` with a target opens the reader there; the contents are `panel=plan` without a target.
      return {
        ...s,
        planQuotes: a.quotes,
        share: { ...s.share, plan: a.target, panel: a.target === null ? 'plan' : null },
      };
    case 'panel':
      return { ...s, planQuotes: [], share: { ...s.share, panel: a.panel, plan: null } };
    case 'share':
      return { ...s, share: { ...s.share, ...a.patch } };
    case 'notice':
      return { ...s, notices: [...s.notices.filter((n) => n.key !== a.notice.key), a.notice] };
    case 'dismissNotice':
      return { ...s, notices: s.notices.filter((_, i) => i !== a.index) };
    case 'dropNotice':
      return { ...s, notices: s.notices.filter((n) => n.key !== a.key) };
    case 'fromUrl':
      return {
        ...s,
        share: a.share,
        selection: a.share.feature ? { id: a.share.feature, fly: true } : null,
        planQuotes: a.quotes,
      };
  }
}

const cameraOf = (c: MapCamera): Camera => ({
  lng: c.center[0],
  lat: c.center[1],
  zoom: c.zoom,
  bearing: c.bearing,
  pitch: c.pitch,
});

export function App({ plan, store, coverage, initialLang = 'zh', preloadedMessages }: AppProps) {
  const context = useMemo(() => shareContextOf(plan, store), [plan, store]);
  const [state, dispatch] = useReducer(reducer, undefined, (): ViewState => {
    const { state: parsed, notices } = parseShareState(window.location.search, context);
    // A link without `lang=` opens in the language last chosen on this device.
    const share = new URLSearchParams(window.location.search).has('lang') ? parsed : { ...parsed, lang: initialLang };
    return {
      share,
      selection: share.feature ? { id: share.feature, fly: share.camera === null } : null,
      planQuotes: quotesFor(store, share.feature, share.plan),
      notices: [...notices, ...parseTourParams(window.location.search).notices].map(linkNotice),
    };
  });
  const { share } = state;
  // App owns the language (it is part of the share state); the tree below reads it with useI18n.
  const i18n = useLoadedI18n(share.lang, preloadedMessages);
  const { m } = i18n;
  useEffect(() => {
    void loadFeaturePopup();
  }, []);
  // The popup's content (a portal) is a non-modal dialog: focus goes into it when a list, the legend or
  // the search opened it, Esc closes it and the focus goes back (closeSelection).
  const [popupElement] = useState(() => {
    const el = document.createElement('div');
    el.className = 'popup-root';
    el.setAttribute('role', 'dialog');
    el.tabIndex = -1;
    return el;
  });
  const returnFocus = useRef<HTMLElement | null>(null);
  const focusPopup = useRef(false);
  // Phones (the same width as app.css's media query): a header menu, and bottom sheets for the panels
  // and the popup; whichever of feature and panel was opened last is on top.
  const [isPhone, setIsPhone] = useState(() => window.matchMedia(PHONE_QUERY).matches);
  const [menuOpen, setMenuOpen] = useState(false);
  const [sheetHost, setSheetHost] = useState<HTMLDivElement | null>(null);
  const [sheetTop, setSheetTop] = useState<'feature' | 'panel'>('feature');
  // "What is planned near here": open (a panel of its own, not in the URL) and the point it is about.
  const [nearbyOpen, setNearbyOpen] = useState(false);
  const [nearbyPoint, setNearbyPoint] = useState<NearbyPoint | null>(null);
  useEffect(() => {
    const mq = window.matchMedia(PHONE_QUERY);
    const onChange = () => setIsPhone(mq.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  // Presentation mode: open while `tourStep` is set (1-based, from `?tour=` or the header button).
  const [tourStep, setTourStep] = useState(() => parseTourParams(window.location.search).params.step);
  const [searcher, setSearcher] = useState<Searcher | null>(null);
  const [controller, setController] = useState<MapController | null>(null);
  const searchLoading = useRef(false);

  const initialBounds = useMemo<Bounds>(() => {
    const district = store.byLayer.get('district')?.features[0];
    return district ? boundsOf(district.geometry) : [121.8, 41.05, 122.2, 41.25];
  }, [store]);
  const [initialCamera] = useState<MapCamera | null>(() =>
    share.camera
      ? { center: [share.camera.lng, share.camera.lat], zoom: share.camera.zoom, bearing: share.camera.bearing, pitch: share.camera.pitch }
      : null,
  );

  // State → URL. A moved camera replaces the entry (panning should not fill the history); everything
  // else is a step a user may want to go back from.
  const search = serializeShareState(share, window.location.search, context);
  const searchWithoutCamera = serializeShareState({ ...share, camera: null }, window.location.search, context);
  const lastWritten = useRef<{ full: string; noCamera: string } | null>(null);
  useEffect(() => {
    if (search === window.location.search) {
      lastWritten.current = { full: search, noCamera: searchWithoutCamera };
      return;
    }
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    const onlyCamera = lastWritten.current === null || lastWritten.current.noCamera === searchWithoutCamera;
    if (onlyCamera) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    lastWritten.current = { full: search, noCamera: searchWithoutCamera };
  }, [search, searchWithoutCamera]);
  useEffect(() => {
    const onPop = () => {
      const { state: next } = parseShareState(window.location.search, context);
      dispatch({ type: 'fromUrl', share: next, quotes: quotesFor(store, next.feature, next.plan) });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [context, store]);

  const filter: FilterState = useMemo(() => ({ ...share.filter, year: share.year }), [share.filter, share.year]);
  const filtered = useMemo(() => applyFilters(store, filter), [store, filter]);
  const mapFilterFor = useCallback(
    (layerId: string) => {
      const layer = store.layers.find((l) => l.id === layerId);
      return layer ? toMapFilter(filter, layer) : null;
    },
    [store, filter],
  );
  const listFeatures = useMemo(
    () =>
      store.layers
        .filter((l) => l.role === 'plan' && !share.hiddenLayers.has(l.id))
        .flatMap((l) => filtered.byLayer.get(l.id) ?? []),
    [store, filtered, share.hiddenLayers],
  );

  const selectFeature = useCallback((id: string, at?: LngLat) => {
    // Chosen from a list, the legend or the search (not on the map): the popup takes the focus, and
    // gives it back there when it closes.
    if (!at) {
      const active = document.activeElement;
      returnFocus.current = active instanceof HTMLElement && active !== document.body ? active : null;
      focusPopup.current = true;
    }
    setSheetTop('feature');
    dispatch({ type: 'select', selection: at ? { id, at, fly: false } : { id, fly: true } });
  }, []);
  const closeSelection = useCallback(() => {
    const back = returnFocus.current;
    returnFocus.current = null;
    const active = document.activeElement;
    const focusInPopup = !active || active === document.body || popupElement.contains(active) || !!active.closest('.maplibregl-popup, .feature-sheet');
    dispatch({ type: 'select', selection: null });
    if (back?.isConnected && focusInPopup) back.focus({ preventScroll: true });
  }, [popupElement]);
  const onPopupShown = useCallback(() => {
    if (!focusPopup.current) return;
    focusPopup.current = false;
    popupElement.focus({ preventScroll: true });
  }, [popupElement]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      closeSelection();
    };
    popupElement.addEventListener('keydown', onKey);
    return () => popupElement.removeEventListener('keydown', onKey);
  }, [popupElement, closeSelection]);
  const openPlan = useCallback(
    (target: string | null, featureId: string | null = null) => {
      setSheetTop('panel');
      dispatch({ type: 'openPlan', target, quotes: quotesFor(store, featureId, target) });
    },
    [store],
  );
  const setYear = useCallback((year: number | null) => dispatch({ type: 'share', patch: { year } }), []);
  const onCamera = useCallback((c: MapCamera) => dispatch({ type: 'share', patch: { camera: cameraOf(c) } }), []);
  const panelKind: PanelKind | null = share.plan !== null ? 'plan' : share.panel;
  const togglePanel = (kind: PanelKind) => {
    setNearbyOpen(false);
    if (panelKind !== kind) requestPanelFocus();
    if (kind === 'plan') {
      if (panelKind === 'plan') dispatch({ type: 'panel', panel: null });
      else openPlan(null);
      return;
    }
    dispatch({ type: 'panel', panel: panelKind === kind ? null : kind });
  };
  const wantSearcher = useCallback(() => {
    if (searchLoading.current) return;
    searchLoading.current = true;
    void import('../features/search/searchIndex.ts').then((m) => {
      const index = m.buildSearchIndex(plan, store.byId.values());
      setSearcher(() => (q: string, limit: number) => m.search(index, q, { limit }));
    });
  }, [plan, store]);
  const copyLink = () => {
    const href = window.location.href;
    const done = () => dispatch({ type: 'notice', notice: { key: 'link-copied', text: (w) => w.app.linkCopied } });
    if (navigator.clipboard?.writeText) {
      navigator.clipboard.writeText(href).then(done, () => window.prompt(m.app.copyPrompt, href));
    } else {
      window.prompt(m.app.copyPrompt, href);
    }
  };

  const planHref = (ref: string) => serializeShareState({ ...share, plan: ref, panel: null }, window.location.search, context) || '?';
  const selected = state.selection ? store.byId.get(state.selection.id) : undefined;
  const withoutPlace = coverage.counts['district-wide'] + coverage.counts.policy + coverage.counts.indicator;
  const closePanel = () => dispatch({ type: 'panel', panel: null });
  const showNearby = nearbyOpen && panelKind === null;
  const toggleNearby = () => {
    setNearbyPoint(null);
    if (showNearby) {
      setNearbyOpen(false);
      return;
    }
    if (panelKind) closePanel();
    requestPanelFocus();
    setSheetTop('panel');
    setNearbyOpen(true);
  };
  const skipToList = () => {
    requestPanelFocus();
    if (panelKind === 'list') document.getElementById('list-panel')?.focus();
    else togglePanel('list');
  };
  const selectedName = selected ? i18n.name(selected.properties.name) : '';
  useEffect(() => popupElement.setAttribute('aria-label', selectedName), [popupElement, selectedName]);

  return (
    <I18nValue value={i18n}>
    <div
      className={`app${panelKind || showNearby ? ' has-plan-panel' : ''}${selected ? ' has-selection' : ''}${(panelKind || showNearby) && sheetTop === 'panel' ? ' is-panel-on-top' : ''}`}
    >
      <a
        className="skip-link"
        href="#list-panel"
        data-testid="skip-to-list"
        onClick={(e) => {
          e.preventDefault();
          skipToList();
        }}
      >
        {m.a11y.skipToList}
      </a>
      <header className="app-header">
        <h1>
          {m.common.appTitle}
          <span className="app-header__en" lang={LANG_TAG[share.lang === 'zh' ? 'en' : 'zh']}>
            {m.common.appTitleOther}
          </span>
        </h1>
        <SearchBox
          searcher={searcher}
          onWantSearcher={wantSearcher}
          onPlace={(id) => selectFeature(id)}
          onPlanPassage={(id) => openPlan(id)}
        />
        <button
          type="button"
          className="app-header__menu"
          data-testid="open-menu"
          aria-expanded={menuOpen}
          aria-controls="app-nav"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          {m.a11y.menu}
        </button>
        <nav
          id="app-nav"
          className={`app-header__nav${menuOpen ? ' is-open' : ''}`}
          aria-label={m.app.nav}
          onClick={(e) => {
            // On a phone the menu closes once something in it is chosen.
            if ((e.target as Element).closest('button')) setMenuOpen(false);
          }}
        >
          {(['list', 'coverage', 'plan'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              className="app-header__plan-button"
              data-testid={`open-${kind}`}
              aria-pressed={panelKind === kind}
              onClick={() => togglePanel(kind)}
            >
              {m.app[kind]}
            </button>
          ))}
          <button type="button" className="app-header__plan-button" data-testid="open-presentation" onClick={() => setTourStep(1)}>
            {m.app.present}
          </button>
          <button type="button" className="app-header__plan-button" data-testid="copy-link" onClick={copyLink}>
            {m.app.copyLink}
          </button>
          <LangSwitch lang={share.lang} onLang={(lang) => dispatch({ type: 'share', patch: { lang } })} />
        </nav>
      </header>
      <main className="app-main">
        <div className="map-area">
          <MapView
            store={store}
            palette={lightPalette}
            lang={i18n.lang}
            initialBounds={initialBounds}
            initialCamera={initialCamera}
            attribution={`${m.app.baseAttribution} · ${m.app.planAttribution(plan.documentNumber, plan.issuedOn)}`}
            districtSource={m.app.districtSource}
            selection={state.selection}
            popupElement={popupElement}
            popupHost={isPhone ? sheetHost : null}
            onPopupShown={onPopupShown}
            hiddenLayers={share.hiddenLayers}
            opacity={share.opacity}
            filterFor={mapFilterFor}
            onFeatureClick={selectFeature}
            onClearSelection={closeSelection}
            onCamera={onCamera}
            onController={setController}
            onContextChange={(lost) =>
              dispatch(lost ? { type: 'notice', notice: MAP_CONTEXT_LOST } : { type: 'dropNotice', key: MAP_CONTEXT_LOST.key })
            }
          />
          <Legend
            store={store}
            palette={lightPalette}
            hiddenLayers={share.hiddenLayers}
            opacity={share.opacity}
            filter={filter}
            filtered={filtered}
            onFilter={(next) =>
              dispatch({
                type: 'share',
                patch: { filter: { statuses: next.statuses, periods: next.periods, themes: next.themes, subdistricts: next.subdistricts } },
              })
            }
            onToggleLayer={(layerId, visible) => {
              const hidden = new Set(share.hiddenLayers);
              if (visible) hidden.delete(layerId);
              else hidden.add(layerId);
              dispatch({ type: 'share', patch: { hiddenLayers: hidden } });
            }}
            onOpacity={(layerId, value) => {
              const op = new Map(share.opacity);
              if (value >= 1) op.delete(layerId);
              else op.set(layerId, value);
              dispatch({ type: 'share', patch: { opacity: op } });
            }}
            onSelectFeature={(id) => selectFeature(id)}
          />
          <Toolbar>
            <MeasureTool controller={controller} />
            <LifeCirclesButton open={panelKind === 'analysis'} onToggle={() => togglePanel('analysis')} />
            <ExportTool
              plan={plan}
              controller={controller}
              features={listFeatures}
              filterDescription={describeFilter(filter)}
              onNotice={(notice) => dispatch({ type: 'notice', notice })}
            />
            <ImportTool store={store} controller={controller} onNotice={(notice) => dispatch({ type: 'notice', notice })} />
          </Toolbar>
          <BasemapPicker controller={controller} />
          <button type="button" className="nearby-button" data-testid="open-nearby" aria-pressed={showNearby} onClick={toggleNearby}>
            <span aria-hidden="true">◎ </span>
            {m.a11y.nearby}
          </button>
          <div className="map-overlay-bottom">
            <button
              type="button"
              className="no-place-badge"
              data-testid="open-district-wide"
              aria-pressed={panelKind === 'district-wide'}
              onClick={() => togglePanel('district-wide')}
            >
              {m.app.noPlace(withoutPlace)}
            </button>
            <TimeControl year={share.year} onChange={setYear} />
          </div>
        </div>
        <Suspense fallback={null}>
        {panelKind === 'plan' && (
          <PlanPanel
            plan={plan}
            store={store}
            coverage={coverage}
            target={share.plan}
            quotes={state.planQuotes}
            onNavigate={(id) => openPlan(id)}
            onShowFeature={(id) => selectFeature(id)}
            onClose={closePanel}
          />
        )}
        {panelKind === 'coverage' && (
          <CoveragePanel
            plan={plan}
            store={store}
            report={coverage}
            onShowFeature={(id) => selectFeature(id)}
            onOpenPlan={(id) => openPlan(id)}
            onClose={closePanel}
          />
        )}
        {panelKind === 'district-wide' && (
          <DistrictWidePanel plan={plan} report={coverage} onOpenPlan={(id) => openPlan(id)} onClose={closePanel} />
        )}
        {panelKind === 'analysis' && <AnalysisPanel store={store} controller={controller} onClose={closePanel} />}
        {panelKind === 'list' && (
          <ListPanel
            features={listFeatures}
            store={store}
            selectedId={state.selection?.id ?? null}
            onSelect={(id) => selectFeature(id)}
            onClose={closePanel}
          />
        )}
        {showNearby && (
          <NearbyPanel
            store={store}
            controller={controller}
            features={listFeatures}
            point={nearbyPoint}
            onPoint={setNearbyPoint}
            onSelect={(id) => selectFeature(id)}
            onClose={() => {
              setNearbyOpen(false);
              setNearbyPoint(null);
            }}
          />
        )}
        </Suspense>
        <section className="feature-sheet" data-testid="feature-sheet" hidden={!selected} aria-label={selectedName}>
          <button type="button" className="icon-button feature-sheet__close" aria-label={m.a11y.closeDetails} onClick={closeSelection}>
            ×
          </button>
          <div ref={setSheetHost} />
        </section>
        {/* Always present, so that screen readers announce what is added to it. */}
        <div className="notices" role="status" data-testid="notices">
          {state.notices.map((n, i) => (
            <p key={n.key} className="notice">
              {n.text(m)}
              <button
                type="button"
                className="icon-button"
                aria-label={m.app.closeNotice}
                onClick={() => dispatch({ type: 'dismissNotice', index: i })}
              >
                ×
              </button>
            </p>
          ))}
        </div>
      </main>
      {selected &&
        createPortal(
          <Suspense fallback={null}>
            <FeaturePopup
              feature={selected}
              layer={store.layers.find((l) => l.id === selected.properties.layer)}
              plan={plan}
              planHref={planHref}
              onOpenPlan={(ref) => {
                requestPanelFocus();
                openPlan(ref, selected.properties.id);
              }}
            />
          </Suspense>,
          popupElement,
        )}
      {tourStep !== null && (
        <LazyPresentationMode
          plan={plan}
          store={store}
          initialStep={tourStep}
          onExit={(planId) => {
            setTourStep(null);
            if (planId) openPlan(planId);
          }}
        />
      )}
    </div>
    </I18nValue>
  );
}

/** Phones get the header menu and the bottom sheets: the width of app.css's phone media query. */
const PHONE_QUERY = '(max-width: 720px)';

/** Switches the interface language; shows the other language's name in that language. */
function LangSwitch({ lang, onLang }: { lang: Lang; onLang: (lang: Lang) => void }) {
  const { m } = useI18n();
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return (
    <button
      type="button"
      className="app-header__plan-button"
      data-testid="lang-switch"
      lang={other === 'en' ? 'en' : 'zh-CN'}
      title={m.common.switchToLabel}
      onClick={() => onLang(other)}
    >
      {m.common.switchTo}
    </button>
  );
}

/** The filters in words, for exports' metadata. */
function describeFilter(f: FilterState): string {
  const parts: string[] = [];
  if (f.statuses.size) parts.push(`status=${[...f.statuses].join(',')}`);
  if (f.periods.size) parts.push(`period=${[...f.periods].join(',')}`);
  if (f.themes.size) parts.push(`theme=${[...f.themes].join(',')}`);
  if (f.subdistricts.size) parts.push(`sub=${[...f.subdistricts].join(',')}`);
  if (f.year !== undefined && f.year !== null) parts.push(`year=${f.year}`);
  return parts.length ? parts.join('; ') : 'none';
}
