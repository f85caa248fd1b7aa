import type { ImportResult, MapPayload } from './importTypes.ts';

/**
 * Turns an accepted import into what the map takes (MapPayload) and empties its collection: the
 * worker sends text, the main thread hands the GeoJSON text to MapLibre's own worker as a `blob:` URL
 * and reads a feature's properties only when it is clicked.
 */
export function toMapPayload(result: ImportResult): ImportResult {
  if (!result.ok) return result;
  const features = result.collection.features;
  const properties = features.map((f) => JSON.stringify([...f.properties]));
  const drawable = features.flatMap((f, i) => (f.geometry ? [{ type: 'Feature', geometry: f.geometry, properties: { i } }] : []));
  const payload: MapPayload = { geojson: JSON.stringify({ type: 'FeatureCollection', features: drawable }), properties };
  return { ...result, collection: { type: 'FeatureCollection', features: [] }, forMap: payload };
}

/** A feature's properties from its MapPayload text: a Map, so any key (`toString`, `__proto__`) is only a key. */
export function propertiesOf(text: string): Map<string, unknown> {
  return new Map(JSON.parse(text) as [string, unknown][]);
}
