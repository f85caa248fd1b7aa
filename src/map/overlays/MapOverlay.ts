import type { Map as MlMap } from 'maplibre-gl';
import type { LngLat } from '../../core/geometry/anchor.ts';

/** A click on the map as the overlays and tools see it. */
export interface MapClick {
  lngLat: LngLat;
  point: { x: number; y: number };
}

/**
 * Something a tool draws on the map above the plan (MapLibre's `IControl` pattern): it adds its own
 * sources and layers in `onAdd` and takes them away in `onRemove`; the MapController adds it and
 * chooses where its layers go.
 */
export interface MapOverlay {
  /** The overlays stack by rank, a higher one above; all of them under the selection and the labels. */
  readonly rank: number;
  /** The ids of the map layers it adds, bottom first. */
  readonly layerIds: readonly string[];
  /** Adds the sources and layers, the layers before `beforeId` (undefined: on top). */
  onAdd(map: MlMap, beforeId: string | undefined): void;
  onRemove(map: MlMap): void;
  /** A click on the map before it selects anything; true when the overlay took it. */
  click?(e: MapClick): boolean;
}

/** The stacking ranks of the tools' overlays (the nearby circle lowest, the measurement on top). */
export const OVERLAY_RANK = { nearby: 0, lifeCircles: 1, imported: 2, measure: 3, editor: 4 } as const;

/**
 * Where a new overlay's layers go: under the first layer of the lowest overlay above it that is on
 * the map, else under `fallbackId` (the selection's outline).
 */
export function overlayBeforeId(
  rank: number,
  added: readonly Pick<MapOverlay, 'rank' | 'layerIds'>[],
  hasLayer: (id: string) => boolean,
  fallbackId: string | undefined,
): string | undefined {
  const above = added.filter((o) => o.rank > rank).sort((a, b) => a.rank - b.rank);
  for (const o of above) {
    const id = o.layerIds.find(hasLayer);
    if (id) return id;
  }
  return fallbackId;
}
