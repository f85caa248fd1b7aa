import { kinks } from '@turf/turf';
import { featurePropertiesSchema, type FeatureProperties } from '../featureSchema.ts';
import type { z } from '../zod.ts';

/**
 * The editor's properties form, read off the data contract (featurePropertiesSchema): which fields
 * there are, which are optional and which values each allows; and the check of a filled form, with
 * each problem at its field in both languages. The status is a dated history: the editor adds entries
 * (status, date, source) to it and never changes the published ones.
 */

export type FieldKind = 'text' | 'number' | 'enum' | 'bilingual' | 'refs' | 'quotes' | 'object' | 'history';

export interface FormField {
  key: keyof FeatureProperties & string;
  kind: FieldKind;
  optional: boolean;
  /** The allowed values of an enum field. */
  options?: readonly string[];
}

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; entries?: Record<string, string>; shape?: unknown };
const defOf = (t: z.ZodType): Def => (t as unknown as { _zod: { def: Def } })._zod.def;

function kindOf(key: string, t: z.ZodType): { kind: FieldKind; options?: readonly string[] } {
  const d = defOf(t);
  if (d.type === 'enum') return { kind: 'enum', options: Object.values(d.entries ?? {}) };
  if (d.type === 'number') return { kind: 'number' };
  if (d.type === 'array') return { kind: key === 'planRefs' ? 'refs' : key === 'statusHistory' ? 'history' : 'quotes' };
  if (d.type === 'object') return { kind: key === 'name' || key === 'note' ? 'bilingual' : 'object' };
  return { kind: 'text' };
}

/** Every field of the contract, in its order, with what it allows. */
export function formFields(): FormField[] {
  return Object.entries(featurePropertiesSchema.shape).map(([key, t]) => {
    const d = defOf(t as z.ZodType);
    const optional = d.type === 'optional';
    const inner = optional ? d.innerType! : (t as z.ZodType);
    const k = kindOf(key, inner);
    // `unlocated` is for a feature with no geometry: the editor's features all have one.
    const options = key === 'accuracy' ? k.options?.filter((o) => o !== 'unlocated') : k.options;
    return { key: key as FormField['key'], optional, ...k, ...(options ? { options } : {}) };
  });
}

export interface Bilingual {
  zh: string;
  en: string;
}

/** A problem with a field: the field's path (`name.zh`, `planQuotes.1`) and what to do, in both languages. */
export interface FieldError {
  path: string;
  message: Bilingual;
}

function wordIssue(i: z.core.$ZodIssue): Bilingual {
  const m = i.message;
  switch (i.code) {
    case 'invalid_type':
      return i.input === undefined ? { zh: '必填', en: 'Required' } : { zh: `类型不对（应为 ${i.expected}）`, en: `Wrong type (expected ${i.expected})` };
    case 'too_small':
      return i.origin === 'array' ? { zh: '至少选一项', en: 'Choose at least one' } : i.origin === 'string' ? { zh: `不能为空（至少 ${String(i.minimum)} 个字符）`, en: `Cannot be empty (at least ${String(i.minimum)} characters)` } : { zh: `太小（最小 ${String(i.minimum)}）`, en: `Too small (minimum ${String(i.minimum)})` };
    case 'too_big':
      return { zh: `太大（最大 ${String(i.maximum)}）`, en: `Too large (maximum ${String(i.maximum)})` };
    case 'invalid_value':
      return { zh: `只能是：${i.values.join('、')}`, en: `One of: ${i.values.join(', ')}` };
    case 'invalid_format':
      if (/^ids are/.test(m) || i.format === 'regex') return { zh: '只能用小写字母 a-z、数字和“-”（最多 80 个字符）', en: 'Only lower-case a-z, 0-9 and "-" (at most 80 characters)' };
      return { zh: `格式不对：${m}`, en: `Wrong format: ${m}` };
    case 'unrecognized_keys':
      return { zh: `未知字段：${i.keys.join('、')}`, en: `Unknown fields: ${i.keys.join(', ')}` };
    default:
      if (m === 'a declared measure needs its source quote') return { zh: '填写了规划数值，须注明其原文出处', en: m.replace(/^a/, 'A') };
      if (m === 'endYear is before startYear') return { zh: '结束年份早于开始年份', en: 'The end year is before the start year' };
      if (/tolerance above 15%/.test(m)) return { zh: '容差超过 15% 仅允许用于示意几何', en: 'A tolerance above 15% is only allowed for schematic geometry' };
      return { zh: m, en: m };
  }
}

/** What the check needs of the plan: whether an id exists and its text. */
export interface PlanLookup {
  has(id: string): boolean;
  text(id: string): string | undefined;
}

const normalise = (s: string) => s.replace(/\s+/g, '');

/** Whether a quote occurs in the text of one of the cited plan nodes (whitespace ignored). */
export function quoteFound(plan: PlanLookup, refs: readonly string[], quote: string): boolean {
  const q = normalise(quote);
  return q.length > 0 && refs.some((r) => normalise(plan.text(r) ?? '').includes(q));
}

export interface CheckContext {
  plan: PlanLookup;
  /** The published feature (undefined for a new one). */
  base?: { geometry: GeoJSON.Geometry; properties: Partial<FeatureProperties> };
  geometry: GeoJSON.Geometry;
  /** Point outside the district: allowed, with a warning. */
  insideDistrict?: (g: GeoJSON.Geometry) => boolean;
  sameGeometry: (a: GeoJSON.Geometry, b: GeoJSON.Geometry) => boolean;
  /** For a new feature: the layers it may go into (newFeatureLayers); its layer must be one of them. */
  newLayers?: readonly string[];
}

export interface CheckResult {
  ok: boolean;
  properties?: FeatureProperties;
  errors: FieldError[];
  warnings: FieldError[];
}

function newLayerError(layer: unknown, allowed: readonly string[]): Bilingual | undefined {
  if (typeof layer !== 'string' || layer === '') return { zh: '必填：请选择图层', en: 'Required: choose a layer' };
  if (!allowed.includes(layer)) return { zh: '新要素只能放在规划图层中（区界、街道界除外）', en: 'A new feature goes into a plan layer (not the district or sub-district outlines)' };
  return undefined;
}

/** Checks a filled form against the contract, the plan and the geometry. */
export function checkProperties(input: Record<string, unknown>, c: CheckContext): CheckResult {
  const errors: FieldError[] = [];
  const warnings: FieldError[] = [];
  const parsed = featurePropertiesSchema.safeParse(input);
  const p = input as Partial<FeatureProperties>;
  // A new feature's layer is chosen among the plan layers; none chosen yet is 必填 (not a format error).
  const layerError = !c.base && c.newLayers ? newLayerError(p.layer, c.newLayers) : undefined;
  if (layerError) errors.push({ path: 'layer', message: layerError });
  if (!parsed.success)
    for (const i of parsed.error.issues) if (!(layerError && i.path[0] === 'layer')) errors.push({ path: i.path.map(String).join('.'), message: wordIssue(i) });
  const refs = Array.isArray(p.planRefs) ? p.planRefs : [];
  refs.forEach((r, k) => {
    if (!c.plan.has(r)) errors.push({ path: `planRefs.${k}`, message: { zh: `规划中没有编号 ${r}`, en: `The plan has no id ${r}` } });
  });
  (Array.isArray(p.planQuotes) ? p.planQuotes : []).forEach((q, k) => {
    if (!quoteFound(c.plan, refs, q)) errors.push({ path: `planQuotes.${k}`, message: { zh: '所引规划条目中没有这段原文', en: 'This text does not occur in the cited plan items' } });
  });
  const ds = p.declaredSource;
  if (ds?.ref && ds.quote && !quoteFound(c.plan, [ds.ref], ds.quote)) errors.push({ path: 'declaredSource.quote', message: { zh: `规划 ${ds.ref} 中没有这段原文`, en: `This text does not occur in plan item ${ds.ref}` } });
  const g = c.geometry;
  if (g.type === 'Polygon' && kinks(g).features.length > 0)
    errors.push({ path: 'geometry', message: { zh: '多边形自相交：请调整顶点', en: 'The polygon crosses itself: move its vertices' } });
  if (c.base && !c.sameGeometry(c.base.geometry, g)) {
    if (p.accuracy === c.base.properties.accuracy && p.accuracy === 'schematic')
      errors.push({ path: 'accuracy', message: { zh: '图形已改动：请说明现在的精度', en: 'The geometry changed: say how exact it is now' } });
    if (p.geometrySource === c.base.properties.geometrySource)
      errors.push({ path: 'geometrySource', message: { zh: '图形已改动：请说明怎样得到的（如“据天地图影像描绘，2026-11”）', en: 'The geometry changed: say how it was made (e.g. "traced on Tianditu imagery, 2026-11")' } });
  }
  if (c.insideDistrict && !c.insideDistrict(g)) warnings.push({ path: 'geometry', message: { zh: '位置在兴隆台区界外（允许保存）', en: 'Outside the district (can be saved)' } });
  const ok = errors.length === 0 && parsed.success;
  return { ok, ...(ok ? { properties: parsed.data } : {}), errors, warnings };
}
