/**
 * One scale case on an otherwise bare map, so that the ratios isolate the data path:
 * `?case=polygons-10k&path=bare|geojson|deck-binary|tiles&bounds=w,s,e,n`.
 * - `bare`: a plain MapLibre GeoJSON source with constant colours (the floor);
 * - `geojson`, `deck-binary`: the app's `addBigLayer` (bench/renderPath/bigData.ts) forced onto that path;
 * - `tiles`: the same data cut by `npm run tiles` (GDAL), read as a static `{z}/{x}/{y}.pbf` tree.
 * The container gets `data-map-idle="true"` at the first `idle` after the data was added.
 */
import { Map as MlMap, setWorkerUrl, type ExpressionSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

const q = new URLSearchParams(location.search);
const name = q.get('case') ?? 'polygons-1k';
const path = q.get('path') ?? 'bare';
const container = document.getElementById('map') as HTMLElement;
const [w, s, e, n] = (q.get('bounds') ?? '121.642,40.999,122.299,41.341').split(',').map(Number) as [number, number, number, number];
const abs = (p: string) => new URL(p, location.href).href;

const map = new MlMap({
  container,
  style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#efece4' } }] },
  bounds: [
    [w, s],
    [e, n],
  ],
  fitBoundsOptions: { padding: 24 },
  attributionControl: false,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
(window as unknown as { planMap?: unknown }).planMap = map;

const polygons: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const points: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];

async function addData(): Promise<void> {
  if (path === 'bare' || path === 'tiles') {
    const tiled = path === 'tiles';
    map.addSource(
      'data',
      tiled
        ? { type: 'vector', tiles: [abs(`../data/${name}-tiles/{z}/{x}/{y}.pbf`)], minzoom: 0, maxzoom: Number(q.get('maxzoom') ?? 12) }
        : { type: 'geojson', data: abs(`../data/${name}.geojson`) },
    );
    const src = tiled ? { source: 'data', 'source-layer': 'data' } : { source: 'data' };
    map.addLayer({ id: 'fill', type: 'fill', ...src, filter: polygons, paint: { 'fill-color': '#1d5fd1', 'fill-opacity': 0.45 } });
    map.addLayer({ id: 'line', type: 'line', ...src, filter: ['!', points], paint: { 'line-color': '#1d5fd1', 'line-width': 1 } });
    map.addLayer({ id: 'point', type: 'circle', ...src, filter: points, paint: { 'circle-color': '#1d5fd1', 'circle-radius': 3 } });
    return;
  }
  const { addBigLayer } = await import('../renderPath/bigData.ts');
  const handle = await addBigLayer(map, abs(`../data/${name}.geojson`), {
    path: path === 'geojson' ? 'geojson' : 'deck-binary',
    keepProperties: false,
  });
  (window as unknown as { bigLayer?: unknown }).bigLayer = { path: handle.path, size: handle.size, recommended: handle.recommended };
}

map.once('load', () => {
  addData()
    .then(() => {
      map.once('idle', () => container.setAttribute('data-map-idle', 'true'));
      map.triggerRepaint();
    })
    .catch((err: unknown) => {
      container.setAttribute('data-map-error', err instanceof Error ? err.message : String(err));
    });
});
