/**
 * Files that are not GeoJSON, named by what they are, so the message says what was found instead of
 * "perhaps GBK" or a JSON syntax error at line 1: a Shapefile's .shp or .dbf on its own, a GeoPackage,
 * a PDF, text in UTF-16 without a byte-order mark, a DXF drawing, GPX. (ZIP, KML and KMZ are read:
 * importFormat.ts.) Pure.
 */

export interface ForeignFormat {
  format: string;
  zh: string;
  en: string;
}

const CLI_ZH = '浏览器中不能导入：请用 npm run data:import 转换，或在 GIS 软件中导出为 GeoJSON、Shapefile（.zip）或 KML';
const CLI_EN = 'cannot be imported in the browser: convert it with npm run data:import, or export GeoJSON, a zipped Shapefile or KML from your GIS';

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** dBASE: a version byte, a plausible date, a header of 32-byte field descriptors ending in 0x0D. */
function isDbf(b: Uint8Array): boolean {
  if (b.length < 33 || ![0x03, 0x04, 0x30, 0x31, 0x83, 0x8b, 0xf5].includes(b[0]!)) return false;
  const month = b[2]!;
  const day = b[3]!;
  const headerLen = b[8]! | (b[9]! << 8);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && headerLen >= 65 && (headerLen - 1) % 32 === 0 && (headerLen > b.length || b[headerLen - 1] === 0x0d);
}

/** UTF-16 without a BOM: ASCII text leaves every other byte zero. */
function utf16WithoutBom(b: Uint8Array): 'LE' | 'BE' | null {
  const n = Math.min(b.length, 1024) & ~1;
  if (n < 8 || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.3 && evenZero < half * 0.05) return 'LE';
  if (evenZero > half * 0.3 && oddZero < half * 0.05) return 'BE';
  return null;
}

/** What a file's bytes are when they are plainly not GeoJSON, or null. */
export function foreignBinary(b: Uint8Array): ForeignFormat | null {
  if (startsWith(b, [0x00, 0x00, 0x27, 0x0a])) {
    return {
      format: 'shp',
      zh: '这是 Shapefile 的 .shp 文件（只有几何）：请把同名的 .shp、.shx、.dbf、.prj（及 .cpg）一起压缩成 .zip 再导入',
      en: 'this is the .shp part of a Shapefile (geometry only): zip it with its .shx, .dbf, .prj (and .cpg) of the same name and import the .zip',
    };
  }
  if (isDbf(b)) {
    return {
      format: 'dbf',
      zh: '这是 Shapefile 的 .dbf 属性表（没有几何）：请把同名的 .shp、.shx、.dbf、.prj 一起压缩成 .zip 再导入',
      en: 'this is the .dbf attribute table of a Shapefile (no geometry): zip it with its .shp, .shx and .prj and import the .zip',
    };
  }
  if (startsWith(b, ascii('SQLite format 3\0'))) return { format: 'gpkg', zh: `这是 GeoPackage / SQLite 数据库：${CLI_ZH}`, en: `this is a GeoPackage / SQLite database: it ${CLI_EN}` };
  if (startsWith(b, ascii('%PDF'))) return { format: 'pdf', zh: '这是 PDF 文档，不是地理数据文件', en: 'this is a PDF document, not a geodata file' };
  const utf16 = utf16WithoutBom(b);
  if (utf16) {
    return {
      format: `utf-16${utf16.toLowerCase()}`,
      zh: `文件是没有 BOM 的 UTF-16（${utf16}）编码：请另存为 UTF-8 后再导入`,
      en: `the file is UTF-16 (${utf16}) without a byte-order mark: save it as UTF-8 and import again`,
    };
  }
  return null;
}

/** What a decoded text is when it is plainly another text format (DXF, GPX), or null. */
export function foreignText(text: string): ForeignFormat | null {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '');
  if (/^\s*0\s*\r?\n\s*SECTION\b/.test(head)) return { format: 'dxf', zh: `这是 DXF（CAD）图纸：${CLI_ZH}`, en: `this is a DXF (CAD) drawing: it ${CLI_EN}` };
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(\w+:)?gpx[\s>]/i.test(head)) return { format: 'gpx', zh: `这是 GPX 轨迹文件：${CLI_ZH}`, en: `this is a GPX file: it ${CLI_EN}` };
  return null;
}
