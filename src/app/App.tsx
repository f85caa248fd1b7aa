import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { createPortal } from 'react-dom';
import type { LngLat } from '../core/geometry/anchor.ts';
import { applyFilters, toMapFilter, type FilterState } from '../core/filters.ts';
import type { Lang } from '../core/lang.ts';
import { parseShareState, serializeShareState, shareContextOf, type PanelKind } from '../core/link/shareState.ts';
import { parseTourParams, withoutRejectedTourParams } from '../core/link/urlState.ts';
import type { MapCamera, MapController } from '../map/MapController.ts';
import { lightPalette } from '../core/palette.ts';
import { LazyPresentationMode } from '../features/present/LazyPresentationMode.tsx';
import { Legend } from '../features/legend/Legend.tsx';
import { TimeControl } from '../features/time/TimeControl.tsx';
import { Toolbar } from '../ui/Toolbar.tsx';
import { ToggleButton } from '../ui/ToggleButton.tsx';
import { MeasureTool } from '../features/measure/MeasureTool.tsx';
import { LifeCirclesButton } from '../features/lifeCircles/LifeCirclesButton.tsx';
import { ExportTool } from '../features/export/ExportTool.tsx';
import { ImportTool } from '../features/import/ImportTool.tsx';
import { EditEntry } from '../features/editor/EditEntry.tsx';
const AnalysisPanel = lazy(() => import('../features/lifeCircles/AnalysisPanel.tsx').then((m) => ({ default: m.AnalysisPanel })));
import { BasemapPicker } from '../features/basemapPicker/BasemapPicker.tsx';
import { I18nValue, useLoadedI18n } from '../i18n/I18n.tsx';
import type { Messages } from '../i18n/messages.ts';
import { afterStartup } from '../ui/afterStartup.ts';
import { linkNotice } from '../ui/notice.ts';
import { NoticeList } from '../ui/NoticeList.tsx';
import { requestPanelFocus } from '../ui/panelFocus.ts';
import { AppHeader } from './AppHeader.tsx';
import type { PlanData } from './planData.ts';
import { describeFilter } from './describeFilter.ts';
import { StatusYearProvider } from '../ui/statusYear.tsx';
import { MapView } from './MapView.tsx';
import { initialBoundsOf, mapAttribution, type BootedMap } from './mapStart.ts';
import { LINK_COPIED } from './noticeList.ts';
import { SidePanels } from './SidePanels.tsx';
import { useClipboardShare } from './useClipboardShare.ts';
import { useIsPhone } from './useIsPhone.ts';
import { useLazySearch } from './useLazySearch.ts';
import { useNearby } from './useNearby.ts';
import { useNotices } from './useNotices.ts';
import { usePopupFocus } from './usePopupFocus.ts';
import { WithPlanText } from '../ui/WithPlanText.tsx';
import { useUrlSync } from './useUrlSync.ts';
import { cameraOf, initialViewState, mapCameraOf, panelKindOf, quotesFor, viewReducer, withLayerVisible, withOpacity } from './viewState.ts';

// The popup (with its measures and words) loads on its own: fetched once the map is first idle (see below), long before a click.
const loadFeaturePopup = () => import('../ui/FeaturePopup.tsx');
const FeaturePopup = lazy(() => loadFeaturePopup().then((m) => ({ default: m.FeaturePopup })));

export interface AppProps extends PlanData {
  /** The language to open in when the URL has no `lang=` (remembered on this device; see i18n/lang.ts). */
  initialLang?: Lang;
  /** Messages of `initialLang` already fetched (English), so the first render is in that language. */
  preloadedMessages?: Messages;
  /** The map started before React (src/app/mapFirst.ts): the explorer adopts it. */
  booted?: BootedMap | null;
}

export function App({ initialLang = 'zh', preloadedMessages, booted = null, ...data }: AppProps) {
  const { plan, store, coverage } = data;
  const context = useMemo(() => shareContextOf(plan, store), [plan, store]);
  const [state, dispatch] = useReducer(viewReducer, undefined, () => initialViewState(window.location.search, context, store, initialLang));
  const notices = useNotices(() =>
    [...parseShareState(window.location.search, context).notices, ...parseTourParams(window.location.search).notices].map(linkNotice),
  );
  const { share } = state;
  useUrlSync(share, context, store, dispatch);
  // App owns the language (it is part of the share state); the tree below reads it with useI18n.
  const i18n = useLoadedI18n(share.lang, preloadedMessages);
  const { m } = i18n;
  useEffect(() => {
    void afterStartup().then(loadFeaturePopup);
    // A rejected tour value (said in a notice) leaves the link, so copied links do not carry it.
    const clean = withoutRejectedTourParams(location.search);
    if (clean !== location.search) history.replaceState(history.state, '', `${location.pathname}${clean}${location.hash}`);
  }, []);
  const selected = state.selection ? store.byId.get(state.selection.id) : undefined;
  const selectedName = selected ? i18n.name(selected.properties.name) : '';
  const placeFeature = selected?.properties.subdistrict ? store.byId.get(selected.properties.subdistrict) : undefined;
  const selectedPlace = placeFeature ? i18n.name(placeFeature.properties.name) : undefined;
  const popup = usePopupFocus(
    useCallback(() => dispatch({ type: 'select', selection: null }), []),
    selectedName,
  );
  // Phones: a header menu, and bottom sheets for the panels and the popup; whichever of feature and
  // panel was opened last is on top.
  const isPhone = useIsPhone();
  const [sheetHost, setSheetHost] = useState<HTMLDivElement | null>(null);
  const [sheetTop, setSheetTop] = useState<'feature' | 'panel'>('feature');
  // Presentation mode: open while `tourStep` is set (1-based, from `?tour=` or the header button).
  const [tourStep, setTourStep] = useState(() => parseTourParams(window.location.search).params.step);
  // Opened by link (`?tour=`), the explorer (its map, panels and tools) is not rendered under the
  // presentation: it starts once the presentation is left, so the tour's map has the machine to itself.
  const [explorerOn, setExplorerOn] = useState(() => tourStep === null);
  if (!explorerOn && tourStep === null) setExplorerOn(true);
  const [controller, setController] = useState<MapController | null>(null);
  // The map is created first (MapView's effect, after the first commit); what lies over it (legend,
  // tools, time control) renders in the next task, so that the map's creation does not wait for it.
  const [overlaysOn, setOverlaysOn] = useState(false);
  useEffect(() => {
    if (!explorerOn) return;
    const t = setTimeout(() => setOverlaysOn(true), 0);
    return () => clearTimeout(t);
  }, [explorerOn]);
  const search = useLazySearch(store);
  const showNotice = notices.show;
  const copyLink = useClipboardShare(m.app.copyPrompt, useCallback(() => showNotice(LINK_COPIED), [showNotice]));

  const initialBounds = useMemo(() => initialBoundsOf(store, isPhone), [store, isPhone]);
  const [initialCamera] = useState<MapCamera | null>(() => (share.camera ? mapCameraOf(share.camera) : null));

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

  const { focusOnShow } = popup;
  const selectFeature = useCallback(
    (id: string, at?: LngLat) => {
      // Chosen from a list, the legend or the search (not on the map): the popup takes the focus.
      if (!at) focusOnShow();
      setSheetTop('feature');
      dispatch({ type: 'select', selection: at ? { id, at, fly: false } : { id, fly: true } });
    },
    [focusOnShow],
  );
  const openPlan = useCallback(
    (target: string | null, featureId: string | null = null) => {
      setSheetTop('panel');
      dispatch({ type: 'openPlan', target, quotes: quotesFor(store, featureId, target) });
    },
    [store],
  );
  const setYear = useCallback((year: number | null) => dispatch({ type: 'share', patch: { year } }), []);
  const onCamera = useCallback((c: MapCamera) => dispatch({ type: 'share', patch: { camera: cameraOf(c) } }), []);
  const panelKind = panelKindOf(share);
  const closePanel = useCallback(() => dispatch({ type: 'panel', panel: null }), []);
  const nearby = useNearby(
    panelKind,
    useCallback(() => {
      if (panelKind) closePanel();
      requestPanelFocus();
      setSheetTop('panel');
    }, [panelKind, closePanel]),
  );
  const togglePanel = (kind: PanelKind) => {
    nearby.hide();
    if (panelKind !== kind) requestPanelFocus();
    if (kind === 'plan') {
      if (panelKind === 'plan') closePanel();
      else openPlan(null);
      return;
    }
    dispatch({ type: 'panel', panel: panelKind === kind ? null : kind });
  };
  const skipToList = () => {
    requestPanelFocus();
    if (panelKind === 'list') document.getElementById('list-panel')?.focus();
    else togglePanel('list');
  };

  const planHref = (ref: string) => serializeShareState({ ...share, plan: ref, panel: null }, window.location.search, context) || '?';
  const withoutPlace = coverage.counts['district-wide'] + coverage.counts.policy + coverage.counts.indicator;
  const panelShown = panelKind !== null || nearby.shown;

  // The map and its legend show the same layers in the same look.
  const layerLook = { store, palette: lightPalette, hiddenLayers: share.hiddenLayers, opacity: share.opacity, colourBy: share.colourBy };

  return (
    <I18nValue value={i18n}>
    <StatusYearProvider value={share.year}>
    <div
      className={`app${panelShown ? ' has-plan-panel' : ''}${selected ? ' has-selection' : ''}${panelShown && sheetTop === 'panel' ? ' is-panel-on-top' : ''}`}
    >
      {explorerOn && (
      <>
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
      <AppHeader
        lang={share.lang}
        onLang={(lang) => dispatch({ type: 'share', patch: { lang } })}
        searcher={search.searcher}
        onWantSearcher={search.want}
        onPlace={(id) => selectFeature(id)}
        onPlanPassage={(id) => openPlan(id)}
        panelKind={panelKind}
        onTogglePanel={togglePanel}
        onPresent={() => setTourStep(1)}
        onCopyLink={copyLink}
        noPlaceLabel={m.app.noPlace(withoutPlace)}
      />
      <main className="app-main">
        <div className="map-area">
          <MapView
            {...layerLook}
            lang={i18n.lang}
            initialBounds={initialBounds}
            initialCamera={initialCamera}
            attribution={mapAttribution(m, plan)}
            booted={booted}
            districtSource={m.app.districtSource}
            selection={state.selection}
            popupElement={popup.popupElement}
            popupHost={isPhone ? sheetHost : null}
            onPopupShown={popup.onPopupShown}
            filterFor={mapFilterFor}
            statusYear={share.year}
            onFeatureClick={selectFeature}
            onClearSelection={popup.close}
            onCamera={onCamera}
            onController={setController}
            onContextChange={notices.mapContext}
          />
          {overlaysOn && (
          <>
          <Legend
            {...layerLook}
            filter={filter}
            filtered={filtered}
            onFilter={(next) =>
              dispatch({
                type: 'share',
                patch: { filter: { statuses: next.statuses, periods: next.periods, themes: next.themes, subdistricts: next.subdistricts } },
              })
            }
            onColourBy={(colourBy) => dispatch({ type: 'share', patch: { colourBy } })}
            onToggleLayer={(layerId, visible) =>
              dispatch({ type: 'share', patch: { hiddenLayers: withLayerVisible(share.hiddenLayers, layerId, visible) } })
            }
            onOpacity={(layerId, value) => dispatch({ type: 'share', patch: { opacity: withOpacity(share.opacity, layerId, value) } })}
            onSelectFeature={(id) => selectFeature(id)}
          />
          <Toolbar>
            <MeasureTool controller={controller} />
            <LifeCirclesButton open={panelKind === 'analysis'} onToggle={() => togglePanel('analysis')} />
            <ExportTool
              controller={controller}
              features={listFeatures}
              filterDescription={describeFilter(filter)}
              credits={store.layers.flatMap((l) => (l.attribution ? [l.attribution[share.lang]] : []))}
              onNotice={(notice) => notices.show(notice)}
            />
            <ImportTool store={store} controller={controller} onNotice={(notice) => notices.show(notice)} />
            <EditEntry controller={controller} store={store} />
            {/* On a phone the basemap is chosen in the tools' menu: the first screen is the map's. */}
            {isPhone && <BasemapPicker controller={controller} />}
          </Toolbar>
          {!isPhone && <BasemapPicker controller={controller} />}
          <ToggleButton className="nearby-button" testId="open-nearby" on={nearby.shown} onClick={nearby.toggle}>
            <span aria-hidden="true">◎ </span>
            {m.a11y.nearby}
          </ToggleButton>
          <div className="map-overlay-bottom">
            <ToggleButton className="no-place-badge" testId="open-district-wide" on={panelKind === 'district-wide'} onClick={() => togglePanel('district-wide')}>
              {m.app.noPlace(withoutPlace)}
            </ToggleButton>
            <TimeControl year={share.year} onChange={setYear} />
          </div>
          </>
          )}
        </div>
        <Suspense fallback={null}>
        {panelKind === 'analysis' && <AnalysisPanel store={store} controller={controller} onClose={closePanel} />}
        <SidePanels
          {...data}
          panelKind={panelKind}
          planTarget={share.plan}
          planQuotes={state.planQuotes}
          features={listFeatures}
          selectedId={state.selection?.id ?? null}
          controller={controller}
          nearby={nearby}
          onSelect={selectFeature}
          onOpenPlan={openPlan}
          onClose={closePanel}
        />
        </Suspense>
        <section className="feature-sheet" data-testid="feature-sheet" hidden={!selected} aria-label={selectedName}>
          <button type="button" className="icon-button feature-sheet__close" aria-label={m.a11y.closeDetails} onClick={popup.close}>
            ×
          </button>
          <div ref={setSheetHost} />
        </section>
        <NoticeList notices={notices.list} onDismiss={notices.dismiss} />
      </main>
      {selected &&
        createPortal(
          <Suspense fallback={null}>
            <WithPlanText>
              {(text) => (
                <FeaturePopup
                  feature={selected}
                  layer={store.layers.find((l) => l.id === selected.properties.layer)}
                  plan={text.plan}
                  planHref={planHref}
                  place={selectedPlace}
                  folded={isPhone}
                  onOpenPlan={(ref) => {
                    requestPanelFocus();
                    openPlan(ref, selected.properties.id);
                  }}
                />
              )}
            </WithPlanText>
          </Suspense>,
          popup.popupElement,
        )}
      </>
      )}
      {tourStep !== null && (
        // The presentation has no time control: its map, legend and popups show the current statuses.
        <StatusYearProvider value={null}>
          <LazyPresentationMode
            plan={plan}
            store={store}
            initialStep={tourStep}
            onExit={(planId) => {
              setTourStep(null);
              if (planId) openPlan(planId);
            }}
          />
        </StatusYearProvider>
      )}
    </div>
    </StatusYearProvider>
    </I18nValue>
  );
}
