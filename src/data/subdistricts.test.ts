import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import gcoord from 'gcoord';
import type { MultiPolygon, Point, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CENTRES_FILE, CODES_FILE, DEFAULT_REFERENCE_DIR, readCentres, readCodes, run } from '../../scripts/admin/subdistricts.ts';
import { loadTestProject, readRepoFile, readRepoJson } from '../../tests/support/project.ts';
import { thrownBy } from '../../tests/support/thrown.ts';
import type { PlanFeatureCollection } from '../core/featureSchema.ts';
import { GeoValidationError } from '../core/validateGeo.ts';

/**
 * geo/subdistricts.geojson: the 12 township-level units of the 2023 code list by name and code; the
 * seven with a public 2016 centre as approximate points (GCJ-02 → WGS-84), the five without as
 * unlocated features (geometry null). Checked against the reference files when they are on the
 * machine (../shared/reference/admin), else against the codes written here.
 */
type RawFeature = { geometry: Point | null; properties: PlanFeatureCollection['features'][number]['properties'] };
const raw = readRepoJson<{ features: RawFeature[] }>('geo/subdistricts.geojson').features;
const hasReference = existsSync(resolve(DEFAULT_REFERENCE_DIR, CODES_FILE));
const ref = (f: string) => readFileSync(resolve(DEFAULT_REFERENCE_DIR, f), 'utf8');

const CODES: Record<string, string> = {
  '211103001': '振兴街道', '211103002': '兴隆街道', '211103003': '渤海街道', '211103004': '新工街道',
  '211103007': '曙光街道', '211103008': '欢喜岭街道', '211103013': '沈采街道', '211103016': '创新街道',
  '211103017': '兴盛街道', '211103018': '兴海街道', '211103019': '惠宾街道', '211103400': '盘锦高新技术产业开发区',
};
const NO_PLACE = ['211103008', '211103013', '211103016', '211103019', '211103400'];

describe('the official sub-districts', () => {
  it('are the 12 units of the 2023 code list, by name and 9-digit code', () => {
    expect(raw).toHaveLength(12);
    expect(Object.fromEntries(raw.map((f) => [f.properties.adminCode, f.properties.name.zh]))).toEqual(CODES);
  });

  it.skipIf(!hasReference)('match the reference code list (panjin_streets_2023_names_only.csv)', () => {
    expect(Object.fromEntries(readCodes(ref(CODES_FILE)))).toEqual(CODES);
  });

  it('keep the ids the plan’s places cite', () => {
    const ids = raw.map((f) => f.properties.id);
    for (const id of ['subdistrict-shuguang', 'subdistrict-xinglong', 'subdistrict-chuangxin', 'subdistrict-xinghai', 'subdistrict-huibin']) {
      expect(ids).toContain(id);
    }
  });

  it('draw seven as approximate seat points inside the district, with the credit, and five with no known place', () => {
    const { store } = loadTestProject();
    const district = store.byId.get('xinglongtai-district')?.geometry as MultiPolygon;
    for (const f of raw) {
      const p = f.properties;
      if (NO_PLACE.includes(p.adminCode ?? '')) {
        expect(f.geometry, p.id).toBeNull();
        expect(p.accuracy).toBe('unlocated');
        continue;
      }
      expect(f.geometry?.type, p.id).toBe('Point');
      expect(p.accuracy).toBe('approximate');
      expect(p.geometrySource).toContain('Vonng/adcode, CC BY 4.0, Amap geocoding 2016');
      expect(turf.booleanPointInPolygon(f.geometry?.coordinates as Position, district), p.id).toBe(true);
    }
  });

  it.skipIf(!hasReference)('place each point within 3 m of gcoord’s GCJ-02 → WGS-84 transform of its 2016 centre', () => {
    const centres = readCentres(ref(CENTRES_FILE));
    let checked = 0;
    for (const f of raw) {
      const gcj = centres.get(f.properties.adminCode ?? '');
      if (!gcj) continue;
      const wgs = gcoord.transform([gcj[0], gcj[1]] as [number, number], gcoord.GCJ02, gcoord.WGS84) as Position;
      const metres = turf.distance(wgs, f.geometry?.coordinates as Position, { units: 'meters' });
      expect(metres, f.properties.id).toBeLessThan(3);
      // The datum shift itself is hundreds of metres: the file holds converted points, not raw GCJ-02.
      expect(turf.distance(gcj, f.geometry?.coordinates as Position, { units: 'meters' })).toBeGreaterThan(200);
      checked++;
    }
    expect(checked).toBe(7);
  });

  it.skipIf(!hasReference)('is what scripts/admin/subdistricts.ts makes from the reference (re-runnable)', () => {
    expect(run(['--check']).code).toBe(0);
  });

  it('reach the store: seven drawn, five known by name and code but not drawn', () => {
    const { store } = loadTestProject();
    expect(store.byLayer.get('subdistricts')?.features).toHaveLength(7);
    expect([...store.unlocated.values()].map((f) => f.properties.adminCode).sort()).toEqual(NO_PLACE);
    expect(store.byId.has('subdistrict-huibin')).toBe(false);
  });
});

describe('the contract of a feature with no known place', () => {
  const subdistricts = readRepoFile('geo/subdistricts.geojson');
  const swap = (from: string, to: string) => loadTestProject({ layers: { subdistricts: subdistricts.replace(from, to) } });

  it('rejects a null geometry whose accuracy is not "unlocated"', () => {
    const e = thrownBy(GeoValidationError, () => swap('"accuracy": "unlocated"', '"accuracy": "schematic"'));
    expect(e.message).toContain('null geometry (no known place) needs accuracy "unlocated"');
  });

  it('rejects "unlocated" on a feature that has a geometry', () => {
    const e = thrownBy(GeoValidationError, () => swap('"accuracy": "approximate"', '"accuracy": "unlocated"'));
    expect(e.message).toContain('"unlocated" is for a feature whose geometry is null');
  });
});
