import type { FeatureStore } from '../core/featureStore.ts';
import type { Lang } from '../core/lang.ts';
import { parseShareState, type Camera, type PanelKind, type ShareContext, type ShareState } from '../core/link/shareState.ts';
import type { MapCamera } from '../map/MapController.ts';
import type { Selection } from './MapView.tsx';

/**
 * What the user set (the share state, all of it in the URL) and what is only of this moment: where
 * the popup points, whether the camera should fly, the passages to highlight.
 */
export interface ViewState {
  share: ShareState;
  selection: Selection | null;
  planQuotes: string[];
}

export type ViewAction =
  | { type: 'select'; selection: Selection | null }
  | { type: 'openPlan'; target: string | null; quotes: string[] }
  | { type: 'panel'; panel: PanelKind | null }
  | { type: 'share'; patch: Partial<ShareState> }
  | { type: 'fromUrl'; share: ShareState; quotes: string[] };

/** The plan passages to highlight when `featureId`'s popup opened the reader at `planId`. */
export function quotesFor(store: FeatureStore, featureId: string | null, planId: string | null): string[] {
  if (!featureId || !planId) return [];
  const f = store.byId.get(featureId);
  return f && f.properties.planRefs.includes(planId) ? (f.properties.planQuotes ?? []) : [];
}

/** The state a page opens in; a link without `lang=` opens in the language last chosen on this device. */
export function initialViewState(search: string, context: ShareContext, store: FeatureStore, initialLang: Lang): ViewState {
  const { state: parsed } = parseShareState(search, context);
  const share = new URLSearchParams(search).has('lang') ? parsed : { ...parsed, lang: initialLang };
  return {
    share,
    // A link with a camera keeps it: the feature is shown where the link looked, not flown to.
    selection: share.feature ? { id: share.feature, fly: share.camera === null } : null,
    planQuotes: quotesFor(store, share.feature, share.plan),
  };
}

export function viewReducer(s: ViewState, a: ViewAction): ViewState {
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
    case 'fromUrl':
      return {
        ...s,
        share: a.share,
        selection: a.share.feature ? { id: a.share.feature, fly: true } : null,
        planQuotes: a.quotes,
      };
  }
}

/** The open side panel: the plan reader when it has a target, else the `panel=` one. */
export const panelKindOf = (share: ShareState): PanelKind | null => (share.plan !== null ? 'plan' : share.panel);

export const cameraOf = (c: MapCamera): Camera => ({
  lng: c.center[0],
  lat: c.center[1],
  zoom: c.zoom,
  bearing: c.bearing,
  pitch: c.pitch,
});

export const mapCameraOf = (c: Camera): MapCamera => ({ center: [c.lng, c.lat], zoom: c.zoom, bearing: c.bearing, pitch: c.pitch });

/** The legend's eye button: the hidden set with `layerId` shown or hidden. */
export function withLayerVisible(hidden: ReadonlySet<string>, layerId: string, visible: boolean): Set<string> {
  const next = new Set(hidden);
  if (visible) next.delete(layerId);
  else next.add(layerId);
  return next;
}

/** The legend's slider: full opacity is the default, so it is not kept (and not written to the link). */
export function withOpacity(opacity: ReadonlyMap<string, number>, layerId: string, value: number): Map<string, number> {
  const next = new Map(opacity);
  if (value >= 1) next.delete(layerId);
  else next.set(layerId, value);
  return next;
}
