import type { Geometry } from 'geojson';
import type { Crs } from '../../core/crs/toWgs84.ts';

/* What the importer takes and gives (parseGeoJsonImport.ts), apart from the code that does it. */

export type Bounds = [number, number, number, number];

export interface ImportOptions {
  /** Files larger than this are refused before parsing. @default 50 MB (52,428,800 bytes) */
  maxBytes?: number;
  /** The district's bounds (west, south, east, north), for the "outside the area" warning. */
  districtBbox?: Bounds;
  /** How far around the district a feature may lie before it is flagged. @default 50 */
  marginKm?: number;
  /** @default 100 */
  maxDepth?: number;
  /** How many errors and how many warnings are listed. @default 20 */
  maxListed?: number;
  /** The CRS the user chose; absent for "automatic" (the .prj, the format, else the numbers). */
  crs?: Crs;
  /** Return `forMap` (the features as text, cheap to hand to the main thread) and an empty `collection`. @default false */
  forMap?: boolean;
  /** What the text was made from, when it was not a GeoJSON file (importPipeline.ts). */
  source?: ImportSource;
}

/** A Shapefile or KML already turned into GeoJSON text, with what it said about its CRS. */
export interface ImportSource {
  format: 'geojson' | 'shapefile' | 'kml';
  /** The Shapefile's .prj text. */
  prj?: string;
}

/** The CRS an import was read in ("EPSG:4529", "GCJ-02", "WGS-84") and where that came from. */
export interface CrsUsed {
  label: string;
  from: 'choice' | 'prj' | 'format' | 'numbers';
}

export type ImportProblemCode =
  | 'too-large'
  | 'too-many'
  | 'encoding'
  | 'format'
  | 'syntax'
  | 'too-deep'
  | 'duplicate-key'
  | 'unsafe-key'
  | 'structure'
  | 'geometry'
  | 'null-geometry'
  | 'bare-geometry'
  | 'crs'
  | 'projected'
  | 'read'
  | 'encoding-guessed'
  | 'bad-id'
  | 'outside-district'
  | 'swapped'
  | 'self-intersection'
  | 'unchecked'
  | 'empty';

/** A located problem: where (feature, path, and for text problems line and column) and what, in 中文 and English. */
export interface ImportProblem {
  severity: 'error' | 'warning';
  code: ImportProblemCode;
  /** Index into `features` (or 0 for a single Feature or geometry), null for the file as a whole. */
  featureIndex: number | null;
  /** Path into the file, e.g. `features[3].geometry.coordinates[0][2]`; '' for the whole file. */
  path: string;
  line?: number;
  column?: number;
  /** The text around a syntax error. */
  excerpt?: string;
  zh: string;
  en: string;
  /** `zh / en`, ready to show. */
  message: string;
}
export type LocatedError = ImportProblem;

export interface ImportedFeature {
  type: 'Feature';
  id?: string | number;
  geometry: Geometry | null;
  /**
   * The file's properties, in the file's order (but names like "0", "12" first, as JSON.parse orders
   * them; unsafe keys removed), in a `Map`: any name — `toString`,
   * `hasOwnProperty` — is only a key, and no object with a prototype carries them to the popup. The
   * values are JSON data. Show as text only.
   */
  properties: Map<string, unknown>;
}

export interface ImportedCollection {
  type: 'FeatureCollection';
  features: ImportedFeature[];
}

export interface ImportStats {
  bytes: number;
  features: number;
  positions: number;
  ms: number;
}

export type ImportResult =
  | {
      ok: true;
      collection: ImportedCollection;
      warnings: ImportProblem[];
      warningCount: number;
      /** Bounds of every position, or null when nothing has a geometry. */
      bbox: Bounds | null;
      stats: ImportStats;
      crs: CrsUsed;
      /** Whether some feature lies within `marginKm` of the district; null without a district or geometry. */
      nearDistrict: boolean | null;
      /** With the `forMap` option (`collection.features` is then empty): see MapPayload. */
      forMap?: MapPayload;
    }
  | { ok: false; errors: ImportProblem[]; errorCount: number; warnings: ImportProblem[]; warningCount: number };


/**
 * An import as the map takes it, made in the worker: strings cross to the main thread as one copy,
 * where thousands of objects would each be rebuilt there (importMapPayload.ts).
 */
export interface MapPayload {
  /** A FeatureCollection of the features with a geometry, each with only its index `i` as property. */
  geojson: string;
  /** Each feature's properties, by index, as the JSON text of its [key, value] pairs. */
  properties: string[];
}
