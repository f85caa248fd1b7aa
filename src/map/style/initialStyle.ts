import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureStore } from '../../core/featureStore.ts';
import { DEFAULT_COLOUR_BY, lightPalette } from '../../core/palette.ts';
import { buildStyle } from './build.ts';

/** Where `style.json` points for glyphs: next to it, as the app ships them (public/glyphs). */
export const STYLE_JSON_GLYPHS = 'glyphs/{fontstack}/{range}.pbf';

/**
 * The style the explorer opens with (light palette, Chinese, coloured by kind, no filter, no basemap), as plain data:
 * the build writes it as `style.json` (vite.config.ts) so that the bench can draw exactly the app's
 * first map in a bare MapLibre page and tell the app's own overhead from the cost of the map. The
 * glyphs URL is relative to the file; a page using it makes it absolute.
 */
export function initialStyle(store: FeatureStore, districtSource?: string): StyleSpecification {
  return buildStyle(store, { palette: lightPalette, lang: 'zh', glyphsUrl: STYLE_JSON_GLYPHS, districtSource, colourBy: DEFAULT_COLOUR_BY });
}
