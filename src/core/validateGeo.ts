import { featurePropertiesSchema, type PlanFeature, type PlanFeatureCollection, type UnlocatedFeature } from './featureSchema.ts';

/** What the validator needs to know of the plan: which ids exist and their text (for quotes). */
export interface PlanIndex {
  has(id: string): boolean;
  text(id: string): string | undefined;
}

/** One located problem: the file, the feature (id when it has one, else its index) and the field. */
export interface GeoIssue {
  file: string;
  featureIndex: number | null;
  featureId: string | null;
  /** Dotted path inside the feature, e.g. `properties.statusHistory[1].asOf`, `geometry.coordinates[0][3]`. */
  field: string;
  message: string;
}

function formatIssue(i: GeoIssue): string {
  const where =
    i.featureIndex === null
      ? ''
      : i.featureId !== null
        ? ` feature "${i.featureId}" (#${i.featureIndex})`
        : ` feature #${i.featureIndex}`;
  return `${i.file}:${where} ${i.field}: ${i.message}`;
}

export class GeoValidationError extends Error {
  readonly issues: GeoIssue[];
  constructor(issues: GeoIssue[]) {
    const shown = issues.slice(0, 20).map(formatIssue);
    if (issues.length > 20) shown.push(`… and ${issues.length - 20} more`);
    super(`GeoJSON does not meet the data contract:\n${shown.join('\n')}`);
    this.name = 'GeoValidationError';
    this.issues = issues;
  }
}

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/** Nesting depth of `coordinates` for each geometry type (Point: a position, i.e. depth 0 of arrays-of-positions). */
const POSITION_DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks one geometry against RFC 7946: known type, positions of 2 or 3 finite numbers within
 * longitude/latitude range (with a hint when they look swapped), at least 2 positions per line and
 * closed rings of at least 4 positions. Winding order is not enforced (RFC 7946 §3.1.6 says parsers
 * should not reject it).
 */
export function checkGeometry(geometry: unknown, path = 'geometry'): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (!isRecord(geometry)) {
    out.push({ field: path, message: 'expected a geometry object' });
    return out;
  }
  const type = geometry.type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.has(type)) {
    out.push({ field: `${path}.type`, message: `unknown geometry type ${JSON.stringify(type)}` });
    return out;
  }
  if (type === 'GeometryCollection') {
    const geoms = geometry.geometries;
    if (!Array.isArray(geoms)) out.push({ field: `${path}.geometries`, message: 'expected an array' });
    else geoms.forEach((g, i) => out.push(...checkGeometry(g, `${path}.geometries[${i}]`)));
    return out;
  }
  const depth = POSITION_DEPTH[type] ?? 0;
  walk(geometry.coordinates, depth, `${path}.coordinates`, type, out);
  return out;
}

function walk(
  node: unknown,
  depth: number,
  field: string,
  type: string,
  out: { field: string; message: string }[],
): void {
  if (out.length > 50) return;
  if (depth === 0) {
    checkPosition(node, field, out);
    return;
  }
  if (!Array.isArray(node)) {
    out.push({ field, message: 'expected an array' });
    return;
  }
  // Lines need 2 positions; polygon rings need 4 and must close.
  const isRing = (type === 'Polygon' && depth === 1) || (type === 'MultiPolygon' && depth === 1);
  const isLine = (type === 'LineString' && depth === 1) || (type === 'MultiLineString' && depth === 1);
  if (isLine && node.length < 2) out.push({ field, message: `a line needs at least 2 positions, has ${node.length}` });
  if (isRing && node.length < 4) out.push({ field, message: `a ring needs at least 4 positions, has ${node.length}` });
  node.forEach((child, i) => walk(child, depth - 1, `${field}[${i}]`, type, out));
  if (isRing && node.length >= 4) {
    const first = node[0];
    const last = node[node.length - 1];
    if (Array.isArray(first) && Array.isArray(last) && (first[0] !== last[0] || first[1] !== last[1])) {
      out.push({ field, message: 'ring is not closed (first and last positions differ)' });
    }
  }
}

function checkPosition(p: unknown, field: string, out: { field: string; message: string }[]): void {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3) {
    out.push({ field, message: `a position is [longitude, latitude] or [lon, lat, height]; got ${short(p)}` });
    return;
  }
  if (!p.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    out.push({ field, message: `a position holds finite numbers only; got ${short(p)}` });
    return;
  }
  const [lon, lat] = p as number[];
  if (lon === undefined || lat === undefined) return;
  if (Math.abs(lat) > 90 && Math.abs(lon) <= 90) {
    out.push({ field, message: `latitude ${lat} is out of range; longitude and latitude look swapped ([lon, lat] expected)` });
  } else if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    out.push({ field, message: `position ${short(p)} is outside longitude ±180 / latitude ±90` });
  }
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function normalise(s: string): string {
  return s.replace(/\s+/g, '');
}

/**
 * Validates one geo/ layer file (already parsed JSON) against the contract and the plan.
 * Returns the typed collection, or throws a GeoValidationError listing every located issue.
 */
function validateLayer(file: string, json: unknown, plan: PlanIndex): PlanFeatureCollection {
  const issues: GeoIssue[] = [];
  const push = (featureIndex: number | null, featureId: string | null, field: string, message: string) =>
    issues.push({ file, featureIndex, featureId, field, message });

  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    push(null, null, 'type', 'expected a GeoJSON FeatureCollection with a "features" array');
    throw new GeoValidationError(issues);
  }
  const layerId = file.replace(/^.*\//, '').replace(/\.geojson$/, '');
  const seen = new Set<string>();
  json.features.forEach((f: unknown, i: number) => {
    const rawId = isRecord(f) && isRecord(f.properties) && typeof f.properties.id === 'string' ? f.properties.id : null;
    if (!isRecord(f) || f.type !== 'Feature') {
      push(i, rawId, 'type', 'expected a GeoJSON Feature');
      return;
    }
    // A null geometry is an unlocated feature (RFC 7946 §3.2): allowed, and only, with accuracy "unlocated".
    const rawAccuracy = isRecord(f.properties) ? f.properties.accuracy : undefined;
    if (f.geometry === null) {
      if (rawAccuracy !== 'unlocated') push(i, rawId, 'geometry', 'null geometry (no known place) needs accuracy "unlocated"');
    } else {
      for (const g of checkGeometry(f.geometry)) push(i, rawId, g.field, g.message);
      if (rawAccuracy === 'unlocated') push(i, rawId, 'properties.accuracy', '"unlocated" is for a feature whose geometry is null');
    }
    const parsed = featurePropertiesSchema.safeParse(f.properties);
    if (!parsed.success) {
      for (const zi of parsed.error.issues) {
        const field = ['properties', ...zi.path.map((k) => (typeof k === 'number' ? `[${k}]` : String(k)))]
          .join('.')
          .replace(/\.\[/g, '[');
        push(i, rawId, field, zi.message);
      }
      return;
    }
    const p = parsed.data;
    if (seen.has(p.id)) push(i, p.id, 'properties.id', 'duplicate id in this file');
    seen.add(p.id);
    if (p.layer !== layerId) push(i, p.id, 'properties.layer', `is "${p.layer}" but the file is layer "${layerId}"`);
    p.planRefs.forEach((ref, k) => {
      if (!plan.has(ref)) push(i, p.id, `properties.planRefs[${k}]`, `plan id "${ref}" does not exist in the plan`);
    });
    p.statusHistory.forEach((e, k) => {
      if (e.source.ref !== undefined && !plan.has(e.source.ref)) {
        push(i, p.id, `properties.statusHistory[${k}].source.ref`, `plan id "${e.source.ref}" does not exist in the plan`);
      }
    });
    (p.planQuotes ?? []).forEach((q, k) => {
      const found = p.planRefs.some((ref) => normalise(plan.text(ref) ?? '').includes(normalise(q)));
      if (!found) push(i, p.id, `properties.planQuotes[${k}]`, `"${q}" does not occur in the cited plan text`);
    });
    if (p.declaredSource) {
      const { ref, quote } = p.declaredSource;
      if (!plan.has(ref)) push(i, p.id, 'properties.declaredSource.ref', `plan id "${ref}" does not exist in the plan`);
      else if (!normalise(plan.text(ref) ?? '').includes(normalise(quote)))
        push(i, p.id, 'properties.declaredSource.quote', `"${quote}" does not occur in plan node ${ref}`);
    }
  });
  if (issues.length > 0) throw new GeoValidationError(issues);
  // Drawn features and unlocated ones apart: code that draws or measures never meets a null geometry.
  const all = json.features as (PlanFeature | UnlocatedFeature)[];
  const features = all.filter((f): f is PlanFeature => f.geometry !== null);
  const unlocated = all.filter((f): f is UnlocatedFeature => f.geometry === null);
  return { type: 'FeatureCollection', features, ...(unlocated.length > 0 ? { unlocated } : {}) };
}

/** Validates several layers together: each alone, then ids unique across files. */
export function validateLayers(
  files: { file: string; json: unknown }[],
  plan: PlanIndex,
): Map<string, PlanFeatureCollection> {
  const issues: GeoIssue[] = [];
  const out = new Map<string, PlanFeatureCollection>();
  const owner = new Map<string, string>();
  for (const { file, json } of files) {
    try {
      const fc = validateLayer(file, json, plan);
      const layerId = file.replace(/^.*\//, '').replace(/\.geojson$/, '');
      [...fc.features, ...(fc.unlocated ?? [])].forEach((f: PlanFeature | UnlocatedFeature, i) => {
        const prev = owner.get(f.properties.id);
        if (prev !== undefined)
          issues.push({
            file,
            featureIndex: i,
            featureId: f.properties.id,
            field: 'properties.id',
            message: `id is also used in ${prev}`,
          });
        owner.set(f.properties.id, file);
      });
      out.set(layerId, fc);
    } catch (e) {
      if (e instanceof GeoValidationError) issues.push(...e.issues);
      else throw e;
    }
  }
  if (issues.length > 0) throw new GeoValidationError(issues);
  return out;
}
