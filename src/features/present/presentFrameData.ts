import type { FeatureStore } from '../../core/featureStore.ts';
import { darkPalette } from '../../core/palette.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { MapController } from '../../map/MapController.ts';
import { PresentFrame } from '../../map/presentFrame.ts';
import { neighbourLabelIds } from './presentStyle.ts';
import type { TourStep } from './tourSchema.ts';

/*
 * The presentation's geographic frame (neighbours, province, nation) on its map. A static file the
 * explorer never fetches, fetched once: a presentation opened by link adds the frame to the map it
 * starts before the mode (presentMapFirst.ts), so that the frame's tiles load with the step's and the
 * mode finds them drawn; the mode's map (PresentMap.tsx) takes that frame, or adds its own.
 */

let pending: Promise<GeoJSON.FeatureCollection> | null = null;

function loadPresentFrameData(): Promise<GeoJSON.FeatureCollection> {
  if (!pending) {
    const url = new URL(`${import.meta.env.BASE_URL}frame/presentation-frame.json`, window.location.href).href;
    const p = fetch(url).then((r) => (r.ok ? (r.json() as Promise<GeoJSON.FeatureCollection>) : Promise.reject(new Error(`${r.status}: ${url}`))));
    // A failure is not kept (offline before it came): a later presentation tries again.
    p.catch(() => {
      if (pending === p) pending = null;
    });
    pending = p;
  }
  return pending;
}

/** The Chinese names of the places `step` labels itself (its highlight, its arcs' ends): the frame leaves them out. */
export function stepNamedPlaces(step: TourStep, store: FeatureStore): string[] {
  const ids = [...step.highlight, ...(step.deck?.arcs ?? []).map((a) => a.to)];
  return ids.flatMap((id) => store.byId.get(id)?.properties.name.zh ?? []);
}

/**
 * Adds the frame to `c`'s map, without the names `step` labels; null when its file cannot be had
 * (offline before it was fetched: the map goes on without a frame).
 */
export async function addPresentFrame(c: MapController, o: { store: FeatureStore; lang: Lang; uiScale: number; step: TourStep }): Promise<PresentFrame | null> {
  const data = await loadPresentFrameData().catch(() => null);
  if (!data) return null;
  const frame = new PresentFrame({ data, palette: darkPalette, lang: o.lang, k: 1.5 * o.uiScale }, neighbourLabelIds(o.store));
  frame.hideNames(stepNamedPlaces(o.step, o.store));
  void c.addOverlay(frame);
  return frame;
}
