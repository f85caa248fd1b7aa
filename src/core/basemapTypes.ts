/**
 * What the basemaps (src/map/basemaps/) and their words (src/i18n/*\/basemap.ts) share. It lives in
 * core so that neither imports the other: the map takes the words as an argument.
 */

export const PRESET_IDS = ['embedded', 'osm', 'tianditu-vec', 'tianditu-img', 'style', 'pmtiles'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** Why an online basemap failed; each gets its own message. */
export type FailureKind =
  | 'missing-key'
  | 'offline'
  | 'timeout'
  | 'refused'
  | 'not-found'
  | 'cors'
  | 'network'
  | 'server'
  | 'no-range'
  | 'invalid';

/** The basemaps' words in one language: preset names, why one is unavailable, the attribution, the messages. */
export interface BasemapWords {
  presets: Record<PresetId, string>;
  missingKey: string;
  noStyleUrl: string;
  noPmtilesUrl: string;
  /** The attribution: `<prefix><provider> · <review><审图号>`. */
  prefix: string;
  embedded: string;
  osm: string;
  tianditu: string;
  review: string;
  /** The one message when a basemap fails; `tianditu` when the provider is Tianditu (its refusals read differently). */
  failure(label: string, kind: FailureKind, status: number | null, tianditu: boolean): string;
  /** The one message when tiles of the plan's own tile layers fail. */
  layerTiles: string;
  /** Which datums an online basemap may use (the picker's hint). */
  datum: string;
}
