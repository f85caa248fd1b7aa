#!/usr/bin/env node
/**
 * Derives the project's own simplified administrative outlines in WGS-84:
 *
 *   geo/district.geojson    兴隆台区 (main body and exclaves, MultiPolygon), simplified at ~0.002° (~200 m)
 *   geo/base-admin.geojson  双台子区, 大洼区, 盘山县 as context, simplified at ~0.004° (~400 m)
 *
 * Source: ../shared/reference/panjin-211100-districts.gcj02.geojson (relative to the repository root),
 * a public administrative-division GeoJSON of the DataV.GeoAtlas kind in GCJ-02. It is read here only;
 * it is converted to WGS-84 with gcoord, simplified with turf (Douglas–Peucker, high quality) and
 * rounded to 5 decimals. The output is deterministic: the same reference gives the same bytes.
 *
 * Usage: node scripts/geo/derive-outlines.mjs
 */
import { ADCODE, readReferenceWgs84, referenceFeature, simplifyRound, turf, writeGeoJson } from './lib.mjs';

const DISTRICT_TOLERANCE = 0.002;
const CONTEXT_TOLERANCE = 0.004;
const AS_OF = '2021-06-16';

const ref = readReferenceWgs84();

const method = (tol) =>
  'Public administrative-division boundary of the DataV.GeoAtlas kind (county level, GCJ-02, republished in the ' +
  'anzhou99/GeoJsons repository), converted GCJ-02 → WGS-84 with gcoord, simplified with turf (Douglas–Peucker) at ' +
  `${tol}° (about ${Math.round(tol * 100000)} m) and rounded to 5 decimals by scripts/geo/derive-outlines.mjs. ` +
  'Not an official survey: shown for orientation only; the legal boundary may differ by hundreds of metres.';

// ---- 兴隆台区 -------------------------------------------------------------------------------------
const xlt = referenceFeature(ref, ADCODE.xinglongtai);
const districtGeom = simplifyRound(xlt.geometry, DISTRICT_TOLERANCE);
if (districtGeom.type !== 'MultiPolygon') throw new Error('expected a MultiPolygon for the district');

const district = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: districtGeom,
      properties: {
        id: 'xinglongtai-district',
        name: { zh: '兴隆台区', en: 'Xinglongtai District' },
        layer: 'district',
        kind: 'district',
        status: 'existing',
        statusAsOf: AS_OF,
        statusSource: { ref: 'c1', label: '规划纲要（兴政发〔2021〕9号）' },
        planRefs: ['c1'],
        period: 'context',
        accuracy: 'approximate',
        geometrySource: `${method(DISTRICT_TOLERANCE)} The main body lies in the east (the city) and west (between the 辽河 and the 绕阳河); the small parts south-east, west and north are exclaves (oilfield sites).`,
        note: {
          zh: '区界为公开行政区划数据的简化版，仅作示意定位，非法定界线。',
          en: 'A simplified public boundary for orientation, not the legal boundary.',
        },
      },
    },
  ],
};

// ---- Neighbours ---------------------------------------------------------------------------------
const neighbours = [
  {
    adcode: ADCODE.shuangtaizi,
    id: 'county-shuangtaizi',
    name: { zh: '双台子区', en: 'Shuangtaizi District' },
    planRefs: ['c1'],
    statusSource: { ref: 'c1', label: '规划纲要（兴政发〔2021〕9号）' },
    note: {
      zh: '规划纲要未提及双台子区；作为北邻区县的底图背景显示。',
      en: 'The plan does not name Shuangtaizi District; shown as the northern neighbour for context.',
    },
  },
  {
    adcode: ADCODE.dawa,
    id: 'county-dawa',
    name: { zh: '大洼区', en: 'Dawa District' },
    planRefs: ['s23'],
    planQuotes: ['与大洼区、辽东湾新区研究共同建立“飞地”园区'],
    statusSource: { ref: 's23', label: '（二十三）实施跨区域“飞地”合作' },
    note: {
      zh: '规划纲要在（二十三）中提到与大洼区共建“飞地”园区；作为南邻区县的底图背景显示。',
      en: 'Named in section 23 (joint “enclave” parks with Dawa); shown as the southern neighbour for context.',
    },
  },
  {
    adcode: ADCODE.panshan,
    id: 'county-panshan',
    name: { zh: '盘山县', en: 'Panshan County' },
    planRefs: ['c1'],
    statusSource: { ref: 'c1', label: '规划纲要（兴政发〔2021〕9号）' },
    note: {
      zh: '规划纲要未提及盘山县；作为西、北邻县的底图背景显示。',
      en: 'The plan does not name Panshan County; shown as the western and northern neighbour for context.',
    },
  },
];

const baseAdmin = {
  type: 'FeatureCollection',
  features: neighbours.map((n) => ({
    type: 'Feature',
    geometry: simplifyRound(referenceFeature(ref, n.adcode).geometry, CONTEXT_TOLERANCE),
    properties: {
      id: n.id,
      name: n.name,
      layer: 'base-admin',
      kind: 'county',
      status: 'existing',
      statusAsOf: AS_OF,
      statusSource: n.statusSource,
      planRefs: n.planRefs,
      ...(n.planQuotes ? { planQuotes: n.planQuotes } : {}),
      period: 'context',
      accuracy: 'approximate',
      geometrySource: method(CONTEXT_TOLERANCE),
      note: n.note,
    },
  })),
};

writeGeoJson('geo/district.geojson', district);
writeGeoJson('geo/base-admin.geojson', baseAdmin);

const km2 = (g) => (turf.area(turf.feature(g)) / 1e6).toFixed(1);
const parts = districtGeom.coordinates.length;
console.log(`geo/district.geojson: 兴隆台区 ${km2(districtGeom)} km² in ${parts} parts (reference: ${km2(xlt.geometry)} km²)`);
for (const f of baseAdmin.features) console.log(`geo/base-admin.geojson: ${f.properties.name.zh} ${km2(f.geometry)} km²`);
