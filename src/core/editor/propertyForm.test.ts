import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sameJson } from '../changeset/buildChangeset.ts';
import { checkProperties, formFields, quoteFound, type PlanLookup } from './propertyForm.ts';

const school = JSON.parse(readFileSync('geo/schools.geojson', 'utf8')).features[0] as { geometry: GeoJSON.Point; properties: Record<string, unknown> };
const plan: PlanLookup = {
  has: (id) => ['t8-r1', 's16'].includes(id),
  text: (id) => (id === 't8-r1' ? '学前教育 城区东部 兴隆新城幼儿园 新建' : id === 's16' ? '第十六节 教育' : undefined),
};
const ctx = (geometry: GeoJSON.Geometry = school.geometry) => ({ plan, base: school, geometry, sameGeometry: sameJson });
const paths = (r: ReturnType<typeof checkProperties>) => r.errors.map((e) => e.path);

describe('the properties form from the contract', () => {
  it('lists every field with its allowed values; the status as a dated history; no "unlocated" accuracy', () => {
    const f = formFields();
    const by = new Map(f.map((x) => [x.key, x]));
    expect(by.get('period')).toMatchObject({ kind: 'enum', options: ['13th-plan', '14th-plan', 'context'], optional: false });
    expect(by.get('accuracy')!.options).toEqual(['surveyed', 'approximate', 'schematic']);
    expect(by.get('statusHistory')).toMatchObject({ kind: 'history', optional: false });
    expect(by.has('status' as never)).toBe(false);
    expect(by.get('planRefs')!.kind).toBe('refs');
    expect(by.get('planQuotes')).toMatchObject({ kind: 'quotes', optional: true });
    expect(by.get('name')!.kind).toBe('bilingual');
    expect(by.get('declaredAreaM2')).toMatchObject({ kind: 'number', optional: true });
  });

  it('accepts the published feature as it is', () => {
    const r = checkProperties(school.properties, ctx());
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('puts errors at their field in both languages: empty name, bad id, quote not in the plan, unknown ref', () => {
    const r = checkProperties(
      { ...school.properties, name: { zh: '', en: 'X' }, id: 'Bad Id', planQuotes: ['不在规划里'], planRefs: ['t8-r1', 'zz9'] },
      ctx(),
    );
    expect(r.ok).toBe(false);
    expect(paths(r)).toEqual(expect.arrayContaining(['name.zh', 'id', 'planQuotes.0', 'planRefs.1']));
    for (const e of r.errors) expect(e.message.zh && e.message.en).toBeTruthy();
    expect(r.errors.find((e) => e.path === 'planQuotes.0')!.message.zh).toMatch(/原文/);
  });

  it('a moved geometry must say how exact it is and how it was made', () => {
    const moved: GeoJSON.Point = { type: 'Point', coordinates: [122.14, 41.15] };
    expect(paths(checkProperties(school.properties, ctx(moved)))).toEqual(['accuracy', 'geometrySource']);
    const ok = checkProperties({ ...school.properties, accuracy: 'approximate', geometrySource: 'Traced on Tianditu imagery, 2026-11' }, ctx(moved));
    expect(ok.ok).toBe(true);
  });

  it('a status entry needs a date after the last one and a source', () => {
    const history = school.properties.statusHistory as { asOf: string }[];
    const last = history[history.length - 1]!.asOf;
    const add = (entry: object) => checkProperties({ ...school.properties, statusHistory: [...history, entry] }, ctx());
    const n = history.length;
    expect(add({ status: 'completed', asOf: '2099-12-31', source: { label: '兴隆台区2025年政府工作报告' } }).ok).toBe(true);
    expect(paths(add({ status: 'completed', asOf: '2099-12-31', source: { label: '' } }))).toContain(`statusHistory.${n}.source.label`);
    expect(paths(add({ status: 'completed', source: { label: '兴隆台区2025年政府工作报告' } }))).toContain(`statusHistory.${n}.asOf`);
    expect(paths(add({ status: 'completed', asOf: last, source: { label: '兴隆台区2025年政府工作报告' } }))).toContain(`statusHistory.${n}.asOf`);
  });

  it('refuses a self-intersecting polygon and warns (only) outside the district', () => {
    const bow: GeoJSON.Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]] };
    const r = checkProperties({ ...school.properties, accuracy: 'approximate', geometrySource: 'Drawn by hand in the editor' }, { ...ctx(bow), insideDistrict: () => false });
    expect(paths(r)).toContain('geometry');
    expect(r.warnings.map((w) => w.path)).toEqual(['geometry']);
  });

  it('a new feature must have a plan layer chosen (必填 when none); a published one keeps its own', () => {
    const fresh = { ...school.properties, id: 'kindergarten-new' };
    const newCtx = { plan, geometry: school.geometry, sameGeometry: sameJson, newLayers: ['schools', 'parks'] };
    const none = checkProperties({ ...fresh, layer: '' }, newCtx);
    expect(none.errors.filter((e) => e.path === 'layer')).toEqual([{ path: 'layer', message: { zh: '必填：请选择图层', en: 'Required: choose a layer' } }]);
    expect(paths(checkProperties({ ...fresh, layer: 'subdistricts' }, newCtx))).toEqual(['layer']);
    expect(checkProperties({ ...fresh, layer: 'parks' }, newCtx).ok).toBe(true);
    // The published school is not held to the new-feature list.
    expect(checkProperties(school.properties, { ...ctx(), newLayers: ['parks'] }).ok).toBe(true);
  });

  it('finds quotes whatever the whitespace', () => {
    expect(quoteFound(plan, ['t8-r1'], '兴隆新城 幼儿园')).toBe(true);
    expect(quoteFound(plan, ['s16'], '兴隆新城幼儿园')).toBe(false);
    expect(quoteFound(plan, ['t8-r1'], '  ')).toBe(false);
  });
});
