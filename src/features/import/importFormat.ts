/**
 * What kind of file the user gave, from its bytes, not its name: a ZIP (`PK\x03\x04`) holding a
 * Shapefile or a .kml (a KMZ), KML text (`<kml` near the start, after any XML prolog), else GeoJSON.
 * Pure; fflate's unzip only lists the archive's names here.
 */
import { unzipSync } from 'fflate';

export type ImportFormat = 'geojson' | 'shapefile' | 'kml' | 'kmz' | 'zip-other';

export const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The names inside a ZIP without inflating any of them; null when it is not a readable ZIP. */
export function zipNames(b: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(b, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names.filter((n) => !n.includes('__MACOSX') && !n.endsWith('/'));
}

/** Looks for `<kml` in the first 4 KB, decoded leniently (an XML prolog, a BOM or comments may come first). */
function looksLikeKml(b: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(b.subarray(0, 4096));
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(\w+:)?kml[\s>]/i.test(head.replace(/^\uFEFF/, ''));
}

export function detectFormat(b: Uint8Array): { format: ImportFormat; names?: string[] } {
  if (isZip(b)) {
    const names = zipNames(b) ?? [];
    const lower = names.map((n) => n.toLowerCase());
    if (lower.some((n) => n.endsWith('.shp'))) return { format: 'shapefile', names };
    if (lower.some((n) => n.endsWith('.kml'))) return { format: 'kmz', names };
    return { format: 'zip-other', names };
  }
  if (looksLikeKml(b)) return { format: 'kml' };
  return { format: 'geojson' };
}
