/*
 * The map first, the interface after it (the explorer's plain load): see BootedMap in mapStart.ts.
 */
import type { LngLat } from '../core/geometry/anchor.ts';
import { lightPalette } from '../core/palette.ts';
import { parseShareState, shareContextOf, type ShareState } from '../core/link/shareState.ts';
import { LANG_TAG, otherLang } from '../i18n/lang.ts';
import type { Messages } from '../i18n/messages.ts';
import { openAfterFirstIdle, openStartupGate } from '../ui/afterStartup.ts';
import { createMapElement, initialBoundsOf, mapAttribution, startMap, type BootedMap, type MapHandlers } from './mapStart.ts';
import type { PlanData } from './planData.ts';
import { PHONE_QUERY } from './phoneQuery.ts';
import { initialViewState, mapCameraOf } from './viewState.ts';

/**
 * Whether the map can start before the interface: the view is the default one (a language, a camera
 * and the colouring are part of the map's start) — no tour, popup, panel, filter, year, opacity or
 * hidden layer, which are the interface's to apply (and with a panel the map would be narrower).
 */
export function mapFirstApplies(share: ShareState, defaults: ShareState, search: string): boolean {
  if (new URLSearchParams(search).has('tour')) return false;
  const f = share.filter;
  const sameHidden = share.hiddenLayers.size === defaults.hiddenLayers.size && [...share.hiddenLayers].every((id) => defaults.hiddenLayers.has(id));
  return (
    share.feature === null &&
    share.plan === null &&
    share.panel === null &&
    share.year === null &&
    share.opacity.size === 0 &&
    sameHidden &&
    f.statuses.size === 0 &&
    f.periods.size === 0 &&
    f.themes.size === 0 &&
    f.subdistricts.size === 0
  );
}

/** The page before React: the header's title over the map's element (the classes are the app's, so the layout is the same). */
function skeleton(root: HTMLElement, m: Messages, lang: 'zh' | 'en', map: HTMLElement): void {
  const app = document.createElement('div');
  app.className = 'app';
  const header = document.createElement('header');
  header.className = 'app-header';
  const h1 = document.createElement('h1');
  const title = document.createElement('span');
  title.className = 'app-header__title';
  title.textContent = m.common.appTitle;
  const other = document.createElement('span');
  other.className = 'app-header__en';
  other.lang = LANG_TAG[otherLang(lang)];
  other.textContent = m.common.appTitleOther;
  h1.append(title, other);
  header.append(h1);
  const main = document.createElement('main');
  main.className = 'app-main';
  const area = document.createElement('div');
  area.className = 'map-area';
  area.append(map);
  main.append(area);
  app.append(header, main);
  root.replaceChildren(app);
}

/**
 * Starts the explorer's map before React when the view allows it (see mapFirstApplies); null
 * otherwise, or when the map cannot start (React then starts it, and shows the failure, as before).
 * The caller renders the interface once the first screen's gate opens (afterStartup()).
 */
export function startMapFirst(root: HTMLElement, data: PlanData, lang: 'zh' | 'en', m: Messages): BootedMap | null {
  const search = window.location.search;
  const context = shareContextOf(data.plan, data.store);
  const { share } = initialViewState(search, context, data.store, lang);
  if (!mapFirstApplies(share, parseShareState('', context).state, search)) return null;
  const container = createMapElement(m.app.map);
  skeleton(root, m, share.lang, container);
  let pendingClick: { id: string; at: LngLat } | null = null;
  let handlers: MapHandlers = {
    onFeatureClick: (id, at) => (pendingClick = { id, at }),
    onEmptyClick: () => (pendingClick = null),
    onPopupClose: () => undefined,
  };
  const controller = startMap(
    container,
    {
      store: data.store,
      palette: lightPalette,
      lang: share.lang,
      colourBy: share.colourBy,
      initialBounds: initialBoundsOf(data.store, window.matchMedia(PHONE_QUERY).matches),
      initialCamera: share.camera ? mapCameraOf(share.camera) : null,
      attribution: mapAttribution(m, data.plan),
      districtSource: m.app.districtSource,
    },
    () => handlers,
    // A map that cannot start says so in its element; the interface comes at once rather than after the fallback's 20 s.
    openStartupGate,
  );
  if (!controller) {
    root.replaceChildren();
    return null;
  }
  let cameraMoved = false;
  const offCamera = controller.onCameraChange(() => (cameraMoved = true));
  // A map whose context is lost before its first idle would keep the interface (and its notice) away.
  let contextLost = false;
  const offContext = controller.onContextChange((lost) => {
    contextLost = lost;
    if (lost) openStartupGate();
  });
  openAfterFirstIdle(container);
  let taken = false;
  return {
    take() {
      if (taken) return null;
      taken = true;
      offCamera();
      offContext();
      return { controller, container };
    },
    setHandlers(h) {
      handlers = h;
    },
    get pendingClick() {
      return pendingClick;
    },
    get cameraMoved() {
      return cameraMoved;
    },
    get contextLost() {
      return contextLost;
    },
  };
}
