/**
 * Derives the neighbouring counties' outlines (geo/base-admin.geojson) so that they meet the district's
 * own outline (geo/district.geojson) exactly, without slivers.
 *
 * The old outlines were simplified apart from the district's (0.004° against 0.002°), so the two
 * copies of each shared border criss-crossed: thin overlaps and gaps all along it, which drew as
 * spikes. Here Panjin's counties (the DataV.GeoAtlas-kind reference file, not committed: see
 * /work/shared/reference/README.md) are converted GCJ-02 → WGS-84 and simplified *topologically* at
 * 0.004° (each border once: scripts/frame/topology.ts), so the neighbours share their borders with each
 * other; then each neighbour takes the gaps between the district's simplified copy and the committed
 * outline along its border, and the committed district is cut out of it. A neighbour's border with the
 * district is then the district's own line. Only the geometries of the three features change; their
 * properties stay (the `geometrySource` says how they were made). src/data/baseAdmin.test.ts checks
 * the result: no overlap with the district, no gap along it.
 *
 * Usage: npx tsx scripts/admin/derive-base-admin.ts [reference-dir]   (default /work/shared/reference)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { readAreas, simplifyTopologically, type Area } from '../frame/topology.ts';

const dir = resolve(process.argv[2] ?? '/work/shared/reference');
const geo = (f: string) => resolve(import.meta.dirname, '../../geo', f);
const DISTRICT = '兴隆台区';
/** Degrees (about 400 m), as the neighbours were simplified before. */
const TOLERANCE = 0.004;
/** Parts smaller than this (m²) left by the cutting are dropped: rounding crumbs, not land. */
const CRUMB_M2 = 2000;

type Area2 = Feature<Polygon | MultiPolygon>;
const asFeature = (a: Area): Area2 => turf.multiPolygon(a.polys as Position[][][]);
const round5 = (v: number) => Math.round(v * 1e5) / 1e5;

const counties = simplifyTopologically(readAreas(dir, 'panjin-211100-districts.gcj02.geojson'), TOLERANCE).areas;
const districtTopo = counties.find((a) => a.name === DISTRICT);
if (!districtTopo) throw new Error(`no ${DISTRICT} in the reference`);
const district = (JSON.parse(readFileSync(geo('district.geojson'), 'utf8')) as FeatureCollection<MultiPolygon>).features[0] as Area2;

const neighbours = new Map(counties.filter((a) => a.name !== DISTRICT).map((a) => [a.name, asFeature(a)]));
// Where the committed outline lies inside the district's simplified copy: a gap that belongs to the
// neighbour on the other side of that border (the one it touches most).
const gaps = turf.difference(turf.featureCollection([asFeature(districtTopo), district]));
for (const gap of gaps ? turf.flatten(gaps).features : []) {
  const near = turf.buffer(gap, 0.02, { units: 'kilometers' });
  if (!near) continue;
  let best: string | null = null;
  let most = 0;
  for (const [name, n] of neighbours) {
    const shared = turf.intersect(turf.featureCollection([near, n]));
    const a = shared ? turf.area(shared) : 0;
    if (a > most) [best, most] = [name, a];
  }
  if (best) neighbours.set(best, turf.union(turf.featureCollection([neighbours.get(best)!, gap])) as Area2);
}

/** The polygons of a cut area, rounded, without crumbs. */
function tidy(a: Area2): Position[][][] {
  return turf
    .flatten(a)
    .features.filter((p) => turf.area(p) >= CRUMB_M2)
    .map((p) => p.geometry.coordinates.map((ring) => turf.cleanCoords(turf.lineString(ring.map(([x, y]) => [round5(x!), round5(y!)]))).geometry.coordinates));
}

const file = geo('base-admin.geojson');
const fc = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<MultiPolygon, { name: { zh: string }; geometrySource: string }>;
const SOURCE =
  'Public administrative-division boundary of the DataV.GeoAtlas kind (county level, GCJ-02, republished in the anzhou99/GeoJsons repository), ' +
  'converted GCJ-02 → WGS-84 with gcoord, simplified topologically at 0.004° (about 400 m; each shared border once) and cut along the ' +
  "district's own outline, so that the two meet without slivers, by scripts/admin/derive-base-admin.ts; rounded to 5 decimals. " +
  'Not an official survey: shown for orientation only; the legal boundary may differ by hundreds of metres.';
for (const f of fc.features) {
  const n = neighbours.get(f.properties.name.zh);
  if (!n) throw new Error(`no ${f.properties.name.zh} in the reference`);
  const cut = turf.difference(turf.featureCollection([n, district]));
  if (!cut) throw new Error(`${f.properties.name.zh}: nothing left outside the district`);
  f.geometry = { type: 'MultiPolygon', coordinates: tidy(cut) };
  f.properties.geometrySource = SOURCE;
  console.log(`${f.properties.name.zh}: ${f.geometry.coordinates.length} parts, ${(turf.area(f) / 1e6).toFixed(1)} km²`);
}
// As the geo/ files are written: two spaces, a position on one line.
writeFileSync(file, JSON.stringify(fc, null, 2).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]') + '\n');
