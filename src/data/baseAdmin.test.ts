import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';

/**
 * The neighbouring counties (geo/base-admin.geojson) meet the district's outline (geo/district.geojson)
 * without slivers: simplified apart from it, they overlapped it and left gaps along it, drawn as
 * spikes (issue 14). scripts/admin/derive-base-admin.ts makes them meet it exactly.
 */

const read = <T>(path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as T;
type Area = Feature<Polygon | MultiPolygon, { id: string }>;
const district = read<FeatureCollection<MultiPolygon>>('geo/district.geojson').features[0] as Area;
const neighbours = read<FeatureCollection<MultiPolygon, { id: string }>>('geo/base-admin.geojson').features as Area[];

/** Square metres of a (multi)polygon's parts, and their mean width in metres (area over half the perimeter). */
function pieces(a: Feature<Polygon | MultiPolygon> | null): { m2: number; width: number }[] {
  if (!a) return [];
  return turf.flatten(a).features.map((p) => {
    const m2 = turf.area(p);
    const perimeter = turf.length(turf.polygonToLine(p) as Feature<never>, { units: 'meters' });
    return { m2, width: m2 / (perimeter / 2) };
  });
}

describe('the neighbouring counties meet the district without slivers', () => {
  it('no county overlaps the district (beyond rounding)', () => {
    for (const n of neighbours) {
      const overlap = pieces(turf.intersect(turf.featureCollection([n, district])));
      expect(overlap.reduce((s, p) => s + p.m2, 0), `${n.properties.id} inside the district, m²`).toBeLessThan(5000);
    }
  });

  it('no thin gap between the district’s main body and the counties around it', () => {
    const main = turf.flatten(district).features.sort((a, b) => turf.area(b) - turf.area(a))[0]!;
    const band = turf.difference(turf.featureCollection([turf.buffer(main, 0.3, { units: 'kilometers' })!, district]));
    const open = pieces(turf.difference(turf.featureCollection([band!, ...neighbours])));
    // Where the district borders no county of the file, the band stays open as a whole (about 100 m and
    // wider); a sliver is a thin piece of it.
    const slivers = open.filter((p) => p.width < 40 && p.m2 > 10_000);
    expect(slivers, 'thin gaps (m², mean width m)').toEqual([]);
    expect(open.reduce((s, p) => s + p.m2, 0) / 1e6, 'open km² within 300 m of the main body').toBeLessThan(0.5);
  });
});
