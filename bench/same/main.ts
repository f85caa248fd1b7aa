/**
 * The second floor the app is measured against: MapLibre and nothing else, drawing exactly the style
 * the app's build writes as `style.json` (the app's sources with the same data, its 16 layers and
 * their labels, its glyphs) with the map options that change what is drawn (CJK labels drawn locally
 * with the same font family, the CJK characters the glyphs ship downloaded, the first view's glyphs
 * fetched at style load and the layers' shader programs linked in the first frame, as the app's map
 * does: src/map/shippedIdeographs.ts, src/map/labelGlyphs.ts and src/map/programWarmup.ts, the
 * modules of the app it imports). The app / this page ratio is the app's
 * own overhead (React, panels, state, chunks). Query: `style=<url of style.json>`, `bounds=w,s,e,n`,
 * `w`/`h` (the app's map size), `glyphs=local` (all CJK drawn locally), `prefetch=0` (glyphs fetched
 * only when MapLibre's worker asks, as before src/map/labelGlyphs.ts), `programs=lazy` (each program
 * linked by the first frame that draws its layer type, as before src/map/programWarmup.ts).
 */
import { Map as MlMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { downloadShippedIdeographs } from '../../src/map/shippedIdeographs.ts';
import { prefetchLabelGlyphs } from '../../src/map/labelGlyphs.ts';
import { linkProgramsAtFirstFrame } from '../../src/map/programWarmup.ts';

setWorkerUrl(workerUrl);

/** The app's (src/map/style/glyphs.ts); a copy. */
const LOCAL_IDEOGRAPH_FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

const q = new URLSearchParams(location.search);
const container = document.getElementById('map') as HTMLElement;
if (q.has('w')) container.style.width = `${q.get('w')}px`;
if (q.has('h')) container.style.height = `${q.get('h')}px`;
const [w, s, e, n] = (q.get('bounds') ?? '121.8,41.05,122.2,41.25').split(',').map(Number) as [number, number, number, number];
const styleUrl = new URL(q.get('style') ?? '../app/style.json', location.href);
const style = (await (await fetch(styleUrl)).json()) as StyleSpecification;
// MapLibre's worker needs an absolute glyphs URL; keep `{fontstack}`/`{range}` unescaped.
if (style.glyphs) style.glyphs = new URL(style.glyphs, styleUrl).href.replace(/%7B(fontstack|range)%7D/g, '{$1}');

const map = new MlMap({
  container,
  style,
  bounds: [
    [w, s],
    [e, n],
  ],
  fitBoundsOptions: { padding: 24 },
  localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY,
  attributionControl: false,
  maxZoom: 18,
  minZoom: 4,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
// `glyphs=local`: every CJK character drawn on the main thread, as before glyphs were shipped (the bench's A/B).
if (q.get('glyphs') !== 'local') downloadShippedIdeographs(map);
if (q.get('prefetch') !== '0') prefetchLabelGlyphs(map, style);
if (q.get('programs') !== 'lazy') linkProgramsAtFirstFrame(map);
map.on('idle', () => container.setAttribute('data-map-idle', 'true'));
(window as unknown as { planMap?: unknown }).planMap = map;
