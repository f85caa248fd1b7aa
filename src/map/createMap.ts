import { Map as MlMap, type StyleSpecification } from 'maplibre-gl';
import type { Bounds } from '../core/geometry/anchor.ts';
import { prefetchLabelGlyphs } from './labelGlyphs.ts';
import { linkProgramsAtFirstFrame } from './programWarmup.ts';
import { downloadShippedIdeographs } from './shippedIdeographs.ts';
import { LOCAL_IDEOGRAPH_FONT_FAMILY } from './style/index.ts';

/** The MapLibre map every view of the app draws on (the explorer's, the presentation's), on `bounds`. */
export function createMap(container: HTMLElement, style: StyleSpecification, [w, s, e, n]: Bounds): MlMap {
  const map = new MlMap({
    container,
    style,
    bounds: [
      [w, s],
      [e, n],
    ],
    fitBoundsOptions: { padding: 24 },
    // CJK characters the shipped glyphs lack are drawn with these local fonts.
    localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY,
    attributionControl: false,
    // The map is one element of the page; the app's keys (Esc, Tab) must keep working around it.
    keyboard: true,
    maxZoom: 18,
    minZoom: 4,
    canvasContextAttributes: { preserveDrawingBuffer: true },
    // A3 at 300 dpi needs a canvas of about 4960 px; MapLibre's default limit is 4096.
    maxCanvasSize: [8192, 8192],
  });
  downloadShippedIdeographs(map);
  prefetchLabelGlyphs(map, style);
  linkProgramsAtFirstFrame(map);
  return map;
}
