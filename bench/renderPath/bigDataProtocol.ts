import type { GeoJSON, GeoJsonProperties } from 'geojson';
import type { BinaryData } from './binary.ts';
import type { DataSize, RenderPath } from './renderPath.ts';

/** Messages from the page to bench/renderPath/bigData.worker.ts. */
export type BigDataRequest =
  | {
      type: 'load';
      /** An absolute URL, a file the user picked, its bytes, or already parsed GeoJSON. */
      source: string | Blob | ArrayBuffer | GeoJSON;
      /** Forces a path; by default the worker applies `renderPathFor`. */
      path?: 'geojson' | 'deck-binary';
      /** Colours by the `status` property (hex), and for anything else. */
      colors: { byStatus: Record<string, string>; fallback: string };
      /** Keep the parsed features in the worker, so a click can ask for one feature's properties. */
      keepProperties: boolean;
    }
  | { type: 'properties'; requestId: number; featureIndex: number };

/** Messages back. */
export type BigDataReply =
  | {
      type: 'loaded';
      size: DataSize;
      /** What `renderPathFor` says for this size (may be `tiles`, which no in-browser path is). */
      recommended: RenderPath;
      path: 'geojson';
      geojson: GeoJSON;
    }
  | { type: 'loaded'; size: DataSize; recommended: RenderPath; path: 'deck-binary'; binary: BinaryData }
  | { type: 'properties'; requestId: number; properties: GeoJsonProperties }
  | { type: 'error'; message: string };
