import type { Layer } from '@deck.gl/core';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { GeoJSON, GeoJsonProperties } from 'geojson';
import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification, Map as MlMap } from 'maplibre-gl';
import type { BinaryData } from './binary.ts';
import type { BigDataReply, BigDataRequest } from './bigDataProtocol.ts';
import { lightPalette, type Palette } from '../../src/core/palette.ts';
import { measureGeoJson, renderPathFor, type DataSize, type RenderPath } from './renderPath.ts';

export { renderPathFor, measureGeoJson, RENDER_PATH_LIMITS, type DataSize, type RenderPath } from './renderPath.ts';

/** A dataset: an absolute or page-relative URL, a file the user picked, its bytes, or parsed GeoJSON. */
export type BigDataSource = string | URL | Blob | ArrayBuffer | GeoJSON;

export interface BigLayerOptions {
  /** Map ids are derived from it (`big-<id>-fill`, …); unique per map. @default 'big' */
  id?: string;
  /** Forces a path (the benchmark compares them); by default `renderPathFor` decides by size. */
  path?: 'geojson' | 'deck-binary';
  /** Colours by the `status` property, as the plan's layers. @default lightPalette */
  palette?: Palette;
  /** Keep the features in the worker so `propertiesOf` can answer (deck.gl path). @default true */
  keepProperties?: boolean;
}

export interface BigLayerHandle {
  id: string;
  path: 'geojson' | 'deck-binary';
  /** Unknown (null) when a URL went straight to MapLibre (`path: 'geojson'` forced). */
  size: DataSize | null;
  /** What `renderPathFor` says; `tiles` means: this belongs in vector tiles (`npm run tiles`). */
  recommended: RenderPath | null;
  /** The deck.gl layers drawn (empty on the GeoJSON path), e.g. to hand to another overlay. */
  deckLayers: Layer[];
  /** The source feature of what deck.gl picked (`info.layer.id`, `info.index`); -1 when unknown. */
  featureIndexOf(deckLayerId: string, index: number): number;
  /** The properties of a feature picked on the deck.gl path (by its index in the source). */
  propertiesOf(featureIndex: number): Promise<GeoJsonProperties>;
  remove(): void;
}

/** addBigLayer resolves at the latest after this long, drawn or not. */
const DRAW_TIMEOUT_MS = 60_000;

function absolute(u: string | URL): string {
  return new URL(u, typeof window === 'undefined' ? undefined : window.location.href).href;
}

function statusColor(p: Palette): ExpressionSpecification {
  return ['match', ['get', 'status'], ...Object.entries(p.status).flat(), p.status.existing] as unknown as ExpressionSpecification;
}

/** The GeoJSON path's map layers: the same look as the deck.gl path (status colours, outlines, dots). */
export function bigGeoJsonLayers(id: string, source: string, p: Palette = lightPalette): LayerSpecification[] {
  const color = statusColor(p);
  const polygons: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
  const points: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];
  return [
    { id: `${id}-fill`, type: 'fill', source, filter: polygons, paint: { 'fill-color': color, 'fill-opacity': 0.45 } },
    { id: `${id}-line`, type: 'line', source, filter: ['!', points], paint: { 'line-color': color, 'line-width': 1 } },
    { id: `${id}-point`, type: 'circle', source, filter: points, paint: { 'circle-color': color, 'circle-radius': 3 } },
  ];
}

interface OverlayEntry {
  overlay: MapLibreOverlay;
  layers: Map<string, Layer[]>;
  /** Callers waiting for deck.gl to have drawn their layers once (`ready`: linked before this frame). */
  waiting: { layers: Layer[]; ready: boolean; resolve(): void }[];
  map: MlMap;
}

/** One deck.gl overlay per map, shared by every big layer on it (interleaved: one WebGL context). */
const overlays = new WeakMap<MlMap, OverlayEntry>();

/** True when every shader program of the layer is linked (luma.gl links them asynchronously). */
function linked(l: Layer): boolean {
  if (!l.isLoaded) return false;
  return l.getModels().every((m) => m.pipeline.linkStatus !== 'pending');
}

/**
 * deck.gl sets up its device asynchronously, and luma.gl links shader programs asynchronously
 * (KHR_parallel_shader_compile) and skips a draw whose program is not linked yet: a layer handed
 * over is drawn some frames later, seconds later with a software GPU. A caller waits for the first
 * frame drawn after its layers' programs were linked.
 */
function afterRender(entry: OverlayEntry): void {
  const pending: OverlayEntry['waiting'] = [];
  for (const w of entry.waiting) {
    if (w.ready) {
      w.resolve();
      continue;
    }
    w.ready = w.layers.every(linked);
    pending.push(w);
  }
  entry.waiting = pending;
  // Keep frames coming until the programs are linked and one frame has drawn with them.
  if (pending.length > 0) requestAnimationFrame(() => entry.map.triggerRepaint());
}

function refresh(map: MlMap): void {
  const o = overlays.get(map);
  if (!o) return;
  o.overlay.setProps({ layers: [...o.layers.values()].flat() });
  map.triggerRepaint();
}

/**
 * deck.gl layers for converted data: polygons from precomputed triangles (no tessellation on the
 * page), outlines and lines as paths, points as dots; all attributes are typed arrays.
 */
export async function deckLayersFor(id: string, b: BinaryData): Promise<Layer[]> {
  const { SolidPolygonLayer, PathLayer, ScatterplotLayer } = await import('@deck.gl/layers');
  const layers: Layer[] = [];
  if (b.polygons.length > 0) {
    layers.push(
      new SolidPolygonLayer({
        id: `${id}-fill`,
        data: {
          length: b.polygons.length,
          startIndices: b.polygons.startIndices,
          attributes: {
            getPolygon: { value: b.polygons.positions, size: 2 },
            indices: b.polygons.indices,
            getFillColor: { value: b.polygons.colors, size: 4 },
          },
        },
        _normalize: false,
        positionFormat: 'XY',
        pickable: true,
      }),
    );
  }
  if (b.paths.length > 0) {
    layers.push(
      new PathLayer({
        id: `${id}-line`,
        data: {
          length: b.paths.length,
          startIndices: b.paths.startIndices,
          attributes: {
            getPath: { value: b.paths.positions, size: 2 },
            getColor: { value: b.paths.colors, size: 4 },
          },
        },
        _pathType: 'open',
        positionFormat: 'XY',
        getWidth: 1,
        widthUnits: 'pixels',
        pickable: true,
      }),
    );
  }
  if (b.points.length > 0) {
    layers.push(
      new ScatterplotLayer({
        id: `${id}-point`,
        data: {
          length: b.points.length,
          attributes: {
            getPosition: { value: b.points.positions, size: 2 },
            getFillColor: { value: b.points.colors, size: 4 },
          },
        },
        getRadius: 3,
        radiusUnits: 'pixels',
        pickable: true,
      }),
    );
  }
  return layers;
}

function load(
  worker: Worker,
  req: Extract<BigDataRequest, { type: 'load' }>,
): Promise<Extract<BigDataReply, { type: 'loaded' }>> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (ev: MessageEvent<BigDataReply>) => {
      if (ev.data.type === 'loaded') resolve(ev.data);
      else if (ev.data.type === 'error') reject(new Error(ev.data.message));
    };
    worker.onerror = (e) => reject(new Error(e.message || 'the big-data worker failed'));
    worker.postMessage(req);
  });
}

/**
 * Draws a large dataset on a MapLibre map by the faster path for its size (`renderPathFor`), and
 * resolves once it is on the map (for deck.gl: drawn once):
 * MapLibre's GeoJSON source for small data, deck.gl with binary attributes above
 * `RENDER_PATH_LIMITS.geojsonMaxVertices`. deck.gl is loaded on first use. Reading, measuring and
 * converting run in a worker. Data above `browserMaxVertices` is still drawn (deck.gl), but
 * `recommended` is then `tiles`: such data should be pre-tiled (`npm run tiles`) and listed in the
 * layer registry as a `tiles` layer.
 */
export async function addBigLayer(map: MlMap, source: BigDataSource, options: BigLayerOptions = {}): Promise<BigLayerHandle> {
  const id = `big-${options.id ?? 'big'}`;
  const palette = options.palette ?? lightPalette;
  const sourceId = `${id}-src`;
  const addGeoJson = (data: GeoJSONSourceSpecification['data']) => {
    map.addSource(sourceId, { type: 'geojson', data });
    for (const l of bigGeoJsonLayers(id, sourceId, palette)) map.addLayer(l);
  };
  const removeGeoJson = () => {
    for (const l of bigGeoJsonLayers(id, sourceId, palette)) if (map.getLayer(l.id)) map.removeLayer(l.id);
    if (map.getSource(sourceId)) map.removeSource(sourceId);
  };
  const noProperties = () => Promise.resolve(null);

  // A URL forced onto the GeoJSON path goes straight to MapLibre's worker, as a bare page would.
  if (options.path === 'geojson' && (typeof source === 'string' || source instanceof URL)) {
    addGeoJson(absolute(source));
    return { id, path: 'geojson', size: null, recommended: null, deckLayers: [], featureIndexOf: () => -1, propertiesOf: noProperties, remove: removeGeoJson };
  }
  // Parsed GeoJSON that fits the GeoJSON path needs no worker at all.
  if (typeof source === 'object' && 'type' in source && !(source instanceof Blob) && !(source instanceof URL)) {
    const size = measureGeoJson(source);
    const recommended = renderPathFor(size);
    if (options.path === 'geojson' || (!options.path && recommended === 'geojson')) {
      addGeoJson(source);
      return { id, path: 'geojson', size, recommended, deckLayers: [], featureIndexOf: () => -1, propertiesOf: noProperties, remove: removeGeoJson };
    }
  }

  const worker = new Worker(new URL('./bigData.worker.ts', import.meta.url), { type: 'module', name: 'big-data' });
  const keepProperties = options.keepProperties ?? true;
  let loaded: Extract<BigDataReply, { type: 'loaded' }>;
  try {
    loaded = await load(worker, {
      type: 'load',
      source: typeof source === 'string' || source instanceof URL ? absolute(source) : source,
      path: options.path,
      colors: { byStatus: palette.status, fallback: palette.status.existing },
      keepProperties,
    });
  } catch (e) {
    worker.terminate();
    throw e;
  }
  if (loaded.path === 'geojson') {
    worker.terminate();
    addGeoJson(loaded.geojson);
    return { id, path: 'geojson', size: loaded.size, recommended: loaded.recommended, deckLayers: [], featureIndexOf: () => -1, propertiesOf: noProperties, remove: removeGeoJson };
  }
  if (!keepProperties) worker.terminate();

  const [deckLayers, { MapLibreOverlay }] = await Promise.all([deckLayersFor(id, loaded.binary), import('@deck.gl/maplibre')]);
  let entry = overlays.get(map);
  if (!entry) {
    // Interleaved: deck.gl draws into MapLibre's own context and frame, above every map layer
    // (never below labels: visgl/deck.gl#10700).
    const created: OverlayEntry = {
      overlay: new MapLibreOverlay({ interleaved: true, layers: [], onAfterRender: () => afterRender(created) }),
      layers: new Map(),
      waiting: [],
      map,
    };
    entry = created;
    overlays.set(map, entry);
    map.addControl(entry.overlay);
  }
  const target = entry;
  target.layers.set(id, deckLayers);
  // Resolves once deck.gl has drawn these layers (shaders linked, arrays uploaded).
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, DRAW_TIMEOUT_MS);
    target.waiting.push({
      layers: deckLayers,
      ready: false,
      resolve: () => {
        clearTimeout(timer);
        resolve();
      },
    });
    refresh(map);
  });

  let next = 0;
  const pending = new Map<number, (p: GeoJsonProperties) => void>();
  if (keepProperties) {
    worker.onmessage = (ev: MessageEvent<BigDataReply>) => {
      if (ev.data.type !== 'properties') return;
      pending.get(ev.data.requestId)?.(ev.data.properties);
      pending.delete(ev.data.requestId);
    };
  }
  return {
    id,
    path: 'deck-binary',
    size: loaded.size,
    recommended: loaded.recommended,
    deckLayers,
    featureIndexOf(deckLayerId, index) {
      const b = loaded.binary;
      const table = deckLayerId.endsWith('-fill') ? b.polygons : deckLayerId.endsWith('-line') ? b.paths : b.points;
      return table.featureIndex[index] ?? -1;
    },
    propertiesOf(featureIndex) {
      if (!keepProperties) return noProperties();
      return new Promise((resolve) => {
        const requestId = next++;
        pending.set(requestId, resolve);
        worker.postMessage({ type: 'properties', requestId, featureIndex } satisfies BigDataRequest);
      });
    },
    remove() {
      worker.terminate();
      const e = overlays.get(map);
      if (!e) return;
      e.layers.delete(id);
      if (e.layers.size === 0) {
        map.removeControl(e.overlay);
        overlays.delete(map);
      } else refresh(map);
    },
  };
}
