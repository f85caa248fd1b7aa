/**
 * KML and KMZ as GeoJSON text, on the main thread: @tmcw/togeojson reads a DOM document and workers have
 * no DOMParser. A chunk of its own, loaded only when a KML file is imported. The GeoJSON it returns then
 * goes to the worker for the same checks as any GeoJSON file. KML is WGS-84 by definition (OGC KML 2.2).
 */
import { kml } from '@tmcw/togeojson';
import { unzipSync } from 'fflate';

export type KmlRead = { ok: true; text: string } | { ok: false; zh: string; en: string };

/** The XML's own encoding (`<?xml … encoding="GBK"?>`), else UTF-8. */
function decodeXml(b: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(b.subarray(0, 200));
  const declared = /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(b);
  } catch {
    return new TextDecoder('utf-8').decode(b);
  }
}

/** The KML inside a KMZ: doc.kml when there is one (Google Earth's name), else the first .kml. */
function kmlOfKmz(b: Uint8Array): Uint8Array | null {
  const entries = unzipSync(b, { filter: (f) => /\.kml$/i.test(f.name) && !f.name.includes('__MACOSX') });
  const names = Object.keys(entries).sort();
  const pick = names.find((n) => /(^|\/)doc\.kml$/i.test(n)) ?? names[0];
  return pick ? entries[pick]! : null;
}

export function readKml(bytes: Uint8Array, zipped: boolean): KmlRead {
  let raw: Uint8Array | null = bytes;
  if (zipped) {
    try {
      raw = kmlOfKmz(bytes);
    } catch (e) {
      return { ok: false, zh: `KMZ 压缩包无法读取（${(e as Error).message}）`, en: `the KMZ archive cannot be read (${(e as Error).message})` };
    }
    if (!raw) return { ok: false, zh: 'KMZ 中没有 .kml 文件', en: 'the KMZ holds no .kml file' };
  }
  const doc = new DOMParser().parseFromString(decodeXml(raw), 'text/xml');
  const bad = doc.getElementsByTagName('parsererror')[0];
  if (bad) {
    const why = (bad.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    return { ok: false, zh: `KML 不是格式正确的 XML：${why}`, en: `the KML is not well-formed XML: ${why}` };
  }
  const fc = kml(doc);
  if (fc.features.length === 0) return { ok: false, zh: 'KML 中没有地标（Placemark）', en: 'the KML holds no Placemark' };
  return { ok: true, text: JSON.stringify(fc) };
}
