import { addProtocol } from 'maplibre-gl';
import type { LayerEntry } from '../core/layerRegistry.ts';

let registered: Promise<void> | null = null;

/** True when a registry layer reads a PMTiles archive. */
export function needsPmtiles(layers: LayerEntry[]): boolean {
  return layers.some((l) => l.tiles?.url.startsWith('pmtiles://'));
}

/**
 * Lets MapLibre read `pmtiles://` sources: one archive served by any static host that answers HTTP
 * range requests. The `pmtiles` package is loaded only when a registry layer needs it, and the
 * protocol must be in place before the map's style is set.
 */
export function registerPmtilesProtocol(): Promise<void> {
  registered ??= import('pmtiles').then(({ Protocol }) => {
    addProtocol('pmtiles', new Protocol().tile);
  });
  return registered;
}
