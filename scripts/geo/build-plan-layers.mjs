#!/usr/bin/env node
/**
 * Builds the project's plan and basemap layers that are drawn by hand from the plan's own clues:
 *
 *   geo/base-roads.geojson    roads the plan names (plus 青年路 from press reports of the park)
 *   geo/base-rivers.geojson   辽河, 绕阳河, 螃蟹沟, 六零河, 清水河
 *   geo/subdistricts.geojson  the five 街道 the plan names (schematic areas)
 *   geo/residential.geojson   the 9 km² 高端居住示范区 of （十四）
 *   geo/parks.geojson         城市绿岛公园 (表5 row 7)
 *   geo/water-works.geojson   the water works of 表5 rows 1–6 and 8
 *   geo/schools.geojson       the kindergartens and schools of 表8 rows 1–2
 *   geo/roads-works.geojson   the 13th-plan road works of 表3 row 2 (moved out of base-roads)
 *
 * and, through more-layers.mjs (same skeleton, same conventions), the further plan layers
 * ecology, renewal, culture-commerce, headquarters-industry, health and cooperation, plus the
 * 13th-plan parks, sewage plants, water system and schools of 表3/表4 and the high schools of 表8.
 *
 * Everything is placed in WGS-84. All road and stream lines are SCHEMATIC: this project has no
 * street survey of Panjin, so each line is put where the plan's words and general knowledge of the
 * town put it and says so in `geometrySource`. Two river lines are derived from the reference
 * administrative boundaries where those boundaries follow the river (the 绕阳河 along the district's
 * western edge, the lower 辽河 along the 大洼区–盘山县 line), read from the same reference file as
 * derive-outlines.mjs (GCJ-02 → WGS-84 with gcoord, simplified with turf, rounded to 5 decimals).
 *
 * Polygons that the plan bounds by roads (the residential zone, the park) are built from the very
 * same road coordinates, so their edges lie on the road lines. Where the plan gives no edge (the
 * zone's north side, the park's 盛世街) the edge is placed so that the polygon encloses the plan's
 * declared area, and the feature says so.
 *
 * Deterministic: the same reference file gives the same bytes.
 * Usage: node scripts/geo/build-plan-layers.mjs
 */
import {
  ADCODE,
  readReferenceWgs84,
  referenceFeature,
  ringStretch,
  round5,
  roundGeometry,
  simplifyRound,
  turf,
  writeGeoJson,
} from './lib.mjs';
import { buildMoreLayers } from './more-layers.mjs';

const AS_OF = '2021-06-16';
const ref = readReferenceWgs84();

// =================================================================================================
// Road skeleton (WGS-84). In Panjin, 路 run north–south and 街 east–west; the plan's own pairs agree
// (向海大道以东…芳草路以西 / 环城南街以北; 西起林丰路…北至盛世街).
// =================================================================================================
const X = {
  zhonghua: 122.055, // 中华路: west of 向海大道 (表3: 西至中华路、东至芳草路); city axis with 向海大道
  linfeng: 122.0625, // 林丰路: park west edge
  qingnian: 122.0745, // 青年路: park east edge (press reports)
  xianghai: 122.078, // 向海大道: N–S axis just east of the government / library quarter
  fangcao: 122.125, // 芳草路: east edge of the 9 km² zone
  youhai: 122.142, // 油海路 (new road, eastern part of town)
};
const Y = {
  huanchengNan: 41.0975, // 环城南街: southern ring street, near the district's southern edge
  xingyou: 41.14, // 兴油街
  gongye: 41.149, // 工业街
};

/** Area in m² of the lon/lat rectangle [w, s, e, n]. */
const rectArea = (w, s, e, n) =>
  turf.area(turf.polygon([[[w, s], [e, s], [e, n], [w, n], [w, s]]]));

/** The northern latitude (5 decimals) at which the rectangle w–e from `s` northward encloses `target` m². */
function northEdgeFor(w, s, e, target) {
  let lo = s;
  let hi = s + 0.2;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (rectArea(w, s, e, mid) < target) lo = mid;
    else hi = mid;
  }
  return round5((lo + hi) / 2);
}

const ZONE_TARGET_M2 = 9_000_000; // （十四）: 9平方公里
const PARK_TARGET_M2 = 723_000; // 表5 第7行: 约1084.5亩 × 2000/3 m²/亩 = 723,000 m²
Y.zoneNorth = northEdgeFor(X.xianghai, Y.huanchengNan, X.fangcao, ZONE_TARGET_M2);
Y.shengshi = northEdgeFor(X.linfeng, Y.huanchengNan, X.qingnian, PARK_TARGET_M2);

// =================================================================================================
// Helpers
// =================================================================================================
const feature = (geometry, properties) => ({ type: 'Feature', geometry: roundGeometry(geometry), properties });
const line = (coordinates) => ({ type: 'LineString', coordinates });
const multiLine = (coordinates) => ({ type: 'MultiLineString', coordinates });
const point = (lon, lat) => ({ type: 'Point', coordinates: [lon, lat] });

/** A chamfered rectangle: reads at once as a schematic area, not a surveyed boundary. */
function octagon(w, s, e, n, c = 0.004) {
  const cy = c * 0.75; // keep the corner cut roughly square on the ground at 41° N
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w + c, s], [e - c, s], [e, s + cy], [e, n - cy], [e - c, n], [w + c, n], [w, n - cy], [w, s + cy], [w + c, s],
      ],
    ],
  };
}

const planned = (ref, label) => ({
  status: 'planned',
  statusAsOf: AS_OF,
  statusSource: { ref, label },
});
const existing = (ref, label) => ({
  status: 'existing',
  statusAsOf: AS_OF,
  statusSource: { ref, label },
});
const PLAN_YEARS = { startYear: 2021, endYear: 2025 };

// =================================================================================================
// Rivers
// =================================================================================================
// 绕阳河: the district's western edge from its northern tip down to the 辽河 follows the 绕阳河
// (新生街道 "西以绕阳河为界"); the reference boundary there measures 28.2 km, against the plan's
// 27.96 km for the left-bank reach 曙光中心闸站 → 绕阳河口 (表5 第2行).
const panshanRing = referenceFeature(ref, ADCODE.panshan).geometry.coordinates[0][0];
const RAOYANG_TOP = [121.8748, 41.229]; // northern tip of the district on the river: taken as 曙光中心闸站
const RAOYANG_MOUTH = [121.8482, 41.0843]; // where the district's western edge meets the 辽河: 绕阳河口
const raoyang = simplifyRound(line(ringStretch(panshanRing, RAOYANG_TOP, RAOYANG_MOUTH)), 0.0005);

// 辽河 (the former 双台子河): downstream of the district it is the 大洼区–盘山县 boundary, which
// follows its meanders; upstream (through 双台子区 and past the district's north-west) it is drawn
// schematically.
const dawaRing = referenceFeature(ref, ADCODE.dawa).geometry.coordinates[0][0];
const liaoLower = simplifyRound(line(ringStretch(dawaRing, [121.8999, 41.108], [121.8537, 40.9888])), 0.0005);
const liaoUpper = [
  [122.1, 41.225],
  [122.06, 41.208],
  [122.02, 41.206],
  [121.985, 41.201],
  [121.958, 41.193],
  [121.938, 41.18],
  [121.929, 41.162],
  [121.919, 41.147],
  [121.907, 41.133],
  [121.901, 41.117],
];
const liao = roundGeometry(line([...liaoUpper, ...liaoLower.coordinates]));

// 螃蟹沟 (the "一轴" of the 水韵兴隆 water system) and its tributary 六零河 (one of the "六纵"). 表5
// 第1行 plans to lead their water to the 辽河 floodplain and back, so they are not drawn as reaching the
// 辽河: the lines stop at the city's western edge. Schematic.
const pangxiegou = [
  [122.135, 41.158],
  [122.11, 41.146],
  [122.085, 41.136],
  [122.06, 41.1315],
  [122.035, 41.127],
  [122.02, 41.125],
  [121.999, 41.1228],
];
const liulinghe = [
  [122.031, 41.163],
  [122.029, 41.15],
  [122.025, 41.137],
  [122.02, 41.125],
];
// 清水河: named only in 表5 第8行 (南外环—清水河明渠). Drawn south of the southern ring, course unknown.
const qingshuihe = [
  [122.1, 41.0805],
  [122.06, 41.0795],
  [122.02, 41.081],
  [121.99, 41.084],
];

const SCHEMATIC_STREAM =
  'Schematic: drawn by hand from the plan’s clues and general knowledge of Panjin; the real course is not known to this project and may lie hundreds of metres away.';

const rivers = [
  feature(liao, {
    id: 'river-liao-he',
    name: { zh: '辽河（主河道）', en: 'Liao River (main channel)' },
    kind: 'river',
    ...existing('t5-r3', '表5 第3行：辽河主河道保护工程'),
    planRefs: ['s9', 't5-r3'],
    planQuotes: ['辽河主河道保护等工程', '辽河主河道保护工程'],
    accuracy: 'schematic',
    geometrySource:
      'Downstream of the district (south of 41.108° N) the line follows the 大洼区–盘山县 boundary of the public administrative-division data (DataV.GeoAtlas kind, GCJ-02 → WGS-84 with gcoord, simplified with turf at 0.0005°), which follows the river’s meanders. Upstream, through 双台子区 and past the district’s north-west, it is drawn schematically by hand between the 兴隆台 city (left bank) and 曙光 (right bank). Not surveyed.',
    note: {
      zh: '辽河盘锦段旧称双台子河；城区位于左岸。',
      en: 'The Panjin reach was formerly called the Shuangtaizi River; the city lies on its left (east) bank.',
    },
  }),
  feature(raoyang, {
    id: 'river-raoyang-he',
    name: { zh: '绕阳河（兴隆台区段）', en: 'Raoyang River (Xinglongtai reach)' },
    kind: 'river',
    ...existing('t5-r2', '表5 第2行：绕阳河左岸兴隆台区段防洪治理工程'),
    planRefs: ['s9', 't5-r2'],
    planQuotes: ['绕阳河'],
    accuracy: 'approximate',
    geometrySource:
      'Follows the district’s western boundary from its northern tip to the 辽河, taken from the public administrative-division data (DataV.GeoAtlas kind, GCJ-02 → WGS-84 with gcoord, simplified with turf at 0.0005°, rounded to 5 decimals). The boundary there is the river (新生街道 is described as bounded by the 绕阳河 on the west), and its length (about 28.2 km) matches the plan’s 27.96 km for this reach. Only the district reach is drawn; not surveyed.',
  }),
  feature(line(pangxiegou), {
    id: 'river-pangxiegou',
    name: { zh: '螃蟹沟', en: 'Pangxiegou Creek' },
    kind: 'river',
    ...existing('t3-r4', '表3 第4行：完成螃蟹沟六零河生态综合整治'),
    planRefs: ['t3-r4', 't5-r1', 's9'],
    planQuotes: ['螃蟹沟'],
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_STREAM} Drawn through the city from the north-east to its western edge, because the plan calls it the “一轴” (axis) of the city’s water system (表3 第6行). Where its water leaves the city is not drawn: 表5 第1行 plans to lead it to the 辽河 floodplain for cleaning and back.`,
  }),
  feature(line(liulinghe), {
    id: 'river-liulinghe',
    name: { zh: '六零河', en: 'Liuling River' },
    kind: 'river',
    ...existing('t3-r4', '表3 第4行：完成螃蟹沟六零河生态综合整治'),
    planRefs: ['t3-r4', 't5-r1', 's9'],
    planQuotes: ['六零河'],
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_STREAM} Drawn as a north–south tributary (the plan lists it among the “六纵”, 表3 第6行) joining the 螃蟹沟 in the west of the city.`,
  }),
  feature(line(qingshuihe), {
    id: 'river-qingshuihe',
    name: { zh: '清水河', en: 'Qingshui River' },
    kind: 'river',
    ...existing('t5-r8', '表5 第8行：南外环—清水河明渠'),
    planRefs: ['t5-r8'],
    planQuotes: ['清水河'],
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_STREAM} The plan names it only as the end of a new open channel from the southern ring road (南外环—清水河明渠), so it is drawn just south of the ring road; its course is a guess.`,
  }),
];

// =================================================================================================
// Roads
// =================================================================================================
const SCHEMATIC_ROAD =
  'Schematic: a straight line placed from the plan’s own relations between roads (e.g. 向海大道以东…芳草路以西, 环城南街以北) and general knowledge of Panjin’s grid; the real alignment is not known to this project and may be hundreds of metres away.';

const roads = [
  feature(line([[X.xianghai, 41.215], [X.xianghai, 41.15], [X.xianghai, Y.zoneNorth], [X.xianghai, Y.huanchengNan], [X.xianghai, 41.055]]), {
    id: 'road-xianghai-dadao',
    name: { zh: '向海大道', en: 'Xianghai Avenue' },
    kind: 'road',
    ...existing('s14', '（十四）发展高端居住业：向海大道以东'),
    planRefs: ['s14'],
    planQuotes: ['向海大道以东'],
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_ROAD} Drawn north–south through the city just east of the government and library quarter, from 双台子区 in the north towards 大洼区 in the south.`,
    note: {
      zh: '原盘营公路的城区段，与中华路共同构成城市南北轴线。',
      en: 'The urban section of the former Panjin–Yingkou road; with Zhonghua Road it forms the city’s north–south axis.',
    },
  }),
  feature(line([[X.zhonghua, 41.195], [X.zhonghua, Y.shengshi], [X.zhonghua, 41.085]]), {
    id: 'road-zhonghua-lu',
    name: { zh: '中华路', en: 'Zhonghua Road' },
    kind: 'road',
    ...existing('t3-r1', '表3 第1行：西至中华路、东至芳草路区域'),
    planRefs: ['t3-r1', 't5-r8'],
    planQuotes: ['西至中华路、东至芳草路', '中华路等3条主街路雨水管线改造'],
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_ROAD} Drawn north–south west of 向海大道, because 表3 puts it at the west end of the 中华路–芳草路 area.`,
  }),
  feature(line([[X.fangcao, 41.148], [X.fangcao, Y.zoneNorth], [X.fangcao, Y.huanchengNan]]), {
    id: 'road-fangcao-lu',
    name: { zh: '芳草路', en: 'Fangcao Road' },
    kind: 'road',
    ...existing('s14', '（十四）发展高端居住业：芳草路以西'),
    planRefs: ['s14', 't3-r1', 't5-r8'],
    planQuotes: ['芳草路以西'],
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_ROAD} Drawn north–south east of 向海大道, at the distance that makes the zone of （十四） a compact block of about 3.9 km by 2.3 km.`,
  }),
  feature(line([[122.02, Y.huanchengNan], [X.zhonghua, Y.huanchengNan], [X.linfeng, Y.huanchengNan], [X.qingnian, Y.huanchengNan], [X.xianghai, Y.huanchengNan], [X.fangcao, Y.huanchengNan], [122.165, Y.huanchengNan]]), {
    id: 'road-huancheng-nanjie',
    name: { zh: '环城南街', en: 'Huancheng South Street' },
    kind: 'road',
    ...existing('s14', '（十四）发展高端居住业：环城南街以北'),
    planRefs: ['s14', 't5-r7'],
    planQuotes: ['环城南街以北', '南至环城南街'],
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_ROAD} Drawn east–west near the district’s southern edge, as the southern ring street of the city.`,
    note: {
      zh: '表5第8行的“南外环”可能指同一条南部环路，规划纲要未说明，此处未单独绘制。',
      en: 'The “南外环” (southern outer ring) of Table 5 row 8 may be the same road; the plan does not say, so it is not drawn separately.',
    },
  }),
  feature(line([[X.linfeng, Y.huanchengNan], [X.linfeng, Y.shengshi], [X.linfeng, 41.112]]), {
    id: 'road-linfeng-lu',
    name: { zh: '林丰路', en: 'Linfeng Road' },
    kind: 'road',
    ...existing('t5-r7', '表5 第7行：公园西起林丰路'),
    planRefs: ['t5-r7'],
    planQuotes: ['西起林丰路'],
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_ROAD} Drawn north–south as the west edge of the green-island park, between 中华路 and 向海大道; the park’s placement there is itself a guess.`,
  }),
  feature(line([[X.qingnian, Y.huanchengNan], [X.qingnian, Y.shengshi], [X.qingnian, 41.112]]), {
    id: 'road-qingnian-lu',
    name: { zh: '青年路', en: 'Qingnian Road' },
    kind: 'road',
    ...existing('t5-r7', '表5 第7行：城市绿岛公园项目（东界青年路见2020年4月新闻报道）'),
    planRefs: ['t5-r7'],
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_ROAD} Not named in the plan: press reports of the same park project (兴隆台区政府网站 and 盘锦日报, April 2020, “盘锦郊野公园”, about 1100 亩) give its site as the rectangle of 盛世街、青年路、林丰路、环城南街, so 青年路 is drawn as the park’s east edge, about 1 km east of 林丰路.`,
  }),
  feature(line([[X.zhonghua, Y.shengshi], [X.linfeng, Y.shengshi], [X.qingnian, Y.shengshi], [X.xianghai, Y.shengshi]]), {
    id: 'road-shengshi-jie',
    name: { zh: '盛世街', en: 'Shengshi Street' },
    kind: 'road',
    ...existing('t5-r7', '表5 第7行：北至盛世街'),
    planRefs: ['t5-r7'],
    planQuotes: ['北至盛世街'],
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_ROAD} Drawn east–west as the park’s north edge, at the latitude (${Y.shengshi}° N) where the rectangle 林丰路–青年路 north of 环城南街 encloses the plan’s 1084.5 亩.`,
  }),
  feature(line([[X.zhonghua + 0.005, Y.gongye], [X.xianghai, Y.gongye], [122.12, Y.gongye]]), {
    id: 'road-gongye-jie',
    name: { zh: '工业街', en: 'Gongye Street' },
    kind: 'road',
    ...existing('t3-r2', '表3 第2行：打通工业街西段等城市断头路'),
    planRefs: ['t3-r2'],
    planQuotes: ['打通工业街西段'],
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_ROAD} Drawn east–west in the north of the city; the plan only says its west section was a dead end being opened.`,
  }),
  feature(line([[122.035, Y.gongye], [X.zhonghua + 0.005, Y.gongye]]), {
    id: 'road-gongye-jie-west',
    name: { zh: '工业街西段', en: 'Gongye Street, west section' },
    kind: 'road',
    status: 'under-construction',
    statusAsOf: AS_OF,
    statusSource: { ref: 't3-r2', label: '表3 第2行：工业街西段、兴油街西段、油海路正在建设中' },
    planRefs: ['t3-r2'],
    planQuotes: ['工业街西段、兴油街西段、油海路正在建设中'],
    period: '13th-plan',
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_ROAD} Drawn as the westward continuation of the schematic 工业街.`,
  }),
  feature(line([[X.xianghai + 0.007, Y.xingyou], [X.fangcao, Y.xingyou], [122.15, Y.xingyou]]), {
    id: 'road-xingyou-jie',
    name: { zh: '兴油街', en: 'Xingyou Street' },
    kind: 'road',
    ...existing('t3-r2', '表3 第2行：打通兴油街西段等城市断头路'),
    planRefs: ['t3-r2'],
    planQuotes: ['兴油街西段'],
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_ROAD} Drawn east–west in the east of the city (表4 lists a 兴油幼儿园 in the east).`,
  }),
  feature(line([[X.zhonghua + 0.005, Y.xingyou], [X.xianghai + 0.007, Y.xingyou]]), {
    id: 'road-xingyou-jie-west',
    name: { zh: '兴油街西段', en: 'Xingyou Street, west section' },
    kind: 'road',
    status: 'under-construction',
    statusAsOf: AS_OF,
    statusSource: { ref: 't3-r2', label: '表3 第2行：工业街西段、兴油街西段、油海路正在建设中' },
    planRefs: ['t3-r2'],
    planQuotes: ['工业街西段、兴油街西段、油海路正在建设中'],
    period: '13th-plan',
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_ROAD} Drawn as the westward continuation of the schematic 兴油街.`,
  }),
  feature(line([[X.youhai, 41.148], [X.youhai, Y.xingyou], [X.youhai, 41.1]]), {
    id: 'road-youhai-lu',
    name: { zh: '油海路', en: 'Youhai Road' },
    kind: 'road',
    status: 'under-construction',
    statusAsOf: AS_OF,
    statusSource: { ref: 't3-r2', label: '表3 第2行：工业街西段、兴油街西段、油海路正在建设中' },
    planRefs: ['t3-r2'],
    planQuotes: ['新建油海路等城市规划路', '油海路正在建设中'],
    period: '13th-plan',
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_ROAD} A new planned road; drawn north–south in the eastern, newer part of town. Its real alignment is not known.`,
  }),
].map((f) => {
  f.properties = { ...f.properties, layer: 'base-roads', period: f.properties.period ?? 'context' };
  return f;
});

// =================================================================================================
// Sub-districts (schematic areas)
// =================================================================================================
const SCHEMATIC_AREA =
  'Schematic area placed from the plan’s clues and general knowledge of the district; the real boundary is not drawn (it is not known to this project). Only the rough location is meant.';

const subdistrictBoxes = {
  shuguang: [121.866, 41.162, 121.902, 41.186],
  xinglong: [122.03, 41.141, 122.06, 41.161],
  chuangxin: [121.999, 41.111, 122.027, 41.137],
  xinghai: [122.014, 41.099, 122.05, 41.109],
  huibin: [122.128, 41.104, 122.15, 41.132],
};

const subdistricts = [
  feature(octagon(...subdistrictBoxes.shuguang), {
    id: 'subdistrict-shuguang',
    name: { zh: '曙光街道', en: 'Shuguang Subdistrict' },
    kind: 'subdistrict',
    ...existing('t5-r4', '表5 第4行：曙光污水处理厂服务曙光街道'),
    planRefs: ['t5-r4', 't5-r8'],
    planQuotes: ['服务曙光街道约8.5平方公里区域', '曙光街道环沟综合整治'],
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_AREA} Placed in the district’s north-west between the 绕阳河 and the 辽河, the 曙光 oil-production area: the plan ties 曙光 to the 绕阳河 (曙光中心闸站, 曙光湖 in the 绕阳河 basin).`,
    note: {
      zh: '规划所述“约8.5平方公里”是污水处理厂的服务范围，不是街道面积。',
      en: 'The plan’s “about 8.5 km²” is the area the sewage plant serves, not the subdistrict’s area.',
    },
  }),
  feature(octagon(...subdistrictBoxes.xinglong), {
    id: 'subdistrict-xinglong',
    name: { zh: '兴隆街道', en: 'Xinglong Subdistrict' },
    kind: 'subdistrict',
    ...existing('t5-r11', '表5 第11行：兴隆街道二基地'),
    planRefs: ['t5-r11'],
    planQuotes: ['兴隆街道二基地'],
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_AREA} The plan gives no location clue; placed in the north of the city (west of 渤海街道, as public descriptions of 渤海街道 put it). Low confidence.`,
  }),
  feature(octagon(...subdistrictBoxes.chuangxin), {
    id: 'subdistrict-chuangxin',
    name: { zh: '创新街道', en: 'Chuangxin Subdistrict' },
    kind: 'subdistrict',
    ...existing('t5-r11', '表5 第11行：创新街道浅海'),
    planRefs: ['t5-r11', 's9'],
    planQuotes: ['创新街道浅海'],
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_AREA} The plan only says 浅海 (a shanty-town / edge-of-town village area, （九）) lies in it; placed in the west of the city. Low confidence.`,
  }),
  feature(octagon(...subdistrictBoxes.xinghai), {
    id: 'subdistrict-xinghai',
    name: { zh: '兴海街道', en: 'Xinghai Subdistrict' },
    kind: 'subdistrict',
    ...existing('t5-r11', '表5 第11行：兴海街道小粮玉村'),
    planRefs: ['t5-r11'],
    planQuotes: ['兴海街道小粮玉村'],
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_AREA} The plan only says the village 小粮玉村 lies in it; placed at the south-western edge of the city. Low confidence.`,
  }),
  feature(octagon(...subdistrictBoxes.huibin), {
    id: 'subdistrict-huibin',
    name: { zh: '惠宾街道', en: 'Huibin Subdistrict' },
    kind: 'subdistrict',
    ...existing('t5-r11', '表5 第11行：惠宾街道腰二十里和后二十里村'),
    planRefs: ['t5-r11', 's35', 't4-r13'],
    planQuotes: ['惠宾街道腰二十里和后二十里村', '建成惠宾街道卫生服务中心', '惠宾（振兴）'],
    accuracy: 'schematic',
    geometrySource: `${SCHEMATIC_AREA} Placed in the east of the city: 表5 第11行 puts the 腰二十里 and 后二十里 villages in it, and 表8 puts the 二十里 area in 城区东部.`,
    note: {
      zh: '表4第13行写作“惠宾（振兴）”，正文写作“兴海振兴2个社区卫生服务中心”：“振兴”在此是同一卫生服务中心的别称，规划纲要并未写出“振兴街道”，因此不单独绘制。',
      en: 'Table 4 row 13 writes “惠宾（振兴）” where the text says “兴海振兴”: 振兴 names the same health centre; the plan never writes a 振兴街道, so none is drawn.',
    },
  }),
].map((f) => {
  f.properties = { ...f.properties, layer: 'subdistricts', period: 'context' };
  return f;
});

// =================================================================================================
// Residential zone and park (polygons on the road lines)
// =================================================================================================
const zoneRing = [
  [X.xianghai, Y.huanchengNan],
  [X.fangcao, Y.huanchengNan],
  [X.fangcao, Y.zoneNorth],
  [X.xianghai, Y.zoneNorth],
  [X.xianghai, Y.huanchengNan],
];
const residential = [
  feature({ type: 'Polygon', coordinates: [zoneRing] }, {
    id: 'residential-zone-9km2',
    name: { zh: '高端居住示范区', en: 'High-end Residential Demonstration Zone' },
    layer: 'residential',
    kind: 'residential-zone',
    status: 'planned',
    statusAsOf: AS_OF,
    statusSource: { ref: 's14', label: '（十四）发展高端居住业' },
    planRefs: ['s14'],
    planQuotes: ['向海大道以东、环城南街以北、芳草路以西9平方公里区域打造成高端居住示范区'],
    period: '14th-plan',
    ...PLAN_YEARS,
    accuracy: 'approximate',
    geometrySource:
      `Bounded as （十四） says by this project’s lines of 向海大道 (west), 环城南街 (south) and 芳草路 (east); the edges lie on those road lines. The plan gives no northern edge: it is drawn as a straight east–west line at ${Y.zoneNorth}° N, placed so that the polygon encloses the plan’s 9 km². The three roads are themselves schematic, so the zone is only as good as they are.`,
    declaredAreaM2: ZONE_TARGET_M2,
    declaredSource: { ref: 's14', quote: '9平方公里' },
  }),
];

const parkRing = [
  [X.linfeng, Y.huanchengNan],
  [X.qingnian, Y.huanchengNan],
  [X.qingnian, Y.shengshi],
  [X.linfeng, Y.shengshi],
  [X.linfeng, Y.huanchengNan],
];
const parks = [
  feature({ type: 'Polygon', coordinates: [parkRing] }, {
    id: 'green-island-park',
    name: { zh: '城市绿岛公园', en: 'Green Island Park' },
    layer: 'parks',
    kind: 'park',
    status: 'under-construction',
    statusAsOf: AS_OF,
    statusSource: { ref: 't4-r10', label: '表4 第10行：正在建设城市绿岛公园' },
    planRefs: ['t5-r7', 's9', 't4-r10'],
    planQuotes: ['公园西起林丰路、南至环城南街、北至盛世街', '建成千亩绿岛公园', '正在建设城市绿岛公园'],
    period: '14th-plan',
    endYear: 2025,
    accuracy: 'approximate',
    geometrySource:
      `Rectangle on this project’s lines of 林丰路 (west), 环城南街 (south) and 盛世街 (north) as 表5 第7行 describes, with 青年路 as the east edge from press reports of the same project (April 2020, “盘锦郊野公园”: 盛世街、青年路、林丰路、环城南街). 盛世街 is placed at ${Y.shengshi}° N so that the rectangle encloses the declared area: 1084.5 亩 × 2000/3 m² per 亩 = 723,000 m². The roads are schematic, so the park’s position is only as good as they are.`,
    declaredAreaM2: PARK_TARGET_M2,
    declaredSource: { ref: 't5-r7', quote: '占地约1084.5亩' },
    note: {
      zh: '状态依据规划纲要自述：表4（“十三五”完成情况）写明“正在建设城市绿岛公园”，（九）与表5第7行将其建成列为“十四五”任务。',
      en: 'Status from the plan’s own words: Table 4 (13th-plan review) says the park is being built; section 9 and Table 5 row 7 make its completion a 14th-plan task.',
    },
  }),
];

// =================================================================================================
// Water works of 表5
// =================================================================================================
const shuguangBox = subdistrictBoxes.shuguang;
const shuguangDitch = octagon(shuguangBox[0] + 0.002, shuguangBox[1] + 0.0015, shuguangBox[2] - 0.002, shuguangBox[3] - 0.0015, 0.003)
  .coordinates[0];
const centuryPlaza = [
  [122.048, 41.1285],
  [122.052, 41.1285],
  [122.052, 41.1315],
  [122.048, 41.1315],
  [122.048, 41.1285],
];
const liaoAlongDistrict = turf.lineSlice(turf.point([121.938, 41.18]), turf.point(RAOYANG_MOUTH), turf.lineString(liao.coordinates))
  .geometry;

const worksProps = (row, label) => ({
  ...planned(row, label),
  period: '14th-plan',
  ...PLAN_YEARS,
});

const works = [
  feature(multiLine([pangxiegou, liulinghe]), {
    id: 'works-pangxiegou-liulinghe',
    name: { zh: '螃蟹沟、六零河支流河保护工程', en: 'Pangxiegou and Liuling tributary protection works' },
    kind: 'river-works',
    ...worksProps('t5-r1', '表5 第1行：螃蟹沟、六零河支流河保护工程'),
    planRefs: ['t5-r1', 's9'],
    planQuotes: ['将六零河、螃蟹沟水引入辽河滩地净化', '实施好螃蟹沟、六零河、绕阳河等支流河和辽河主河道保护等工程'],
    accuracy: 'schematic',
    geometrySource: 'Drawn on this project’s schematic lines of the 螃蟹沟 and the 六零河 (see base-rivers); the works follow the streams, whose real courses are not known here.',
  }),
  feature(raoyang, {
    id: 'works-rao-yang-left-bank',
    name: { zh: '绕阳河左岸兴隆台区段防洪治理工程', en: 'Raoyang River left-bank flood control (Xinglongtai reach)' },
    kind: 'flood-control',
    ...worksProps('t5-r2', '表5 第2行：绕阳河左岸兴隆台区段防洪治理工程'),
    planRefs: ['t5-r2', 's9'],
    planQuotes: ['上边界为曙光中心闸站，下边界为绕阳河口'],
    accuracy: 'approximate',
    geometrySource:
      'Drawn on the 绕阳河 line of base-rivers: the district’s western boundary from the public administrative-division data (DataV.GeoAtlas kind, GCJ-02 → WGS-84 with gcoord, simplified with turf at 0.0005°), which follows the river. The works lie on its left (east, district) bank. Upper end (曙光中心闸站) taken as the district’s northern tip on the river, lower end (绕阳河口) where the boundary meets the 辽河; the exact sites of both are not known here. Its length (about 28.2 km) agrees with the plan’s 27.96 km.',
    declaredLengthKm: 27.96,
    declaredSource: { ref: 't5-r2', quote: '全长27.96公里' },
  }),
  feature(liaoAlongDistrict, {
    id: 'works-liao-he-main-channel',
    name: { zh: '辽河主河道保护工程', en: 'Liao River main-channel protection works' },
    kind: 'river-works',
    ...worksProps('t5-r3', '表5 第3行：辽河主河道保护工程'),
    planRefs: ['t5-r3', 's9'],
    planQuotes: ['新建堤防、加固老堤、新改扩建穿堤建筑物、治理险工险段等'],
    accuracy: 'schematic',
    geometrySource:
      'The stretch of this project’s 辽河 line (see base-rivers) that runs past the district, from the 双台子区 corner down to the 绕阳河 mouth. The plan names no reach or sites for the embankment works; the line only shows where the district meets the river.',
  }),
  feature(point(121.884, 41.171), {
    id: 'works-shuguang-sewage-plant',
    name: { zh: '曙光污水处理厂', en: 'Shuguang Sewage Treatment Plant' },
    kind: 'sewage-plant',
    ...worksProps('t5-r4', '表5 第4行：曙光污水处理厂项目'),
    planRefs: ['t5-r4', 's9'],
    planQuotes: ['日处理污水5000立方米/天', '建成曙光污水处理厂'],
    accuracy: 'schematic',
    geometrySource: 'A point placed inside the schematic 曙光街道 area, which the plant serves; the plant’s real site is not known here.',
    subdistrict: 'subdistrict-shuguang',
    declaredCapacityM3PerDay: 5000,
    declaredSource: { ref: 't5-r4', quote: '日处理污水5000立方米/天' },
    note: {
      zh: '占地3.3万平方米，新建污水管网15.23公里，服务曙光街道约8.5平方公里区域（表5第4行）。',
      en: 'Site 33,000 m², 15.23 km of new sewers, serving about 8.5 km² of Shuguang Subdistrict (Table 5 row 4).',
    },
  }),
  feature(
    multiLine([
      [[X.xianghai, 41.15], [X.xianghai, Y.zoneNorth], [X.xianghai, Y.huanchengNan]],
      [[122.015, 41.1065], [X.zhonghua, 41.1065], [X.xianghai, 41.1065], [122.12, 41.1065]],
      centuryPlaza,
    ]),
    {
      id: 'works-city-waterlogging',
      name: { zh: '“城市看海”专项整治工程', en: 'Urban waterlogging (“city sea-watching”) remediation' },
      kind: 'drainage',
      ...worksProps('t5-r5', '表5 第5行：“城市看海”专项整治工程'),
      planRefs: ['t5-r5'],
      planQuotes: ['实施世纪广场区域排水、城区南部水系改造、向海大道管网改造等7项工程'],
      accuracy: 'schematic',
      geometrySource:
        'Three schematic pieces for three of the seven named works: the 向海大道 pipe network drawn on this project’s 向海大道 line (city section), the southern water system as an east–west line across the south of the city, and a small ring marking the 世纪广场 area in the city centre (its real site is not known here). The other four works are not named in the plan.',
    },
  ),
  feature(point(121.876, 41.196), {
    id: 'works-shuguang-lake-restoration',
    name: { zh: '山水林田湖草项目（绕阳河流域“曙光湖”等）', en: 'Mountains–rivers–forests–farmland–lakes–grassland project (Raoyang basin, “Shuguang Lake”)' },
    kind: 'ecological-restoration',
    ...worksProps('t5-r6', '表5 第6行：山水林田湖草项目'),
    planRefs: ['t5-r6'],
    planQuotes: ['绕阳河流域“曙光湖”生态治理'],
    accuracy: 'schematic',
    geometrySource:
      'One point standing for the project, placed in the 绕阳河 basin north of the schematic 曙光 area near the river; the site of 曙光湖 and of the land reclamation and dredging works is not known here.',
  }),
  feature(
    multiLine([
      [[X.zhonghua, 41.165], [X.zhonghua, Y.shengshi], [X.zhonghua, Y.huanchengNan]],
      [[X.fangcao, 41.1125], [X.xianghai, 41.1125], [X.zhonghua, 41.1125]],
      [[122.045, Y.huanchengNan], [122.045, 41.0795]],
      shuguangDitch,
    ]),
    {
      id: 'works-stormwater-black-odorous',
      name: { zh: '雨水管线改造及黑臭水体整治工程', en: 'Storm-sewer upgrade and black-and-odorous water remediation' },
      kind: 'drainage',
      ...worksProps('t5-r8', '表5 第8行：雨水管线改造及黑臭水体整治工程'),
      planRefs: ['t5-r8'],
      planQuotes: ['中华路等3条主街路雨水管线改造', '新建芳草路—中华路、南外环—清水河明渠', '曙光街道环沟综合整治'],
      accuracy: 'schematic',
      geometrySource:
        'Schematic pieces: the 中华路 storm sewer on this project’s 中华路 line; a new open channel from 芳草路 to 中华路 drawn east–west across the south of the city (its line is not given); a new open channel from the southern ring road south to the 清水河; and a ring ditch inside the schematic 曙光街道 area. The other two main streets are not named; the 螃蟹沟/六零河 widening is shown under works-pangxiegou-liulinghe.',
    },
  ),
].map((f) => {
  f.properties = { layer: 'water-works', ...f.properties };
  return f;
});

// =================================================================================================
// Schools and kindergartens of 表8
// =================================================================================================
const PART = {
  east: { zh: '城区东部', en: 'eastern part of town' },
  south: { zh: '城区南部', en: 'southern part of town' },
  west: { zh: '城区西部', en: 'western part of town' },
  north: { zh: '城区北部', en: 'northern part of town' },
  centre: { zh: '中心城区', en: 'city centre' },
};
const WORK = {
  new: { zh: '新建', en: 'New build' },
  extend: { zh: '扩建', en: 'Extension' },
  rebuild: { zh: '翻建', en: 'Rebuild' },
};

/** [id, zh, en, kind, part, work, lon, lat, extra] */
const schoolRows = [
  // 表8 第1行 学前教育
  ['kindergarten-xinglong-new-town', '兴隆新城幼儿园', 'Xinglong New Town Kindergarten', 'kindergarten', 'east', 'new', 122.13, 41.146],
  ['kindergarten-tianxicheng', '天玺城幼儿园', 'Tianxicheng Kindergarten', 'kindergarten', 'east', 'new', 122.118, 41.128],
  ['kindergarten-ershili', '二十里区域幼儿园', 'Ershili Area Kindergarten', 'kindergarten', 'east', 'new', 122.143, 41.12],
  ['kindergarten-huangdi', '荒地区域幼儿园', 'Huangdi Area Kindergarten', 'kindergarten', 'south', 'new', 122.024, 41.1035],
  ['kindergarten-shangfang-village', '上房村区域幼儿园', 'Shangfang Village Area Kindergarten', 'kindergarten', 'south', 'new', 122.041, 41.101],
  ['kindergarten-haiquanwan', '海泉湾幼儿园', 'Haiquanwan Kindergarten', 'kindergarten', 'south', 'new', 122.033, 41.1075],
  ['kindergarten-xinglong', '兴隆幼儿园', 'Xinglong Kindergarten', 'kindergarten', 'west', 'new', 122.012, 41.142],
  ['kindergarten-yingbin', '迎宾幼儿园', 'Yingbin Kindergarten', 'kindergarten', 'centre', 'new', 122.05, 41.1235],
  ['kindergarten-wangxuefu', '旺学府幼儿园', 'Wangxuefu Kindergarten', 'kindergarten', 'centre', 'new', 122.073, 41.133],
  // 表8 第2行 义务教育
  ['school-bohai-no1-primary', '渤海一小', 'Bohai No. 1 Primary School', 'school', 'east', 'extend', 122.112, 41.144],
  ['school-oilfield-experimental-branch', '油田实验中学分校', 'Oilfield Experimental Middle School, branch campus', 'school', 'east', 'extend', 122.103, 41.131],
  ['school-aidun', '爱顿学校', 'Aidun School', 'school', 'east', 'new', 122.135, 41.111],
  ['school-shangfang', '上房区域学校', 'Shangfang Area School', 'school', 'south', 'new', 122.047, 41.105],
  ['school-heyuan', '和园学校', 'Heyuan School', 'school', 'south', 'new', 122.0685, 41.1075],
  ['school-yuanlong', '源隆学校', 'Yuanlong School', 'school', 'west', 'new', 122.004, 41.128],
  ['school-jinchengmingjun', '锦城明郡学校', 'Jinchengmingjun School', 'school', 'west', 'new', 122.021, 41.116],
  ['school-barcelona', '巴塞罗那学校', 'Barcelona School', 'school', 'west', 'new', 122.026, 41.149],
  ['school-riyuexingcheng-primary', '日月兴城小学', 'Riyuexingcheng Primary School', 'school', 'north', 'new', 122.088, 41.166],
  ['school-yingbin-primary', '迎宾小学', 'Yingbin Primary School', 'school', 'centre', 'rebuild', 122.044, 41.129],
  ['school-hexiang-primary', '鹤乡小学', 'Hexiang Primary School', 'school', 'centre', 'extend', 122.062, 41.138],
  ['school-xinglongtai-no1-primary', '兴隆台一小', 'Xinglongtai No. 1 Primary School', 'school', 'centre', 'extend', 122.06, 41.114],
  ['school-xinglongtai-no2-middle', '兴隆台二中', 'Xinglongtai No. 2 Middle School', 'school', 'centre', 'extend', 122.085, 41.124],
  ['school-hanxin', '瀚新学校', 'Hanxin School', 'school', 'centre', 'new', 122.068, 41.127],
];

/** Extra plan references for a few schools whose names the plan also uses elsewhere. */
const schoolExtras = {
  'kindergarten-xinglong-new-town': {
    note: {
      zh: '表4第4行报告“十三五”期间东部已新建一所“兴隆新城幼儿园”（另见要素 kindergarten-xinglong-new-town-13th）；表8又将同名幼儿园列为“十四五”新建项目。规划纲要未说明是否为同一所（第二所园或重复列出），故分别显示两条记录。',
      en: 'Table 4 row 4 reports a 兴隆新城幼儿园 already built in the east during the 13th plan (see feature kindergarten-xinglong-new-town-13th); Table 8 lists a kindergarten of the same name as a new 14th-plan project. The plan does not say whether it is the same one (a second kindergarten, or a repeat), so both statements are shown as separate records.',
    },
  },
  'school-hanxin': {
    note: {
      zh: '表4第10行提到“瀚新”笼式足球场，可见该片区已有建设。',
      en: 'Table 4 row 10 mentions a 瀚新 cage football pitch, so the area already exists.',
    },
  },
};

const schools = schoolRows.map(([id, zh, en, kind, part, work, lon, lat]) => {
  const row = kind === 'kindergarten' ? 't8-r1' : 't8-r2';
  const stage = kind === 'kindergarten' ? '学前教育' : '义务教育';
  const extra = schoolExtras[id] ?? {};
  return feature(point(lon, lat), {
    id,
    name: { zh, en },
    layer: 'schools',
    kind,
    ...planned(row, `表8 第${row.endsWith('1') ? 1 : 2}行：${stage}（${PART[part].zh}）`),
    planRefs: [row, 's16', ...(extra.planRefs ?? [])],
    planQuotes: [zh],
    period: '14th-plan',
    ...PLAN_YEARS,
    accuracy: 'schematic',
    geometrySource: `Placed in ${PART[part].zh} (${PART[part].en}) as 表8 groups it; exact site unknown. Spread apart from the other schools of the same group so that points do not overlap.`,
    note: {
      zh: `${WORK[work].zh}（表8：${PART[part].zh}）。${extra.note ? extra.note.zh : ''}`,
      en: `${WORK[work].en} (Table 8: ${PART[part].en}).${extra.note ? ` ${extra.note.en}` : ''}`,
    },
  });
});

// =================================================================================================
// Write
// =================================================================================================
const fc = (features) => ({ type: 'FeatureCollection', features });
const rivLayer = rivers.map((f) => ({ ...f, properties: { ...f.properties, layer: 'base-rivers', period: 'context' } }));

/** Puts properties in one stable key order (the schema's order) so output diffs stay readable. */
const ORDER = [
  'id', 'name', 'layer', 'kind', 'status', 'statusAsOf', 'statusSource', 'planRefs', 'planQuotes', 'period',
  'startYear', 'endYear', 'accuracy', 'geometrySource', 'subdistrict', 'declaredAreaM2', 'declaredLengthKm',
  'declaredCapacityM3PerDay', 'declaredSource', 'measureTolerancePct', 'note',
];
const ordered = (features) =>
  features.map((f) => {
    const p = {};
    for (const k of ORDER) if (f.properties[k] !== undefined) p[k] = f.properties[k];
    const unknown = Object.keys(f.properties).filter((k) => !ORDER.includes(k));
    if (unknown.length) throw new Error(`${f.properties.id}: unknown properties ${unknown.join(', ')}`);
    return { type: 'Feature', geometry: f.geometry, properties: p };
  });

// The road works of 表3 第2行 are drawn once, in roads-works; base-roads keeps the rest of each street.
const ROAD_WORK_IDS = new Set(['road-gongye-jie-west', 'road-xingyou-jie-west', 'road-youhai-lu']);
const baseRoads = roads.filter((f) => !ROAD_WORK_IDS.has(f.properties.id));
const roadWorks = roads
  .filter((f) => ROAD_WORK_IDS.has(f.properties.id))
  .map((f) => ({
    ...f,
    properties: {
      ...f.properties,
      layer: 'roads-works',
      note: {
        zh: '状态取表3第2行“完成情况”栏的原话“正在建设中”（截至2021年6月16日）；该行“是否完成计划”栏的“基本完成”是对整行目标（打通断头路、新建规划路、加大道路维修维护力度）的评价。',
        en: 'Status from the words of Table 3 row 2’s “completion” column, “正在建设中” (being built), as of 16 June 2021; the row’s verdict “基本完成” (basically completed) grades the whole row’s target (opening dead-end roads, new planned roads, road maintenance).',
      },
    },
  }));

const more = buildMoreLayers({
  AS_OF, feature, line, multiLine, point, octagon, turf, pangxiegou, liulinghe, liao, subdistricts, schools,
});

const outputs = {
  'geo/base-rivers.geojson': rivLayer,
  'geo/base-roads.geojson': baseRoads,
  'geo/subdistricts.geojson': subdistricts,
  'geo/residential.geojson': residential,
  'geo/parks.geojson': [...parks, ...more.parks],
  'geo/water-works.geojson': [...works, ...more.waterWorks],
  'geo/schools.geojson': [...schools, ...more.schools],
  'geo/roads-works.geojson': roadWorks,
  'geo/ecology.geojson': more.ecology,
  'geo/renewal.geojson': more.renewal,
  'geo/culture-commerce.geojson': more.cultureCommerce,
  'geo/headquarters-industry.geojson': more.headquartersIndustry,
  'geo/health.geojson': more.health,
  'geo/cooperation.geojson': more.cooperation,
};
for (const [path, features] of Object.entries(outputs)) {
  writeGeoJson(path, fc(ordered(features)));
  console.log(`${path}: ${features.length} features`);
}

const km = (g) => turf.length(turf.feature(g)).toFixed(2);
const m2 = (g) => Math.round(turf.area(turf.feature(g)));
console.log(`residential zone: ${m2(residential[0].geometry)} m² (declared 9,000,000), north edge ${Y.zoneNorth}`);
console.log(`green-island park: ${m2(parks[0].geometry)} m² (declared 723,000), 盛世街 at ${Y.shengshi}`);
console.log(`绕阳河 left-bank works: ${km(raoyang)} km (declared 27.96)`);
console.log(`辽河 along the district: ${km(liaoAlongDistrict)} km`);
