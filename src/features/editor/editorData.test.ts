import { describe, expect, it } from 'vitest';
import { sameJson } from '../../core/changeset/buildChangeset.ts';
import { checkProperties } from '../../core/editor/propertyForm.ts';
import { loadTestProject } from '../../../tests/support/project.ts';
import { insideDistrictOf, planLookupOf } from './editorData.ts';

describe('the editor’s checks against the real district and plan', () => {
  const { plan, store } = loadTestProject();
  const inside = insideDistrictOf(store);
  const school = store.byId.get('kindergarten-xinglong-new-town')!;
  const check = (geometry: GeoJSON.Geometry) =>
    checkProperties(
      { ...school.properties, accuracy: 'approximate', geometrySource: 'Traced on Tianditu imagery, 2026-11' },
      { plan: planLookupOf(plan), base: school, geometry, insideDistrict: inside, sameGeometry: sameJson },
    );

  it('a point outside the district can be saved, with a warning at the geometry in both languages', () => {
    // North-west of the district's outline (the first assertion checks that it is outside).
    const outside: GeoJSON.Point = { type: 'Point', coordinates: [122.05, 41.2] };
    expect(inside(outside)).toBe(false);
    const r = check(outside);
    expect(r.ok).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([{ path: 'geometry', message: { zh: expect.stringMatching(/区界外/), en: expect.stringMatching(/Outside the district/) } }]);
  });

  it('no warning for a point inside it', () => {
    expect(inside(school.geometry)).toBe(true);
    const moved = { type: 'Point', coordinates: [(school.geometry as GeoJSON.Point).coordinates[0]! + 0.001, (school.geometry as GeoJSON.Point).coordinates[1]!] } as GeoJSON.Point;
    expect(check(moved).warnings).toEqual([]);
  });

  it('a status entry with no source at all is refused at the field', () => {
    const history = school.properties.statusHistory;
    const r = checkProperties({ ...school.properties, statusHistory: [...history, { status: 'completed', asOf: '2099-12-31' }] }, {
      plan: planLookupOf(plan),
      base: school,
      geometry: school.geometry,
      sameGeometry: sameJson,
    });
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.path)).toContain(`statusHistory.${history.length}.source`);
    for (const e of r.errors) expect(e.message.zh && e.message.en).toBeTruthy();
  });

  it('a quote checked against the real plan text: the row’s words pass, words not in it do not', () => {
    const base = { plan: planLookupOf(plan), base: school, geometry: school.geometry, sameGeometry: sameJson };
    expect(checkProperties({ ...school.properties, planQuotes: ['兴隆新城幼儿园'] }, base).ok).toBe(true);
    expect(checkProperties({ ...school.properties, planQuotes: ['兴隆新城大学'] }, base).errors.map((e) => e.path)).toEqual(['planQuotes.0']);
  });
});
