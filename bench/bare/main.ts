/**
 * The floor the app is measured against: MapLibre and nothing else (no React, no UI, no app code),
 * drawing the same GeoJSON files as the app (fetched by MapLibre's worker from `geo/`) on the same
 * camera. Query: `bounds=w,s,e,n` (the app's initial bounds), `w`/`h` (the app's map size in px).
 */
import { Map as MlMap, setWorkerUrl, type LayerSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

interface Registry {
  layers: { id: string; draw: 'fill' | 'line' | 'point' | 'mixed'; tiles?: unknown }[];
}

const q = new URLSearchParams(location.search);
const container = document.getElementById('map') as HTMLElement;
if (q.has('w')) container.style.width = `${q.get('w')}px`;
if (q.has('h')) container.style.height = `${q.get('h')}px`;
const [w, s, e, n] = (q.get('bounds') ?? '121.8,41.05,122.2,41.25').split(',').map(Number) as [number, number, number, number];
const abs = (p: string) => new URL(p, location.href).href;

const registry = (await (await fetch(abs('geo/layers.json'))).json()) as Registry;
const sources: Record<string, { type: 'geojson'; data: string }> = {};
const layers: LayerSpecification[] = [{ id: 'background', type: 'background', paint: { 'background-color': '#f3efe6' } }];
for (const l of registry.layers) {
  if (l.tiles) continue;
  sources[l.id] = { type: 'geojson', data: abs(`geo/${l.id}.geojson`) };
  if (l.draw === 'fill' || l.draw === 'mixed') {
    layers.push({ id: `${l.id}-fill`, type: 'fill', source: l.id, filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]], paint: { 'fill-color': '#7fb77e', 'fill-opacity': 0.4 } });
  }
  layers.push({ id: `${l.id}-line`, type: 'line', source: l.id, filter: ['!', ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]]], paint: { 'line-color': '#4a6b8a', 'line-width': 1.5 } });
  if (l.draw === 'point' || l.draw === 'mixed') {
    layers.push({ id: `${l.id}-point`, type: 'circle', source: l.id, filter: ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]], paint: { 'circle-radius': 5, 'circle-color': '#d35400' } });
  }
}

const map = new MlMap({
  container,
  style: { version: 8, sources, layers },
  bounds: [
    [w, s],
    [e, n],
  ],
  fitBoundsOptions: { padding: 24 },
  attributionControl: false,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
map.on('idle', () => container.setAttribute('data-map-idle', 'true'));
(window as unknown as { planMap?: unknown }).planMap = map;
