/* shpjs 6 ships no types: the two functions the importer uses (lib/index.js). */
declare module 'shpjs' {
  /** The geometries of a .shp, in the file's own coordinates when no projection is given. */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView, prj?: string | false): (GeoJSON.Geometry | null)[];
  /** The rows of a .dbf; `cpg` is the encoding's name (a .cpg file's text), UTF-8 when absent. */
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView, cpg?: string): Record<string, unknown>[];
}
