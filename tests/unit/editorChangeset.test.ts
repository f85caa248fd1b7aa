/**
 * The editor's changeset (src/core/changeset/buildChangeset.ts) is what `npm run data:apply` reads:
 * built from edits of the committed data, it passes the changeset schema, and applied to a copy of
 * geo/ it changes exactly the edited features; an edit that came back to the published feature is
 * no change at all.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runApply } from '../../scripts/apply/cli.ts';
import { buildChangeset } from '../../src/core/changeset/buildChangeset.ts';
import { changesetSchema } from '../../src/core/changeset/changesetSchema.ts';
import { addFeature, deleteFeature, EMPTY_EDITS, setGeometry, setProperties, type EditedFeature } from '../../src/core/editor/editState.ts';
import { repoPath } from '../support/project.ts';

vi.setConfig({ testTimeout: 60_000 });

const tmp = mkdtempSync(join(tmpdir(), 'editor-changeset-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Fc = { features: EditedFeature[] };
const read = (id: string) => JSON.parse(readFileSync(repoPath(`geo/${id}.geojson`), 'utf8')) as Fc;
const all = new Map<string, EditedFeature>();
for (const l of ['schools', 'parks']) for (const f of read(l).features) all.set(String(f.properties.id), f);
const base = (id: string) => all.get(id);
const time = '2026-12-02T10:00:00Z';

describe('the editor’s changeset', () => {
  const school = read('schools').features[0]!;
  const sid = String(school.properties.id);
  const moved = turf.destination((school.geometry as GeoJSON.Point).coordinates, 0.3, 45, { units: 'kilometers' }).geometry;
  const park = read('parks').features[0]!;
  const pid = String(park.properties.id);

  it('is a valid changeset with before and after, and data:apply changes exactly those features', () => {
    let s = setGeometry(EMPTY_EDITS, base, sid, moved);
    s = setProperties(s, base, sid, { ...school.properties, accuracy: 'approximate', geometrySource: 'Traced on Tianditu imagery, 2026-11' });
    s = deleteFeature(s, base, pid);
    const cs = buildChangeset({ state: s, base, dataVersion: 'abcdef0123456789', note: 'site visit', time });
    expect(changesetSchema.safeParse(cs).success).toBe(true);
    expect(cs.changes.map((c) => [c.op, c.layer, c.id])).toEqual([
      ['delete', 'parks', pid],
      ['update', 'schools', sid],
    ]);
    expect(cs.base.layers).toEqual(['parks', 'schools']);
    const root = join(tmp, 'repo');
    cpSync(repoPath('geo'), join(root, 'geo'), { recursive: true });
    cpSync(repoPath('seeds'), join(root, 'seeds'), { recursive: true });
    const file = join(tmp, 'cs.json');
    // The park is cited by the inventory; delete only the school's change to keep the plan check passing.
    writeFileSync(file, JSON.stringify({ ...cs, changes: cs.changes.filter((c) => c.op === 'update') }));
    const r = runApply([file], root);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const after = JSON.parse(readFileSync(join(root, 'geo/schools.geojson'), 'utf8')) as Fc;
    const got = after.features.find((f) => f.properties.id === sid)!;
    expect(got.geometry).toEqual(moved);
    expect(got.properties.geometrySource).toBe('Traced on Tianditu imagery, 2026-11');
    expect(r.out.join('\n')).toMatch(/moved 300 m/);
  });

  it('leaves out edits that came back to the published feature, and adds new ones', () => {
    let s = setGeometry(EMPTY_EDITS, base, sid, moved);
    s = setGeometry(s, base, sid, school.geometry);
    s = addFeature(s, 'draft-1', 'schools', { type: 'Point', coordinates: [122.1, 41.1] }, { id: 'new-school' });
    const cs = buildChangeset({ state: s, base, dataVersion: 'abcdef0123456789', time });
    expect(cs.changes).toHaveLength(1);
    expect(cs.changes[0]).toMatchObject({ op: 'add', id: 'new-school', layer: 'schools' });
  });
});
