/// <reference lib="webworker" />
/**
 * Off the page's thread: fetches (or reads) a GeoJSON file, measures it, picks the render path and,
 * for deck.gl, converts it into typed arrays that are transferred, not copied, to the page. Keeps
 * the parsed features so that a click can ask for one feature's properties.
 */
import type { GeoJSON, GeoJsonProperties } from 'geojson';
import { hexToRgba, toBinary, transferablesOf, type Rgba } from './binary.ts';
import { measureGeoJson, renderPathFor, type RenderPath } from './renderPath.ts';
import type { BigDataReply, BigDataRequest } from './bigDataProtocol.ts';

declare const self: DedicatedWorkerGlobalScope;

let kept: { properties: GeoJsonProperties }[] | null = null;

function reply(m: BigDataReply, transfer: Transferable[] = []): void {
  self.postMessage(m, transfer);
}

async function read(req: Extract<BigDataRequest, { type: 'load' }>): Promise<GeoJSON> {
  const src = req.source;
  if (typeof src === 'string') {
    const res = await fetch(src);
    if (!res.ok) throw new Error(`${src}: HTTP ${res.status}`);
    return (await res.json()) as GeoJSON;
  }
  if (src instanceof Blob) return JSON.parse(await src.text()) as GeoJSON;
  if (src instanceof ArrayBuffer) return JSON.parse(new TextDecoder().decode(src)) as GeoJSON;
  return src;
}

self.onmessage = async (ev: MessageEvent<BigDataRequest>) => {
  const req = ev.data;
  if (req.type === 'properties') {
    reply({ type: 'properties', requestId: req.requestId, properties: kept?.[req.featureIndex]?.properties ?? null });
    return;
  }
  try {
    const data = await read(req);
    const size = measureGeoJson(data);
    const recommended = renderPathFor(size);
    const path: Exclude<RenderPath, 'tiles'> = req.path ?? (recommended === 'geojson' ? 'geojson' : 'deck-binary');
    kept = req.keepProperties ? (data.type === 'FeatureCollection' ? data.features : data.type === 'Feature' ? [data] : []) : null;
    if (path === 'geojson') {
      reply({ type: 'loaded', size, recommended, path, geojson: data });
      return;
    }
    const fallback = hexToRgba(req.colors.fallback);
    const byStatus = new Map<unknown, Rgba>(Object.entries(req.colors.byStatus).map(([k, v]) => [k, hexToRgba(v)]));
    const binary = toBinary(data, (p) => byStatus.get(p?.status) ?? fallback);
    reply({ type: 'loaded', size, recommended, path, binary }, transferablesOf(binary));
  } catch (e) {
    reply({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
