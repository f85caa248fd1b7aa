import { kinks } from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { checkGeometry } from '../../core/validateGeo.ts';
import { DEFAULT_MAX_BYTES, tooLargeResult } from './importLimits.ts';
import { excerptAt, FORBIDDEN_KEYS, formatPath, makeLocator, scanJson, type ScanIssue } from './jsonScan.ts';

export { DEFAULT_MAX_BYTES } from './importLimits.ts';

/**
 * Reads a GeoJSON file a user drops on the map, without trusting it.
 *
 * Order: size limit (before any decoding) → text decoding (UTF-8, or UTF-16 with a BOM) → `scanJson`
 * (located syntax errors, duplicate and unsafe keys, nesting limit) → `JSON.parse` → unsafe keys deleted
 * in place → structure (FeatureCollection, Feature or bare geometry) → each geometry checked by the
 * project's own `checkGeometry` → warnings for places outside the district's wider area, swapped
 * coordinates and self-intersections.
 *
 * Stated tolerances:
 * - duplicate keys: the last one wins (as JSON.parse does), reported as a warning with line and column;
 * - `__proto__`, `constructor`, `prototype` keys at any depth are deleted with their value (never
 *   assigned), reported as a warning;
 * - nesting deeper than 100 levels refuses the file (no walker ever recurses over the data);
 * - positions must be [lon, lat] or [lon, lat, height] of finite numbers, as in the project's data
 *   contract: 1-value and 4-value positions are errors (RFC 7946 §3.1.1: positions SHOULD NOT exceed three);
 * - ring winding is not checked (RFC 7946 §3.1.6: parsers should not reject it);
 * - self-intersections (turf `kinks`) are warnings, checked on features of at most 10,000 positions and
 *   within a total budget; larger ones are said to be unchecked;
 * - "outside the district": a feature whose bounding box does not meet the district's box widened by
 *   50 km; partly outside is not flagged;
 * - a null geometry is kept (RFC 7946 allows it) with a warning: it cannot be drawn.
 * Any error refuses the whole file. The first 20 errors and 20 warnings are listed, with counts of all.
 */

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
}

/** Largest feature (in positions) checked for self-intersections. */
export const KINKS_MAX_POSITIONS = 10_000;
/** Total work allowed for the self-intersection check: Σ positions² over checked features. */
export const KINKS_BUDGET = 3e8;

export type ImportProblemCode =
  | 'too-large'
  | 'encoding'
  | 'syntax'
  | 'too-deep'
  | 'duplicate-key'
  | 'unsafe-key'
  | 'structure'
  | 'geometry'
  | 'null-geometry'
  | 'bare-geometry'
  | 'crs'
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
  /** The file's properties as plain JSON data (unsafe keys removed). Show as text only. */
  properties: Record<string, unknown>;
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
    }
  | { ok: false; errors: ImportProblem[]; errorCount: number; warnings: ImportProblem[]; warningCount: number };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** UTF-8 length of a string without encoding it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

class Problems {
  readonly errors: ImportProblem[] = [];
  readonly warnings: ImportProblem[] = [];
  errorCount = 0;
  warningCount = 0;
  constructor(private readonly max: number) {}
  add(p: Omit<ImportProblem, 'message'>): void {
    const full: ImportProblem = { ...p, message: `${p.zh} / ${p.en}` };
    if (p.severity === 'error') {
      this.errorCount++;
      if (this.errors.length < this.max) this.errors.push(full);
    } else {
      this.warningCount++;
      if (this.warnings.length < this.max) this.warnings.push(full);
    }
  }
  failed(): ImportResult {
    return { ok: false, errors: this.errors, errorCount: this.errorCount, warnings: this.warnings, warningCount: this.warningCount };
  }
}

/** Chinese for the English messages of `checkGeometry` (the project's one set of geometry rules). */
export function geometryMessageZh(en: string): string {
  const rules: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^expected a geometry object/, () => '应为几何对象'],
    [/^unknown geometry type (.*)$/, (m) => `未知的几何类型 ${m[1] ?? ''}`],
    [/^expected an array/, () => '此处应为数组（坐标缺失或为 null）'],
    [/^a line needs at least 2 positions, has (\d+)/, (m) => `线至少需要 2 个坐标点，实际 ${m[1] ?? ''} 个`],
    [/^a ring needs at least 4 positions, has (\d+)/, (m) => `面的环至少需要 4 个坐标点（首尾相同），实际 ${m[1] ?? ''} 个`],
    [/^ring is not closed/, () => '环未闭合（首尾坐标不同）'],
    [/^a position is \[longitude, latitude\] or \[lon, lat, height\]; got (.*)$/, (m) => `坐标点应为 [经度, 纬度] 或 [经度, 纬度, 高程]，实际为 ${m[1] ?? ''}`],
    [/^a position holds finite numbers only; got (.*)$/, (m) => `坐标只能是有限数字（不能是 null、字符串、NaN 或 Infinity），实际为 ${m[1] ?? ''}`],
    [/^latitude (\S+) is out of range; longitude and latitude look swapped/, (m) => `纬度 ${m[1] ?? ''} 超出范围：经纬度似乎颠倒了（应为 [经度, 纬度]）`],
    [/^position (.*) is outside longitude ±180 \/ latitude ±90$/, (m) => `坐标 ${m[1] ?? ''} 超出经度 ±180 / 纬度 ±90`],
  ];
  for (const [re, zh] of rules) {
    const m = re.exec(en);
    if (m) return zh(m);
  }
  return `几何有误：${en}`;
}

/** A hint added to out-of-range positions that look like projected metres. */
function projectedHint(en: string): { zh: string; en: string } | null {
  const m = /^position \[(-?[\d.eE+-]+),(-?[\d.eE+-]+)/.exec(en);
  if (!m || Math.max(Math.abs(Number(m[1])), Math.abs(Number(m[2]))) < 1000) return null;
  return {
    zh: '；数值像投影坐标（米），如 EPSG:3857 或 CGCS2000 高斯-克吕格分带，请先转换为 WGS-84 经纬度（EPSG:4326）',
    en: '; the values look like projected metres (e.g. EPSG:3857 or a CGCS2000 Gauss-Krüger zone): reproject to WGS-84 longitude/latitude (EPSG:4326) first',
  };
}

/** Visits every position of a geometry without recursion; returns how many there were. */
function forEachPosition(g: Geometry, fn: (p: Position) => void): number {
  let count = 0;
  const geoms: Geometry[] = [g];
  while (geoms.length > 0) {
    const x = geoms.pop();
    if (!x) break;
    switch (x.type) {
      case 'GeometryCollection':
        // A loop, not push(...): a collection of 200,000 geometries would overflow the argument list.
        for (const g of x.geometries) geoms.push(g);
        break;
      case 'Point':
        fn(x.coordinates);
        count++;
        break;
      case 'MultiPoint':
      case 'LineString':
        for (const p of x.coordinates) fn(p);
        count += x.coordinates.length;
        break;
      case 'MultiLineString':
      case 'Polygon':
        for (const l of x.coordinates) {
          for (const p of l) fn(p);
          count += l.length;
        }
        break;
      case 'MultiPolygon':
        for (const poly of x.coordinates)
          for (const l of poly) {
            for (const p of l) fn(p);
            count += l.length;
          }
        break;
    }
  }
  return count;
}

function polygonsOf(g: Geometry): (Polygon | MultiPolygon)[] {
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return [g];
  if (g.type === 'GeometryCollection') {
    const out: (Polygon | MultiPolygon)[] = [];
    const stack = [...g.geometries];
    while (stack.length > 0) {
      const x = stack.pop();
      if (!x) break;
      if (x.type === 'Polygon' || x.type === 'MultiPolygon') out.push(x);
      else if (x.type === 'GeometryCollection') for (const y of x.geometries) stack.push(y);
    }
    return out;
  }
  return [];
}

function widen(b: Bounds, km: number): Bounds {
  const dLat = km / 111.32;
  const midLat = ((b[1] + b[3]) / 2) * (Math.PI / 180);
  const dLon = km / (111.32 * Math.max(0.1, Math.cos(midLat)));
  return [b[0] - dLon, b[1] - dLat, b[2] + dLon, b[3] + dLat];
}

const meets = (a: Bounds, b: Bounds) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Decodes the file's bytes: UTF-8 (BOM optional) or UTF-16 with a BOM; anything else is an error. */
function decode(buf: ArrayBuffer, problems: Problems): string | null {
  const b = new Uint8Array(buf);
  let encoding = 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) encoding = 'utf-16le';
  else if (b[0] === 0xfe && b[1] === 0xff) encoding = 'utf-16be';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(b);
  } catch {
    problems.add({
      severity: 'error',
      code: 'encoding',
      featureIndex: null,
      path: '',
      zh: '文件不是 UTF-8 编码（可能是 GBK）：请另存为 UTF-8 后再导入',
      en: 'the file is not UTF-8 (perhaps GBK): save it as UTF-8 and import again',
    });
    return null;
  }
}

/**
 * Parses and checks a GeoJSON file. Synchronous and pure: call it through `importGeoJson`
 * (`importClient.ts`) to run it in a worker.
 */
export function parseGeoJsonImport(input: string | ArrayBuffer, options: ImportOptions = {}): ImportResult {
  const t0 = Date.now();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const problems = new Problems(options.maxListed ?? 20);
  const tooLarge = (bytes: number) => tooLargeResult(bytes, maxBytes);

  // Size first, before any decoding or parsing. A string's UTF-16 length is at most its UTF-8 length.
  let bytes: number;
  let text: string;
  if (typeof input === 'string') {
    if (input.length > maxBytes) return tooLarge(input.length);
    bytes = utf8Length(input);
    if (bytes > maxBytes) return tooLarge(bytes);
    text = input;
  } else {
    bytes = input.byteLength;
    if (bytes > maxBytes) return tooLarge(bytes);
    const decoded = decode(input, problems);
    if (decoded === null) return problems.failed();
    text = decoded;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const scan = scanJson(text, { maxDepth: options.maxDepth ?? 100, maxReported: options.maxListed ?? 20 });
  const locate = makeLocator(text);
  const fromScan = (s: ScanIssue, severity: 'error' | 'warning', code: ImportProblemCode, withExcerpt = false) => {
    const { line, column } = locate(s.offset);
    problems.add({
      severity,
      code,
      featureIndex: typeof s.path[0] === 'string' && s.path[0] === 'features' && typeof s.path[1] === 'number' ? s.path[1] : null,
      path: formatPath(s.path),
      line,
      column,
      ...(withExcerpt ? { excerpt: excerptAt(text, s.offset) } : {}),
      zh: `第 ${line} 行第 ${column} 列：${s.zh}`,
      en: `line ${line}, column ${column}: ${s.en}`,
    });
  };
  if (scan.syntaxError) {
    fromScan(scan.syntaxError, 'error', /nested deeper/.test(scan.syntaxError.en) ? 'too-deep' : 'syntax', true);
    return problems.failed();
  }
  // Scan issues come in file order; the locator moves forward through them once.
  const scanWarnings = [
    ...scan.duplicates.map((s) => ({ s, code: 'duplicate-key' as const })),
    ...scan.forbidden.map((s) => ({ s, code: 'unsafe-key' as const })),
  ].sort((a, b) => a.s.offset - b.s.offset);
  for (const { s, code } of scanWarnings) fromScan(s, 'warning', code);
  // Counted but not listed beyond the limit.
  const unlisted = scan.duplicateCount - scan.duplicates.length + (scan.forbiddenCount - scan.forbidden.length);
  problems.warningCount += unlisted;

  const root: unknown = JSON.parse(text);
  if (scan.forbiddenCount > 0) dropUnsafeKeys(root);

  const fileProblem = (severity: 'error' | 'warning', code: ImportProblemCode, path: string, zh: string, en: string, featureIndex: number | null = null) =>
    problems.add({ severity, code, featureIndex, path, zh, en });

  if (!isRecord(root)) {
    fileProblem('error', 'structure', '', `应为 GeoJSON 对象，实际为${Array.isArray(root) ? '数组' : ` ${JSON.stringify(root)}`}`, `expected a GeoJSON object, found ${Array.isArray(root) ? 'an array' : JSON.stringify(root)}`);
    return problems.failed();
  }
  if ('crs' in root) {
    const name = isRecord(root.crs) && isRecord(root.crs.properties) ? String(root.crs.properties.name ?? '') : '';
    fileProblem(
      'warning',
      'crs',
      'crs',
      `RFC 7946 已取消 crs 成员（${name || '未注明'}）：坐标一律按 WGS-84 经纬度读取`,
      `RFC 7946 has no "crs" member (${name || 'unnamed'}): coordinates are read as WGS-84 longitude/latitude`,
    );
  }

  // The features to check, each with its path prefix.
  let raw: { value: unknown; prefix: string; bare?: true }[];
  const type = root.type;
  if (type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) {
      fileProblem('error', 'structure', 'features', 'FeatureCollection 须有 features 数组', 'a FeatureCollection needs a "features" array');
      return problems.failed();
    }
    raw = root.features.map((value, i) => ({ value, prefix: `features[${i}]` }));
  } else if (type === 'Feature') {
    raw = [{ value: root, prefix: '' }];
  } else if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) {
    fileProblem('warning', 'bare-geometry', '', '文件是单个几何对象，已作为一个要素导入', 'the file is a bare geometry; it was imported as one feature');
    raw = [{ value: { type: 'Feature', geometry: root, properties: {} }, prefix: '', bare: true }];
  } else if (type === 'Topology') {
    fileProblem('error', 'structure', 'type', '这是 TopoJSON，不是 GeoJSON：请先转换为 GeoJSON', 'this is TopoJSON, not GeoJSON: convert it to GeoJSON first');
    return problems.failed();
  } else {
    fileProblem(
      'error',
      'structure',
      'type',
      `type 应为 FeatureCollection、Feature 或几何类型，实际为 ${JSON.stringify(type) ?? '（缺失）'}`,
      `"type" must be FeatureCollection, Feature or a geometry type, found ${JSON.stringify(type) ?? '(missing)'}`,
    );
    return problems.failed();
  }
  if (raw.length === 0) fileProblem('warning', 'empty', 'features', '文件中没有要素', 'the file has no features');

  const join = (prefix: string, rest: string) => (prefix === '' ? rest : `${prefix}.${rest}`);
  const wide = options.districtBbox ? widen(options.districtBbox, options.marginKm ?? 50) : null;
  let kinksBudget = KINKS_BUDGET;
  let unchecked = 0;
  let totalPositions = 0;
  let bbox: Bounds | null = null;
  const features: ImportedFeature[] = [];

  raw.forEach(({ value: f, prefix, bare }, i) => {
    const err = (path: string, zh: string, en: string) => problems.add({ severity: 'error', code: 'structure', featureIndex: i, path, zh, en });
    const warn = (code: ImportProblemCode, path: string, zh: string, en: string) =>
      problems.add({ severity: 'warning', code, featureIndex: i, path, zh, en });
    if (!isRecord(f)) {
      err(prefix, `要素 #${i} 应为对象`, `feature #${i} must be an object`);
      return;
    }
    if (f.type !== 'Feature') {
      err(join(prefix, 'type'), `要素 #${i} 的 type 应为 "Feature"，实际为 ${JSON.stringify(f.type) ?? '（缺失）'}`, `feature #${i}: "type" must be "Feature", found ${JSON.stringify(f.type) ?? '(missing)'}`);
      return;
    }
    let properties: Record<string, unknown> = {};
    if (isRecord(f.properties)) properties = f.properties;
    else if (f.properties !== null && f.properties !== undefined) {
      err(join(prefix, 'properties'), `要素 #${i} 的 properties 应为对象或 null`, `feature #${i}: "properties" must be an object or null`);
      return;
    }
    let id: string | number | undefined;
    if (typeof f.id === 'string' || (typeof f.id === 'number' && Number.isFinite(f.id))) id = f.id;
    else if (f.id !== undefined) warn('bad-id', join(prefix, 'id'), `要素 #${i} 的 id 应为字符串或数字，已忽略`, `feature #${i}: "id" must be a string or a number; ignored`);

    if (!('geometry' in f)) {
      err(join(prefix, 'geometry'), `要素 #${i} 缺少 geometry 成员（无位置时应写 null）`, `feature #${i} has no "geometry" member (write null for no location)`);
      return;
    }
    if (f.geometry === null) {
      warn('null-geometry', join(prefix, 'geometry'), `要素 #${i} 没有几何（null）：保留，但不能在地图上显示`, `feature #${i} has a null geometry: kept, but it cannot be drawn`);
      features.push({ type: 'Feature', ...(id !== undefined ? { id } : {}), geometry: null, properties });
      return;
    }
    // A bare geometry is the file itself: its paths start at its own members (`coordinates[0]`).
    const geomPath = bare ? '' : join(prefix, 'geometry');
    const issues = checkGeometry(f.geometry, geomPath);
    if (issues.length > 0) {
      for (const g of issues) {
        const hint = projectedHint(g.message);
        problems.add({
          severity: 'error',
          code: 'geometry',
          featureIndex: i,
          path: g.field.replace(/^\./, ''),
          zh: `要素 #${i}：${geometryMessageZh(g.message)}${hint?.zh ?? ''}`,
          en: `feature #${i}: ${g.message}${hint?.en ?? ''}`,
        });
      }
      return;
    }
    const geometry = f.geometry as unknown as Geometry;

    const fb: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
    const count = forEachPosition(geometry, (p) => {
      const x = p[0] as number;
      const y = p[1] as number;
      if (x < fb[0]) fb[0] = x;
      if (y < fb[1]) fb[1] = y;
      if (x > fb[2]) fb[2] = x;
      if (y > fb[3]) fb[3] = y;
    });
    totalPositions += count;
    if (count > 0) {
      bbox = bbox ? [Math.min(bbox[0], fb[0]), Math.min(bbox[1], fb[1]), Math.max(bbox[2], fb[2]), Math.max(bbox[3], fb[3])] : [...fb];
      if (wide && !meets(fb, wide)) {
        const swapped: Bounds = [fb[1], fb[0], fb[3], fb[2]];
        if (meets(swapped, wide)) {
          warn('swapped', geomPath, `要素 #${i} 不在本区附近，但经纬度对调后就在：坐标可能写成了 [纬度, 经度]`, `feature #${i} lies far from the district but would lie in it with longitude and latitude swapped: [lat, lon] written?`);
        } else {
          warn(
            'outside-district',
            geomPath,
            `要素 #${i} 位于兴隆台区周边 ${options.marginKm ?? 50} km 范围之外（请核对坐标：应为 WGS-84 经纬度）`,
            `feature #${i} lies more than ${options.marginKm ?? 50} km from the district (check the coordinates: WGS-84 longitude/latitude expected)`,
          );
        }
      }
    }

    for (const poly of polygonsOf(geometry)) {
      let n = 0;
      forEachPosition(poly, () => n++);
      if (n > KINKS_MAX_POSITIONS || n * n > kinksBudget) {
        unchecked++;
        continue;
      }
      kinksBudget -= n * n;
      const k = kinks(poly);
      const first = k.features[0]?.geometry.coordinates;
      if (first) {
        warn(
          'self-intersection',
          geomPath,
          `要素 #${i} 的面自相交（${k.features.length} 处，首处约在 [${first.map((x) => x.toFixed(6)).join(', ')}]），面积可能不准`,
          `feature #${i}: the polygon crosses itself (${k.features.length} point(s), first near [${first.map((x) => x.toFixed(6)).join(', ')}]); its area may be wrong`,
        );
      }
    }
    features.push({ type: 'Feature', ...(id !== undefined ? { id } : {}), geometry, properties });
  });

  if (unchecked > 0) {
    fileProblem(
      'warning',
      'unchecked',
      '',
      `${unchecked} 个面过大（超过 ${KINKS_MAX_POSITIONS} 个坐标点或超出检查量），未检查自相交`,
      `${unchecked} polygon(s) too large (over ${KINKS_MAX_POSITIONS} positions or over the check budget) were not checked for self-intersection`,
    );
  }
  if (problems.errorCount > 0) return problems.failed();
  return {
    ok: true,
    collection: { type: 'FeatureCollection', features },
    warnings: problems.warnings,
    warningCount: problems.warningCount,
    bbox,
    stats: { bytes, features: features.length, positions: totalPositions, ms: Date.now() - t0 },
  };
}

/** Deletes `__proto__`, `constructor` and `prototype` own keys everywhere in parsed JSON. Iterative; never assigns. */
export function dropUnsafeKeys(root: unknown): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) stack.push(x);
      continue;
    }
    const o = v as Record<string, unknown>;
    for (const k of FORBIDDEN_KEYS) if (Object.hasOwn(o, k)) delete o[k];
    for (const k of Object.keys(o)) {
      const x = o[k];
      if (typeof x === 'object' && x !== null) stack.push(x);
    }
  }
}
