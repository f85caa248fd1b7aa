/**
 * Derives the presentation's geographic frame (public/frame/presentation-frame.json) from the
 * DataV.GeoAtlas-kind reference files, which are not committed (see /work/shared/reference/README.md):
 *
 * - China's provinces and the 南海诸岛 line (`100000_JD`): land, provincial borders and the national
 *   outline for the national step (the compliant, 标准地图-kind outline; never Natural Earth's);
 * - Liaoning's cities: land (the coast and Liaodong Bay read as where the land stops), city borders
 *   and city names for the regional steps;
 * - Panjin's counties: the county borders, except those of 兴隆台区 itself (the app draws the
 *   district's own outline; two independently simplified copies of one border criss-cross, which is
 *   what made the neighbours' outlines look spiky).
 *
 * Every file is converted GCJ-02 → WGS-84 with gcoord, then simplified *topologically*: each border
 * shared by two areas is simplified once (Douglas–Peucker between the points where three areas meet),
 * so neighbours keep one common line instead of two that cross each other.
 *
 * Usage: npx tsx scripts/frame/derive-frame.ts [reference-dir]   (default /work/shared/reference)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readAreas as readAreasIn, simplifyTopologically, type Arc, type Area, type Pt, type Ring } from './topology.ts';

const dir = resolve(process.argv[2] ?? '/work/shared/reference');
const out = resolve(import.meta.dirname, '../../public/frame/presentation-frame.json');
const readAreas = (file: string) => readAreasIn(dir, file);

type Feature = { type: 'Feature'; properties: Record<string, string | number>; geometry: { type: string; coordinates: unknown } };
const features: Feature[] = [];
const lines = (kind: string, arcs: Arc[], props: Record<string, string> = {}) => {
  if (arcs.length) features.push({ type: 'Feature', properties: { kind, ...props }, geometry: { type: 'MultiLineString', coordinates: arcs.map((a) => a.path) } });
};
const land = (kind: string, a: Area, props: Record<string, string> = {}) =>
  features.push({ type: 'Feature', properties: { kind, name: a.name, ...props }, geometry: { type: 'MultiPolygon', coordinates: a.polys } });
const label = (kind: string, zh: string, en: string, at: Pt) =>
  features.push({ type: 'Feature', properties: { kind, nameZh: zh, nameEn: en }, geometry: { type: 'Point', coordinates: at } });

// China: about 5 km at national scale. The 南海诸岛 line keeps its own detail (its dashes are small).
const china = readAreas('frame/china-100000-provinces.datav.json');
const dashes = china.filter((a) => a.code.endsWith('_JD'));
const provinces = simplifyTopologically(
  china.filter((a) => !a.code.endsWith('_JD')),
  0.05,
);
for (const a of provinces.areas) land('province', a);
lines('province-border', provinces.arcs.filter((a) => a.owners.length > 1));
lines('national-outline', provinces.arcs.filter((a) => a.owners.length === 1));
for (const a of simplifyTopologically(dashes, 0.005).areas) land('south-china-sea-line', a);

// Liaoning's cities: about 500 m.
const CITY_EN: Record<string, string> = {
  沈阳市: 'Shenyang', 大连市: 'Dalian', 鞍山市: 'Anshan', 抚顺市: 'Fushun', 本溪市: 'Benxi', 丹东市: 'Dandong', 锦州市: 'Jinzhou',
  营口市: 'Yingkou', 阜新市: 'Fuxin', 辽阳市: 'Liaoyang', 盘锦市: 'Panjin', 铁岭市: 'Tieling', 朝阳市: 'Chaoyang', 葫芦岛市: 'Huludao',
};
const cities = simplifyTopologically(readAreas('frame/liaoning-210000-cities.datav.json'), 0.005);
const panjin = cities.areas.findIndex((a) => a.name === '盘锦市');
for (const a of cities.areas) land('city', a);
// Panjin's own outline comes from its counties (same simplification as their borders) — not twice.
lines('city-border', cities.arcs.filter((a) => !a.owners.includes(panjin)));
for (const a of cities.areas) if (a.at) label(a.name === '盘锦市' ? 'city-label-panjin' : 'city-label', a.name, CITY_EN[a.name] ?? a.name, a.at);

// Panjin's counties: about 300 m, without the district's own border.
const counties = simplifyTopologically(readAreas('panjin-211100-districts.gcj02.geojson'), 0.003);
const district = counties.areas.findIndex((a) => a.name === '兴隆台区');
lines('county-border', counties.arcs.filter((a) => !a.owners.includes(district)));

// Names of the sea. Cartographic placements (a point in open water, checked below), not data.
const SEA: [string, string, Pt][] = [
  ['辽东湾', 'Liaodong Bay', [121.45, 40.5]],
  ['渤海', 'Bohai Sea', [120.0, 39.0]],
];
const inside = (p: Pt, ring: Ring) => {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [a, b] = [ring[i]!, ring[j]!];
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) c = !c;
  }
  return c;
};
for (const [zh, en, at] of SEA) {
  if (provinces.areas.some((a) => a.polys.some((poly) => inside(at, poly[0]!)))) throw new Error(`${zh}: label point ${at.join(',')} is on land`);
  label('sea-label', zh, en, at);
}

const json = JSON.stringify({
  type: 'FeatureCollection',
  $comment: 'Derived by scripts/frame/derive-frame.ts from DataV.GeoAtlas-kind boundaries (GCJ-02 → WGS-84, simplified). Orientation only, not a survey.',
  features,
});
writeFileSync(out, json + '\n');
console.log(`${out}: ${features.length} features, ${(json.length / 1024).toFixed(0)} KB`);
