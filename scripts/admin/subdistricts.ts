/**
 * Writes geo/subdistricts.geojson: the district's 12 township-level units of the national statistics
 * bureau's 2023 code list (11 街道 and the 高新区), by name and 9-digit code. Seven have a public
 * centre (Amap geocoding, July 2016, via Vonng/adcode, CC BY 4.0): each becomes a Point, converted
 * GCJ-02 → WGS-84 with gcoord and marked `approximate`. The other five have no known place: a feature
 * with `geometry: null` (RFC 7946 §3.2, an unlocated feature) and `accuracy: "unlocated"`. No
 * boundary of any 街道 is public, so no area is drawn.
 *
 *   npx tsx scripts/admin/subdistricts.ts [reference-dir] [--check]
 *
 * reference-dir defaults to ../shared/reference/admin (next to the checkout). `--check` writes
 * nothing and exits 1 when the committed file differs from what the reference gives.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import gcoord from 'gcoord';
import { formatGeoJson } from '../apply/format.ts';
import { runIfMain, writeFileAtomically, type CliResult } from '../cli.ts';

const root = resolve(import.meta.dirname, '../..');
export const OUT_FILE = resolve(root, 'geo/subdistricts.geojson');
export const DEFAULT_REFERENCE_DIR = resolve(root, '../shared/reference/admin');
export const CODES_FILE = 'panjin_streets_2023_names_only.csv';
export const CENTRES_FILE = 'panjin_admin_centres_2016.gcj02.geojson';
export const CREDIT = 'Vonng/adcode, CC BY 4.0, Amap geocoding 2016';

interface Unit {
  code: string;
  id: string;
  en: string;
  planRefs: string[];
  planQuotes?: string[];
  /** How the plan states the unit exists; else the code list does. */
  statusSource?: { ref: string; label: string };
  note?: { zh: string; en: string };
}

/**
 * The 12 units in code order. The five ids the plan's places already cite (曙光, 兴隆, 创新, 兴海, 惠宾)
 * keep their ids, quotes and notes; a unit the plan does not name cites the district's chapter (c1).
 */
export const UNITS: Unit[] = [
  { code: '211103001', id: 'subdistrict-zhenxing', en: 'Zhenxing Subdistrict', planRefs: ['c1'] },
  {
    code: '211103002',
    id: 'subdistrict-xinglong',
    en: 'Xinglong Subdistrict',
    planRefs: ['t5-r11'],
    planQuotes: ['兴隆街道二基地'],
    statusSource: { ref: 't5-r11', label: '表5 第11行：兴隆街道二基地' },
  },
  { code: '211103003', id: 'subdistrict-bohai', en: 'Bohai Subdistrict', planRefs: ['c1'] },
  { code: '211103004', id: 'subdistrict-xingong', en: 'Xingong Subdistrict', planRefs: ['c1'] },
  {
    code: '211103007',
    id: 'subdistrict-shuguang',
    en: 'Shuguang Subdistrict',
    planRefs: ['t5-r4', 't5-r8'],
    planQuotes: ['服务曙光街道约8.5平方公里区域', '曙光街道环沟综合整治'],
    statusSource: { ref: 't5-r4', label: '表5 第4行：曙光污水处理厂服务曙光街道' },
    note: {
      zh: '规划所述“约8.5平方公里”是污水处理厂的服务范围，不是街道面积。',
      en: 'The plan’s “about 8.5 km²” is the area the sewage plant serves, not the subdistrict’s area.',
    },
  },
  { code: '211103008', id: 'subdistrict-huanxiling', en: 'Huanxiling Subdistrict', planRefs: ['c1'] },
  { code: '211103013', id: 'subdistrict-shencai', en: 'Shencai Subdistrict', planRefs: ['c1'] },
  {
    code: '211103016',
    id: 'subdistrict-chuangxin',
    en: 'Chuangxin Subdistrict',
    planRefs: ['t5-r11', 's9'],
    planQuotes: ['创新街道浅海'],
    statusSource: { ref: 't5-r11', label: '表5 第11行：创新街道浅海' },
  },
  { code: '211103017', id: 'subdistrict-xingsheng', en: 'Xingsheng Subdistrict', planRefs: ['c1'] },
  {
    code: '211103018',
    id: 'subdistrict-xinghai',
    en: 'Xinghai Subdistrict',
    planRefs: ['t5-r11'],
    planQuotes: ['兴海街道小粮玉村'],
    statusSource: { ref: 't5-r11', label: '表5 第11行：兴海街道小粮玉村' },
  },
  {
    code: '211103019',
    id: 'subdistrict-huibin',
    en: 'Huibin Subdistrict',
    planRefs: ['t5-r11', 's35', 't4-r13'],
    planQuotes: ['惠宾街道腰二十里和后二十里村', '建成惠宾街道卫生服务中心', '惠宾（振兴）'],
    statusSource: { ref: 't5-r11', label: '表5 第11行：惠宾街道腰二十里和后二十里村' },
    note: {
      zh: '表4第13行写作“惠宾（振兴）”，正文写作“兴海振兴2个社区卫生服务中心”：“振兴”在此是同一卫生服务中心的别称。',
      en: 'Table 4 row 13 writes “惠宾（振兴）” where the text says “兴海振兴”: 振兴 there names the same health centre.',
    },
  },
  {
    code: '211103400',
    id: 'subdistrict-gaoxin',
    en: 'Panjin High-tech Industrial Development Zone',
    planRefs: ['s23'],
    planQuotes: ['高新区'],
  },
];

const CODE_LIST_URL = 'https://github.com/modood/Administrative-divisions-of-China';
const NO_PLACE = {
  zh: '位置未知：公开数据中既没有它的边界，也没有它的驻地点，因此地图上不标注。',
  en: 'No known place: public data holds neither its boundary nor its seat, so the map does not show it.',
};
const SEAT = {
  zh: '图上的点是2016年高德地理编码给出的驻地/中心（近似），不是边界；街道范围未知。',
  en: 'The point is the seat/centre Amap geocoding gave in 2016 (approximate), not a boundary; the area is not known.',
};

/** The 2023 code list's units of 兴隆台区 (211103): code → name. */
export function readCodes(csv: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const m = /^(\d{9}),"?([^",]+)"?,211103,/.exec(line);
    if (m?.[1] && m[2]) out.set(m[1], m[2]);
  }
  return out;
}

/** The 2016 centre points of the 街道 of 211103, GCJ-02: 9-digit code → [lon, lat]. */
export function readCentres(json: string): Map<string, [number, number]> {
  const fc = JSON.parse(json) as { features: { properties: { code12: string; level: string }; geometry: { coordinates: number[] } }[] };
  const out = new Map<string, [number, number]>();
  for (const f of fc.features) {
    const { code12, level } = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    if (level === 'town' && code12.startsWith('211103') && lon !== undefined && lat !== undefined) out.set(code12.slice(0, 9), [lon, lat]);
  }
  return out;
}

/** GCJ-02 → WGS-84 (gcoord changes its argument, so it gets a copy), to 5 decimals (~1 m, the geo/ files’ precision). */
export function toWgs84(gcj: [number, number]): [number, number] {
  const [lon, lat] = gcoord.transform([gcj[0], gcj[1]] as [number, number], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [Number(lon.toFixed(5)), Number(lat.toFixed(5))];
}

export function buildSubdistricts(codesCsv: string, centresJson: string): object {
  const codes = readCodes(codesCsv);
  const centres = readCentres(centresJson);
  const listed = [...codes.keys()].sort();
  const known = UNITS.map((u) => u.code).sort();
  if (listed.join() !== known.join()) throw new Error(`the code list has ${listed.join(',')}; this script knows ${known.join(',')}`);
  const features = UNITS.map((u) => {
    const zh = codes.get(u.code) ?? '';
    const gcj = centres.get(u.code);
    const listLabel = `国家统计局2023年统计用区划代码（截至2023-06-30）：${u.code} ${zh}`;
    const properties = {
      id: u.id,
      name: { zh, en: u.en },
      layer: 'subdistricts',
      kind: 'subdistrict',
      adminCode: u.code,
      // One dated entry (issue 12: a status is a history); the code list's date, its source.
      statusHistory: [{ status: 'existing', asOf: '2023-06-30', source: u.statusSource ?? { label: listLabel, url: CODE_LIST_URL } }],
      planRefs: u.planRefs,
      ...(u.planQuotes ? { planQuotes: u.planQuotes } : {}),
      period: 'context',
      accuracy: gcj ? 'approximate' : 'unlocated',
      geometrySource: gcj
        ? `Seat/centre point, not a boundary: ${CREDIT} (data/adcode/211103.csv, ${u.code}000), GCJ-02 ${gcj[0]}, ${gcj[1]} converted to WGS-84 with gcoord by scripts/admin/subdistricts.ts. Name and code: ${listLabel}.`
        : `No known place: no public boundary and no public centre point (Vonng/adcode 2016 has none for ${u.code}). Name and code: ${listLabel}.`,
      note: u.note ? { zh: `${u.note.zh}${gcj ? SEAT.zh : NO_PLACE.zh}`, en: `${u.note.en} ${gcj ? SEAT.en : NO_PLACE.en}` } : gcj ? SEAT : NO_PLACE,
    };
    return { type: 'Feature', geometry: gcj ? { type: 'Point', coordinates: toWgs84(gcj) } : null, properties };
  });
  return {
    type: 'FeatureCollection',
    $comment:
      'Made by scripts/admin/subdistricts.ts from ../shared/reference/admin (do not edit by hand). Points are seats, not areas; a feature with geometry null has no known place.',
    features,
  };
}

export function run(argv: string[]): CliResult {
  const check = argv.includes('--check');
  const dir = argv.find((a) => !a.startsWith('--')) ?? DEFAULT_REFERENCE_DIR;
  try {
    // Written as data:apply writes layers (one position per line), so that an apply shows only its change.
    const text = formatGeoJson(buildSubdistricts(readFileSync(resolve(dir, CODES_FILE), 'utf8'), readFileSync(resolve(dir, CENTRES_FILE), 'utf8')));
    if (check) {
      const same = readFileSync(OUT_FILE, 'utf8') === text;
      return { code: same ? 0 : 1, out: [same ? 'geo/subdistricts.geojson is up to date' : ''], err: same ? [] : ['geo/subdistricts.geojson differs from the reference; run without --check'] };
    }
    writeFileAtomically(OUT_FILE, text);
    return { code: 0, out: [`wrote ${OUT_FILE}`], err: [] };
  } catch (e) {
    return { code: 1, out: [], err: [(e as Error).message] };
  }
}

runIfMain(import.meta.filename, run);
