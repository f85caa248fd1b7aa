import type { MapGeoJSONFeature } from 'maplibre-gl';
import type { MapClick, MapOverlay } from './overlays/MapOverlay.ts';

/** A tool that takes the map's clicks while it is active (measuring, picking a point). */
export interface ClickTool {
  click(e: MapClick): void;
  move?(e: MapClick): void;
  doubleClick?(): void;
}

/**
 * Who gets a click: the active tool first (it selects nothing), then the overlays from the top one
 * down (an imported file's feature), and only then the plan's features.
 */
export function routeClick(tool: ClickTool | null, overlays: readonly Pick<MapOverlay, 'rank' | 'click'>[], e: MapClick): 'tool' | 'overlay' | 'plan' {
  if (tool) {
    tool.click(e);
    return 'tool';
  }
  for (const o of [...overlays].sort((a, b) => b.rank - a.rank)) if (o.click?.(e)) return 'overlay';
  return 'plan';
}

type Hit = Pick<MapGeoJSONFeature, 'properties'> & { layer: { type: string; id: string } };

/** The plan feature a click means: queryRenderedFeatures lists the topmost layer first; points and lines win over the areas under them. */
export function pickTopmost(hits: readonly Hit[], containers: { district?: string | undefined; subdistricts?: string | undefined } = {}): string | null {
  // The district and its sub-districts (the registry layers of those purposes) contain everything
  // else, so they only win where nothing else is.
  const of = (h: Hit, layerId: string | undefined) => layerId !== undefined && h.layer.id.startsWith(`${layerId}-`);
  const rank = (h: Hit) =>
    h.layer.type === 'circle' ? 0 : h.layer.type === 'line' ? 1 : of(h, containers.district) ? 4 : of(h, containers.subdistricts) ? 3 : 2;
  const sorted = [...hits].sort((a, b) => rank(a) - rank(b));
  const id = sorted[0]?.properties.id;
  return typeof id === 'string' ? id : null;
}
