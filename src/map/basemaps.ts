/**
 * Basemaps under the plan: the project's own offline base (the default), OpenStreetMap raster tiles,
 * Tianditu (vector or imagery, each with its annotation layer), any MapLibre style, a PMTiles
 * archive. An online basemap is added to the existing style beneath the plan layers, replacing the
 * schematic `base-*` layers while it is shown; when it fails the map falls back to the offline base
 * with one message and tries the online one again in the background.
 *
 * One provider per file in basemaps/ (behind `BasemapProvider`), the network seam in basemaps/net.ts,
 * the attribution in basemaps/attribution.ts, the state machine in basemaps/manager.ts. The words
 * (preset names, messages, attribution) are the caller's: src/map imports no catalogue.
 *
 * Loaded with `import()` after the first screen. The map itself is reached only through
 * `BasemapHost` (the MapController).
 */

export type { AttributionPart } from '../core/attributionText.ts';
export type { BasemapWords, FailureKind, PresetId } from '../core/basemapTypes.ts';
export { attributionOf, htmlToText } from './basemaps/attribution.ts';
export { embeddedBasemap } from './basemaps/embedded.ts';
export { districtHalo } from './basemaps/layers.ts';
export { BasemapManager, type BasemapPhase, type BasemapStatus } from './basemaps/manager.ts';
export { browserNet, corsOrNetwork, fetchOrFail, kindOfStatus, redactKey, statusInMessage, type Net } from './basemaps/net.ts';
export { osmBasemap } from './basemaps/osm.ts';
export { pmtilesBasemap, vectorBasemapLayers, type PmtilesInfo } from './basemaps/pmtiles.ts';
export { failureMessage, presetLabel, presetsOf, type PresetInfo } from './basemaps/presets.ts';
export type { BasemapProvider, PrepareContext } from './basemaps/provider.ts';
export { prepareBasemap, PROVIDERS } from './basemaps/providers.ts';
export { importStyle, type ImportedStyle } from './basemaps/styleUrl.ts';
export { tiandituBasemap, tiandituTemplate, type TiandituLayer } from './basemaps/tianditu.ts';
export { expandSubdomains, probeTileUrl, tileAt } from './basemaps/tiles.ts';
export {
  BASEMAP_PREFIX,
  BasemapFailure,
  type BasemapDraft,
  type BasemapHost,
  type BasemapLayers,
  type SourceFailure,
} from './basemaps/types.ts';
