import { FORBIDDEN_KEYS } from './jsonScan.ts';
import type { Problems } from './importProblems.ts';
import type { ImportProblemCode } from './importTypes.ts';

/* The structure of an imported file: what its root is, and the members every feature must have. */

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** A feature to check, with its path prefix; `bare` when the file itself was a geometry. */
export interface RawFeature {
  value: unknown;
  prefix: string;
  bare?: true;
}

type FileProblem = (severity: 'error' | 'warning', code: ImportProblemCode, path: string, zh: string, en: string) => void;

/** The features of a parsed root (FeatureCollection, Feature or bare geometry), or null when it is none of those. */
export function featuresOfRoot(root: unknown, fileProblem: FileProblem): RawFeature[] | null {
  if (!isRecord(root)) {
    fileProblem('error', 'structure', '', `应为 GeoJSON 对象，实际为${Array.isArray(root) ? '数组' : ` ${JSON.stringify(root)}`}`, `expected a GeoJSON object, found ${Array.isArray(root) ? 'an array' : JSON.stringify(root)}`);
    return null;
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

  let raw: RawFeature[];
  const type = root.type;
  if (type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) {
      fileProblem('error', 'structure', 'features', 'FeatureCollection 须有 features 数组', 'a FeatureCollection needs a "features" array');
      return null;
    }
    raw = root.features.map((value, i) => ({ value, prefix: `features[${i}]` }));
  } else if (type === 'Feature') {
    raw = [{ value: root, prefix: '' }];
  } else if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) {
    fileProblem('warning', 'bare-geometry', '', '文件是单个几何对象，已作为一个要素导入', 'the file is a bare geometry; it was imported as one feature');
    raw = [{ value: { type: 'Feature', geometry: root, properties: {} }, prefix: '', bare: true }];
  } else if (type === 'Topology') {
    fileProblem('error', 'structure', 'type', '这是 TopoJSON，不是 GeoJSON：请先转换为 GeoJSON', 'this is TopoJSON, not GeoJSON: convert it to GeoJSON first');
    return null;
  } else {
    fileProblem(
      'error',
      'structure',
      'type',
      `type 应为 FeatureCollection、Feature 或几何类型，实际为 ${JSON.stringify(type) ?? '（缺失）'}`,
      `"type" must be FeatureCollection, Feature or a geometry type, found ${JSON.stringify(type) ?? '(missing)'}`,
    );
    return null;
  }
  if (raw.length === 0) fileProblem('warning', 'empty', 'features', '文件中没有要素', 'the file has no features');
  return raw;
}

export const joinPath = (prefix: string, rest: string) => (prefix === '' ? rest : `${prefix}.${rest}`);

/** A feature's members apart from its geometry's content; null when the feature is refused. */
export interface FeatureShell {
  id: string | number | undefined;
  properties: Record<string, unknown>;
  /** The geometry member as found (null: kept, with a warning). */
  geometry: unknown;
}

/** Checks the members of feature `i` (type, properties, id, geometry present). */
export function readFeatureShell(f: unknown, i: number, prefix: string, problems: Problems): FeatureShell | null {
  const err = (path: string, zh: string, en: string) => problems.add({ severity: 'error', code: 'structure', featureIndex: i, path, zh, en });
  const warn = (code: ImportProblemCode, path: string, zh: string, en: string) => problems.add({ severity: 'warning', code, featureIndex: i, path, zh, en });
  if (!isRecord(f)) {
    err(prefix, `要素 #${i} 应为对象`, `feature #${i} must be an object`);
    return null;
  }
  if (f.type !== 'Feature') {
    err(joinPath(prefix, 'type'), `要素 #${i} 的 type 应为 "Feature"，实际为 ${JSON.stringify(f.type) ?? '（缺失）'}`, `feature #${i}: "type" must be "Feature", found ${JSON.stringify(f.type) ?? '(missing)'}`);
    return null;
  }
  let properties: Record<string, unknown> = {};
  if (isRecord(f.properties)) properties = f.properties;
  else if (f.properties !== null && f.properties !== undefined) {
    err(joinPath(prefix, 'properties'), `要素 #${i} 的 properties 应为对象或 null`, `feature #${i}: "properties" must be an object or null`);
    return null;
  }
  let id: string | number | undefined;
  if (typeof f.id === 'string' || (typeof f.id === 'number' && Number.isFinite(f.id))) id = f.id;
  else if (f.id !== undefined) warn('bad-id', joinPath(prefix, 'id'), `要素 #${i} 的 id 应为字符串或数字，已忽略`, `feature #${i}: "id" must be a string or a number; ignored`);

  if (!('geometry' in f)) {
    err(joinPath(prefix, 'geometry'), `要素 #${i} 缺少 geometry 成员（无位置时应写 null）`, `feature #${i} has no "geometry" member (write null for no location)`);
    return null;
  }
  if (f.geometry === null) {
    warn('null-geometry', joinPath(prefix, 'geometry'), `要素 #${i} 没有几何（null）：保留，但不能在地图上显示`, `feature #${i} has a null geometry: kept, but it cannot be drawn`);
  }
  return { id, properties, geometry: f.geometry };
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
