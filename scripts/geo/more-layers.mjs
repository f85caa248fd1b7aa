/**
 * The further plan layers, drawn on the same hand-placed skeleton as build-plan-layers.mjs (which
 * imports this module, passes its skeleton in and writes every file, so each geo/ file has exactly
 * one writer and the output stays deterministic):
 *
 *   ecology                辽河国家公园, 辽河左岸产业风光带 (（九）)
 *   renewal                the shanty-town and village renewal sites of 表5 第11行 and （九）
 *   culture-commerce       the featured streets of （十）, the projects of 表2 第7行, the museums and
 *                          venues of （十五）, 表4 第8–9行, 万达广场 (（1）), 辽河艺术区 (（二十六）)
 *   headquarters-industry  金融广场 and 楼宇孵化基地 (表2 第6行), the human-resources park (（二十二）),
 *                          the logistics park (（二十四）), the high-tech zone (（二十三）)
 *   health                 the community health centres of 表4 第13行 and （三十五）
 *   cooperation            the partners of chapter 七 (outside the district)
 * and additions to parks, water-works and schools (the 13th-plan parks, sewage plants, water system
 * and schools of 表3/表4, the oilfield high schools of 表8 第3行).
 *
 * HONESTY RULES (same as the rest of the project):
 * - Every status is the plan's own word, as of the plan's issue date 2021-06-16, with its source row.
 * - Nearly everything here is SCHEMATIC. This project has no survey or street address of these
 *   places. Each feature's `geometrySource` says what its position rests on:
 *     (a) the plan's own words (a 街道, a part of town, a river bank),
 *     (b) a dated press report (the couplet museum beside the 辽河美术馆 in the 辽河国际艺术区), or
 *     (c) nothing but the knowledge that it is an urban facility of the district: then the point is a
 *         PLACEHOLDER in the city and says so ("do not read the position").
 *   Things whose part of the district is not known at all (or that may not lie in the district) are
 *   not drawn; geo/inventory.json lists them as `unplaceable`.
 * - The build checks every placement: inside the district outline, inside the named 街道, schools
 *   kept apart; cooperation partners outside the district.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, round5, roundGeometry } from './lib.mjs';

const PLACEHOLDER =
  'PLACEHOLDER: neither the plan nor anything available to this project says where in the city it is. The point only shows that the place exists in the urban area of the district; do not read its position.';

export function buildMoreLayers(ctx) {
  const { AS_OF, feature, line, multiLine, point, octagon, turf, pangxiegou, liulinghe, liao, subdistricts, schools } = ctx;

  const districtFeature = JSON.parse(readFileSync(resolve(ROOT, 'geo/district.geojson'), 'utf8')).features[0];
  const subById = new Map(subdistricts.map((f) => [f.properties.id, f]));

  // ---------------------------------------------------------------------------------------------
  // Status helpers: the plan's own words only
  // ---------------------------------------------------------------------------------------------
  const st = (status, ref, label) => ({ status, statusAsOf: AS_OF, statusSource: { ref, label } });
  const planned14 = (ref, label) => ({ ...st('planned', ref, label), period: '14th-plan' });

  // A small octagon around a centre, about `wKm` × `hKm` on the ground (schematic area).
  const KM_LAT = 1 / 111.32;
  const KM_LON = 1 / (111.32 * Math.cos((41.12 * Math.PI) / 180));
  const octAt = (lon, lat, wKm, hKm) => {
    const w = (wKm / 2) * KM_LON;
    const h = (hKm / 2) * KM_LAT;
    return octagon(round5(lon - w), round5(lat - h), round5(lon + w), round5(lat + h), Math.min(w, h) * 0.45);
  };

  // =============================================================================================
  // Ecology (（九）)
  // =============================================================================================
  const liaoLine = turf.lineString(liao.coordinates);
  // The reach of the 辽河 that borders or crosses the district: from the 双台子区 corner down to the
  // 绕阳河 mouth (see base-rivers).
  const liaoReach = turf.lineSlice(turf.point([121.985, 41.201]), turf.point([121.8482, 41.0843]), liaoLine);
  const parkBand = turf.buffer(liaoReach, 0.6, { units: 'kilometers', steps: 4 });
  // The left (south-east) bank in the flow direction (north-east → south-west): offset to the left
  // and keep the runs that lie inside the district.
  const dedupe = (coords) => coords.filter((p, i) => i === 0 || p[0] !== coords[i - 1][0] || p[1] !== coords[i - 1][1]);
  const leftBank = turf.lineOffset(
    turf.lineString(dedupe(turf.lineSlice(turf.point([121.958, 41.193]), turf.point([121.901, 41.117]), liaoLine).geometry.coordinates)),
    -0.35,
    { units: 'kilometers' },
  );
  const bankRuns = [];
  {
    const len = turf.length(leftBank);
    let run = [];
    for (let d = 0; d <= len + 1e-9; d += 0.1) {
      const p = turf.along(leftBank, Math.min(d, len)).geometry.coordinates;
      if (turf.booleanPointInPolygon(p, districtFeature)) run.push(p);
      else {
        if (run.length > 1) bankRuns.push(run);
        run = [];
      }
    }
    if (run.length > 1) bankRuns.push(run);
  }
  if (bankRuns.length === 0) throw new Error('left-bank belt: no part inside the district');
  const bankGeom = bankRuns.length === 1 ? line(bankRuns[0]) : multiLine(bankRuns);

  const ecology = [
    feature(parkBand.geometry, {
      id: 'eco-liao-he-national-park',
      name: { zh: '辽河国家公园（创建中，兴隆台区段）', en: 'Liao River National Park (being created; Xinglongtai reach)' },
      kind: 'national-park',
      ...planned14('s9', '（九）建设生态宜居兴隆：结合辽河国家公园创建'),
      planRefs: ['s9'],
      planQuotes: ['结合辽河国家公园创建'],
      accuracy: 'schematic',
      geometrySource:
        'A band 0.6 km either side of this project’s schematic 辽河 line (see base-rivers) along the reach that borders or crosses the district, from the 双台子区 corner down to the 绕阳河 mouth. The national park was still being created (创建) when the plan was issued; its boundary is not known here and reaches far beyond this band.',
      note: {
        zh: '规划纲要只写“结合辽河国家公园创建”，未给出范围；此处仅示意辽河流经本区的河段。',
        en: 'The plan only says “in step with the creation of the Liao River National Park” and gives no extent; only the reach of the river past the district is suggested here.',
      },
    }),
    feature(bankGeom, {
      id: 'eco-liao-left-bank-belt',
      name: { zh: '辽河左岸产业风光带', en: 'Liao River left-bank industry and scenery belt' },
      kind: 'scenic-belt',
      ...planned14('s9', '（九）建设生态宜居兴隆：科学布局建设辽河左岸产业风光带'),
      planRefs: ['s9'],
      planQuotes: ['科学布局建设辽河左岸产业风光带'],
      accuracy: 'schematic',
      geometrySource:
        'A line 0.35 km off the left (south-east, city-side) bank of this project’s schematic 辽河 line, kept where it lies inside the district outline (the district meets the left bank between the city and the river north of about 41.13° N). The plan names the bank, not the belt’s extent or route.',
    }),
  ];

  // =============================================================================================
  // Renewal (表5 第11行, （九）)
  // =============================================================================================
  const renewalRow = '表5 第11行：棚户区、城边村改造工程（计划改造）';
  const renewalSite = (id, zh, en, sub, lon, lat, extra) =>
    feature(point(lon, lat), {
      id,
      name: { zh, en },
      kind: 'shanty-town-renewal',
      ...planned14('t5-r11', renewalRow),
      accuracy: 'schematic',
      geometrySource: `Placed inside this project’s schematic ${sub.zh} area because 表5 第11行 names the sub-district; the site itself and its extent are not known here.`,
      subdistrict: sub.id,
      ...extra,
    });
  const SUB = {
    xinglong: { id: 'subdistrict-xinglong', zh: '兴隆街道' },
    chuangxin: { id: 'subdistrict-chuangxin', zh: '创新街道' },
    xinghai: { id: 'subdistrict-xinghai', zh: '兴海街道' },
    huibin: { id: 'subdistrict-huibin', zh: '惠宾街道' },
  };
  const renewal = [
    renewalSite('renewal-erjidi', '二基地（兴隆街道）', 'Erjidi (“Second Base”) area, Xinglong Subdistrict', SUB.xinglong, 122.045, 41.1555, {
      planRefs: ['t5-r11'],
      planQuotes: ['兴隆街道二基地'],
    }),
    renewalSite('renewal-qianhai', '浅海（创新街道）', 'Qianhai area, Chuangxin Subdistrict', SUB.chuangxin, 122.0085, 41.1175, {
      planRefs: ['t5-r11', 's9'],
      planQuotes: ['创新街道浅海', '有序推进浅海、二十里等棚户区、城边村改造'],
    }),
    renewalSite('renewal-xiaoliangyu', '小粮玉村（兴海街道）', 'Xiaoliangyu Village, Xinghai Subdistrict', SUB.xinghai, 122.0175, 41.1058, {
      planRefs: ['t5-r11'],
      planQuotes: ['兴海街道小粮玉村'],
    }),
    renewalSite('renewal-yao-ershili', '腰二十里村（惠宾街道）', 'Yao Ershili Village, Huibin Subdistrict', SUB.huibin, 122.137, 41.1175, {
      planRefs: ['t5-r11', 's9'],
      planQuotes: ['惠宾街道腰二十里和后二十里村', '有序推进浅海、二十里等棚户区、城边村改造'],
      note: {
        zh: '表5写作“腰二十里和后二十里村”；表8把“二十里区域”列在城区东部。',
        en: 'Table 5 writes “腰二十里和后二十里村”; Table 8 puts the 二十里 area in the east of the city.',
      },
    }),
    renewalSite('renewal-hou-ershili', '后二十里村（惠宾街道）', 'Hou Ershili Village, Huibin Subdistrict', SUB.huibin, 122.1395, 41.1265, {
      planRefs: ['t5-r11', 's9'],
      planQuotes: ['惠宾街道腰二十里和后二十里村', '有序推进浅海、二十里等棚户区、城边村改造'],
      note: {
        zh: '按村名中“腰”“后”的习惯含义，示意放在腰二十里村以北；实际相对位置未知。',
        en: 'Drawn north of Yao Ershili only after the usual sense of 腰 (middle) and 后 (rear) in village names; the real relative position is not known.',
      },
    }),
    feature(point(122.0275, 41.1012), {
      id: 'renewal-huangdi',
      name: { zh: '荒地棚户区改造（“清零”）', en: 'Huangdi shanty-town renewal (to be finished)' },
      kind: 'shanty-town-renewal',
      ...planned14('s9', '（九）已经实施的陈屯、化建、荒地等棚改项目实现全部“清零”'),
      planRefs: ['s9', 't8-r1'],
      planQuotes: ['已经实施的陈屯、化建、荒地等棚改项目实现全部“清零”', '新建荒地区域幼儿园'],
      accuracy: 'schematic',
      geometrySource:
        'Placed in the south of the city near this project’s point for the 荒地区域幼儿园, because 表8 第1行 puts the 荒地 area in 城区南部. The plan names no sub-district for it; site and extent unknown.',
      note: {
        zh: '（九）所列“已经实施的”棚改项目，“十四五”期间实现全部“清零”（即全部完成）。同列的陈屯、化建无位置线索，未绘制（见清单）。',
        en: 'One of the renewal projects “already under way” that section 9 plans to finish completely (“清零”) in the 14th plan. 陈屯 and 化建, named with it, have no location clue and are not drawn (see the inventory).',
      },
    }),
  ];

  // =============================================================================================
  // Culture and commerce
  // =============================================================================================
  const T2R7 = '表2 第7行：全部项目已竣工运营（已完成）';
  const ART_DISTRICT_SOURCE =
    'Press report (网易辽宁, 1 June 2020, on the couplet calligraphy museum): the museum’s main hall stands west of the 辽河美术馆 in the 兴隆台区 辽河国际艺术区, its nine branch halls on the east side of the 螃蟹沟; a travel listing gives the 辽河美术馆 as 兴隆台街28号 (bus stop 兴隆四百), i.e. the old centre of the city.';
  const artCentre = [122.0525, 41.1335];

  const cultureCommerce = [
    feature(octAt(122.0515, 41.132, 1.2, 1.0), {
      id: 'culture-liaohe-art-district',
      name: { zh: '辽河艺术区', en: 'Liao River Art District' },
      kind: 'art-district',
      ...st('existing', 's26', '（二十六）以辽河艺术区为载体'),
      planRefs: ['s26'],
      planQuotes: ['以辽河艺术区为载体'],
      period: 'context',
      accuracy: 'schematic',
      geometrySource: `${ART_DISTRICT_SOURCE} Drawn as a small area around this project’s point for the art museum, straddling this project’s schematic 螃蟹沟 line. Taken to be the 辽河国际艺术区 of that report; its extent is not known.`,
      note: {
        zh: '（二十六）以辽河艺术区为载体建设文化产品出口基地（“十四五”任务）；艺术区本身为现状。',
        en: 'Section 26 makes the art district the base for a cultural-export centre (a 14th-plan task); the district itself already exists.',
      },
    }),
    feature(point(...artCentre), {
      id: 'culture-liaohe-art-museum',
      name: { zh: '辽河美术馆', en: 'Liao River Art Museum' },
      kind: 'museum',
      ...st('existing', 's15', '（十五）充分利用辽河美术馆、广厦艺术街、文化馆、图书馆等资源'),
      planRefs: ['s15'],
      planQuotes: ['充分利用辽河美术馆、广厦艺术街、文化馆、图书馆等资源'],
      period: 'context',
      accuracy: 'schematic',
      geometrySource: `${ART_DISTRICT_SOURCE} Placed in the old centre just north of this project’s schematic 螃蟹沟 line; the street address is not geocoded here.`,
    }),
    feature(point(artCentre[0] - 0.003, artCentre[1]), {
      id: 'culture-couplet-calligraphy-museum',
      name: { zh: '辽河楹联书法博物馆', en: 'Liao River Couplet Calligraphy Museum' },
      kind: 'museum',
      ...st('completed', 't4-r8', '表4 第8行：辽河民俗博物馆、辽河房地契博物馆、辽河楹联书法博物馆落成开放（已完成）'),
      planRefs: ['t4-r8', 's1', 's15', 't6-r8'],
      planQuotes: ['辽河楹联书法博物馆落成开放', '国内首家以楹联书法墨迹为馆藏主题的楹联博物馆建成开馆', '辽河楹联书法博物馆系列主题活动'],
      period: '13th-plan',
      accuracy: 'schematic',
      geometrySource: `${ART_DISTRICT_SOURCE} The point stands for the main hall, about 250 m west of this project’s art-museum point; the nine branch halls by the 螃蟹沟 are not drawn separately.`,
      note: {
        zh: '（十五）：每年10月10日举办楹联文化节；表6第8行列出该馆“十四五”系列主题活动。',
        en: 'Section 15: a couplet festival every 10 October; Table 6 row 8 lists the museum’s 14th-plan events.',
      },
    }),
    feature(line([[122.0488, 41.1356], [122.0572, 41.1356]]), {
      id: 'street-guangsha-art-street',
      name: { zh: '广厦艺术街', en: 'Guangsha Art Street' },
      kind: 'featured-street',
      ...planned14('s10', '（十）建设特色街区：把广厦艺术街培育成为……艺术殿堂和美育培训基地'),
      planRefs: ['s10', 's1', 's15', 't6-r1'],
      planQuotes: [
        '把广厦艺术街培育成为中外艺术家交流创作、艺术爱好者熏陶体验的艺术殿堂和美育培训基地',
        '广厦艺术街晋升国家AAAA级景区',
        '广厦艺术街系列文化活动',
      ],
      accuracy: 'schematic',
      geometrySource:
        'A short east–west line (a 街) in the old centre beside this project’s 辽河美术馆 point: general knowledge puts the art street in the city centre, and the plan names it with the art museum, cultural centre and library as one group of resources (（十五）). Its real alignment and length are not known here.',
      note: {
        zh: '“十三五”期间已晋升国家AAAA级景区（（1））；“十四五”培育为艺术殿堂和美育培训基地，提升壮大文化夜市（（十））。',
        en: 'Already a national AAAA scenic site in the 13th plan (section 1); the 14th plan develops it into an art and arts-education centre and grows its night market (section 10).',
      },
    }),
    feature(octAt(122.0665, 41.1338, 0.9, 0.6), {
      id: 'commerce-pedestrian-street-area',
      name: { zh: '步行街商业区（含商东地区）', en: 'Pedestrian Street commercial area (with the Shangdong area)' },
      kind: 'featured-street',
      ...planned14('s10', '（十）建设特色街区：对步行街进行整体改造'),
      planRefs: ['s10'],
      planQuotes: ['对步行街进行整体改造，结合已经完成的商东地区智慧化改造', '将以步行街为核心的整个商业区域培育成为'],
      accuracy: 'schematic',
      geometrySource:
        'A small area in the old commercial centre, east of the art quarter: general knowledge puts the pedestrian street in the centre of 兴隆台, and “商东” reads as the area east of the commercial centre. Extent and streets unknown; schematic.',
      note: {
        zh: '商东地区智慧化改造已经完成（（十））；“十四五”对步行街整体改造并发展夜经济。',
        en: 'The smart upgrade of the 商东 area is already finished (section 10); the 14th plan rebuilds the pedestrian street as a whole and grows the night economy there.',
      },
    }),
    feature(octAt(122.066, 41.1105, 1.9, 0.9), {
      id: 'commerce-south-featured-quarter',
      name: {
        zh: '城区南部特色街区（百年福街、辽河口老街、万达1984）',
        en: 'Southern featured quarter (Bainian Fu Street, Liaohekou Old Street, Wanda 1984)',
      },
      kind: 'featured-street',
      ...planned14('s10', '（十）建设特色街区：统筹考虑百年福街、辽河口老街、万达1984等街区'),
      planRefs: ['s10'],
      planQuotes: ['统筹考虑百年福街、辽河口老街、万达1984等街区，将其培育成城区南部传统与现代相融、集聚与差异共生的特色街区'],
      accuracy: 'schematic',
      geometrySource:
        'A schematic area in 城区南部 as （十） says, between this project’s lines of 中华路 and 向海大道 and north of 盛世街. The streets’ real sites are not known here; 万达1984 is not drawn on its own.',
    }),
    feature(line([[122.0585, 41.1087], [122.0655, 41.1087]]), {
      id: 'street-bainian-fu-jie',
      name: { zh: '百年福街', en: 'Bainian Fu Street (“Century Fortune Street”)' },
      kind: 'featured-street',
      ...st('completed', 't2-r7', T2R7),
      planRefs: ['t2-r7', 's1', 's10', 't7-r4'],
      planQuotes: ['百年福街', '福街年货大集'],
      period: '13th-plan',
      accuracy: 'schematic',
      geometrySource:
        'A short line inside the schematic southern featured quarter: （十） puts 百年福街 in 城区南部. Real site, alignment and length unknown.',
      note: {
        zh: '表2第7行：已竣工运营；（十）“十四五”将其与辽河口老街、万达1984统筹培育为城区南部特色街区；表7第4行冬季“福街年货大集”。',
        en: 'Table 2 row 7: built and operating. Section 10 (14th plan) develops it with Liaohekou Old Street and Wanda 1984 into the southern featured quarter; Table 7 row 4 holds a New-Year market there in winter.',
      },
    }),
    feature(line([[122.0585, 41.1123], [122.0655, 41.1123]]), {
      id: 'street-liaohekou-old-street',
      name: { zh: '辽河口老街', en: 'Liaohekou Old Street' },
      kind: 'featured-street',
      ...st('completed', 't2-r7', T2R7),
      planRefs: ['t2-r7', 's1', 's10', 's15'],
      planQuotes: ['辽河口老街', '百年福街、辽河口老街、辽河民俗博物馆等文化项目落成开放'],
      period: '13th-plan',
      accuracy: 'schematic',
      geometrySource:
        'A short line inside the schematic southern featured quarter: （十） puts 辽河口老街 in 城区南部. Real site, alignment and length unknown.',
      note: {
        zh: '表2第7行：已竣工运营；（十）“十四五”纳入城区南部特色街区；（十五）作为地域文化载体。',
        en: 'Table 2 row 7: built and operating. Section 10 (14th plan) makes it part of the southern featured quarter; section 15 names it a carrier of local culture.',
      },
    }),
    feature(point(122.0728, 41.1108), {
      id: 'commerce-wanda-plaza',
      name: { zh: '万达广场', en: 'Wanda Plaza' },
      kind: 'commercial-complex',
      ...st('completed', 's1', '（1）万达广场、太平洋财富大厦、百年福街等一批商业项目相继建成开业'),
      planRefs: ['s1', 's10'],
      planQuotes: ['万达广场、太平洋财富大厦、百年福街等一批商业项目相继建成开业', '万达1984'],
      period: '13th-plan',
      accuracy: 'schematic',
      geometrySource:
        'Placed in the south of the city inside the schematic southern featured quarter, because （十） counts “万达1984” among the streets of 城区南部 and the name ties it to the Wanda complex. The real site is not known here.',
      note: {
        zh: '（1）所述“十三五”期间建成开业的商业项目；“建成开业”为规划纲要原话，非表格行。',
        en: 'One of the commercial projects that section 1 says opened in the 13th plan (“建成开业” is the plan’s own word; not a table row).',
      },
    }),
    feature(point(122.0655, 41.1138), {
      id: 'culture-liaohe-folk-museum',
      name: { zh: '辽河民俗博物馆', en: 'Liao River Folk Customs Museum' },
      kind: 'museum',
      ...st('completed', 't4-r8', '表4 第8行：辽河民俗博物馆、辽河房地契博物馆、辽河楹联书法博物馆落成开放（已完成）'),
      planRefs: ['t4-r8', 't2-r7', 's1', 's15'],
      planQuotes: ['辽河民俗博物馆', '充分发挥辽河民俗博物馆、辽河口老街等地域文化载体作用'],
      period: '13th-plan',
      accuracy: 'schematic',
      geometrySource:
        'Placed beside this project’s 辽河口老街 line because the plan names the two together twice (（1）, （十五）); that they share a site is NOT known. Real site unknown.',
    }),
    feature(point(122.0695, 41.1142), {
      id: 'culture-liaohe-land-deed-museum',
      name: { zh: '辽河房地契博物馆', en: 'Liao River Land and House Deed Museum' },
      kind: 'museum',
      ...st('completed', 't4-r8', '表4 第8行：辽河民俗博物馆、辽河房地契博物馆、辽河楹联书法博物馆落成开放（已完成）'),
      planRefs: ['t4-r8', 't2-r7'],
      planQuotes: ['辽河房地契博物馆'],
      period: '13th-plan',
      accuracy: 'schematic',
      geometrySource: `${PLACEHOLDER} Shown beside the folk museum only because the plan lists them together.`,
    }),
    feature(point(122.0872, 41.1292), {
      id: 'commerce-juzi-square',
      name: { zh: '桔子广场', en: 'Juzi (“Orange”) Square' },
      kind: 'featured-street',
      ...st('completed', 't2-r7', T2R7),
      planRefs: ['t2-r7', 's10'],
      planQuotes: ['桔子广场', '把桔子广场培育成为融合时代元素、引领消费潮流的时尚街区'],
      period: '13th-plan',
      accuracy: 'schematic',
      geometrySource: PLACEHOLDER,
      note: {
        zh: '表2第7行：已竣工运营；（十）“十四五”将其培育为时尚街区（四条特色街区之一）。',
        en: 'Table 2 row 7: built and operating. Section 10 (14th plan) develops it into a fashion street, one of the four featured streets.',
      },
    }),
    feature(point(122.0838, 41.1352), {
      id: 'commerce-shilin-night-market',
      name: { zh: '士林不夜城', en: 'Shilin Night Market (“Shilin Never-Sleeping City”)' },
      kind: 'commercial-complex',
      ...st('completed', 't2-r7', T2R7),
      planRefs: ['t2-r7'],
      planQuotes: ['士林不夜城'],
      period: '13th-plan',
      accuracy: 'schematic',
      geometrySource: PLACEHOLDER,
      note: {
        zh: '台湾士林夜市品牌的项目（2015年新闻报道）。',
        en: 'A project under the brand of Taipei’s Shilin night market (press report, 2015).',
      },
    }),
    feature(point(122.0745, 41.1262), {
      id: 'commerce-pacific-wealth-tower',
      name: { zh: '太平洋财富大厦', en: 'Pacific Wealth Tower' },
      kind: 'commercial-complex',
      ...st('completed', 't2-r7', T2R7),
      planRefs: ['t2-r7', 's1'],
      planQuotes: ['太平洋财富大厦'],
      period: '13th-plan',
      accuracy: 'schematic',
      geometrySource: PLACEHOLDER,
    }),
    feature(point(122.0962, 41.1268), {
      id: 'commerce-lantiancheng',
      name: { zh: '蓝天城', en: 'Lantiancheng (“Blue Sky City”)' },
      kind: 'commercial-complex',
      ...st('completed', 't2-r7', T2R7),
      planRefs: ['t2-r7'],
      planQuotes: ['蓝天城'],
      period: '13th-plan',
      accuracy: 'schematic',
      geometrySource: PLACEHOLDER,
    }),
    feature(point(122.0398, 41.1212), {
      id: 'culture-district-cultural-centre',
      name: { zh: '兴隆台区文化馆', en: 'Xinglongtai District Cultural Centre' },
      kind: 'cultural-centre',
      ...st('completed', 't4-r9', '表4 第9行：2019年9月区文化馆、图书馆已投入使用（已完成）'),
      planRefs: ['t4-r9', 's15'],
      planQuotes: ['2019年9月区文化馆、图书馆已投入使用', '文化馆'],
      period: '13th-plan',
      endYear: 2019,
      accuracy: 'schematic',
      geometrySource: PLACEHOLDER,
      note: {
        zh: '按国家一级馆标准建设（表4第9行规划目标），2019年9月投入使用。',
        en: 'Built to the national first-grade standard (Table 4 row 9 target); in use since September 2019.',
      },
    }),
    feature(point(122.0418, 41.1196), {
      id: 'culture-district-library',
      name: { zh: '兴隆台区图书馆', en: 'Xinglongtai District Library' },
      kind: 'library',
      ...st('completed', 't4-r9', '表4 第9行：2019年9月区文化馆、图书馆已投入使用（已完成）'),
      planRefs: ['t4-r9', 's15'],
      planQuotes: ['2019年9月区文化馆、图书馆已投入使用', '图书馆'],
      period: '13th-plan',
      endYear: 2019,
      accuracy: 'schematic',
      geometrySource: `${PLACEHOLDER} Not to be confused with the Panjin (city) Library in the city centre.`,
      note: {
        zh: '按国家一级馆标准建设（表4第9行规划目标），2019年9月投入使用。',
        en: 'Built to the national first-grade standard (Table 4 row 9 target); in use since September 2019.',
      },
    }),
  ];

  // =============================================================================================
  // Headquarters and industry
  // =============================================================================================
  const T2R6 = '表2 第6行：建设楼宇9幢（其中亿元以上2幢，分别为金融广场、楼宇孵化基地）';
  const T2R6_NOTE = {
    zh: '表2第6行“是否完成计划”为“未完成”，是对“打造亿元楼宇10幢以上、楼宇税收占比20%”目标的评价；该楼宇本身已建成，列为两幢亿元楼宇之一，故状态取“已完成”。',
    en: 'Table 2 row 6’s verdict “未完成” (not completed) grades the target of ten buildings of 100 million yuan and a 20% tax share; this building itself was built and is one of the two that reached 100 million, hence “completed”.',
  };
  const headquartersIndustry = [
    feature(point(122.0702, 41.1212), {
      id: 'hq-finance-plaza',
      name: { zh: '金融广场', en: 'Finance Plaza' },
      kind: 'office-building',
      ...st('completed', 't2-r6', T2R6),
      planRefs: ['t2-r6'],
      planQuotes: ['金融广场'],
      period: '13th-plan',
      accuracy: 'schematic',
      geometrySource: PLACEHOLDER,
      note: T2R6_NOTE,
    }),
    feature(point(122.0818, 41.1198), {
      id: 'hq-incubator-building',
      name: { zh: '楼宇孵化基地', en: 'Business Incubator Building' },
      kind: 'office-building',
      ...st('completed', 't2-r6', T2R6),
      planRefs: ['t2-r6'],
      planQuotes: ['楼宇孵化基地'],
      period: '13th-plan',
      accuracy: 'schematic',
      geometrySource: PLACEHOLDER,
      note: T2R6_NOTE,
    }),
    feature(point(122.0925, 41.1222), {
      id: 'hq-hr-services-park',
      name: { zh: '省级人力资源服务产业园（人力资源市场）', en: 'Provincial Human Resources Services Park (Human Resources Market)' },
      kind: 'industrial-park',
      ...planned14('s22', '（二十二）建成省级人力资源服务产业园'),
      planRefs: ['s22', 's1', 't9-r6'],
      planQuotes: ['建成省级人力资源服务产业园', '全省县区级规模最大的人力资源市场建成投用、免费开放', '入驻人力资源产业园区'],
      accuracy: 'schematic',
      geometrySource: `${PLACEHOLDER} The plan does not say whether the park will be at the existing human-resources market; one point stands for both.`,
      note: {
        zh: '（1）：“十三五”期间人力资源市场已建成投用、免费开放；（二十二）：“十四五”建成省级人力资源服务产业园，每年精选30家机构入驻（表9第6行）。',
        en: 'Section 1: the human-resources market was built and opened in the 13th plan. Section 22: the 14th plan builds a provincial human-resources services park with 30 firms moving in each year (Table 9 row 6).',
      },
    }),
    feature(point(122.1735, 41.1445), {
      id: 'hq-logistics-park-panjin-exit',
      name: { zh: '高速盘锦站出口物流园区', en: 'Logistics park at the Panjin expressway exit' },
      kind: 'logistics-park',
      ...planned14('s24', '（二十四）建成高速盘锦站出口物流园区'),
      planRefs: ['s24'],
      planQuotes: ['建成高速盘锦站出口物流园区，引进20家以上物流企业入驻园区'],
      accuracy: 'schematic',
      geometrySource:
        'LOW CONFIDENCE. The plan puts the park at the 盘锦 exit (盘锦站) of the expressway; where that exit is is not known to this project. The point stands at the eastern edge of the city’s built-up area, the side facing the region’s expressways, as a placeholder; it may be kilometres off.',
      note: {
        zh: '冷链物流园区，计划引进20家以上物流企业。',
        en: 'A cold-chain logistics park; more than 20 logistics firms to move in.',
      },
    }),
    feature(octAt(121.977, 41.147, 2.0, 1.3), {
      id: 'hq-high-tech-zone',
      name: { zh: '高新区', en: 'High-tech Zone' },
      kind: 'development-zone',
      ...st('existing', 's23', '（二十三）积极引进高端装备制造、电子信息类项目落户高新区'),
      planRefs: ['s23'],
      planQuotes: ['积极引进高端装备制造、电子信息类项目落户高新区'],
      period: 'context',
      accuracy: 'schematic',
      geometrySource:
        'LOW CONFIDENCE. A schematic area in the west of the city between the built-up area and the 辽河. Basis: a 2010 description of the 盘锦经济开发区 (石油高新技术园, 兴隆工业园, 中兴商贸园, 文化产业园) “located in the west of Panjin”, taken here to be the zone the plan calls 高新区; neither the identity nor the extent is confirmed.',
    }),
  ];

  // =============================================================================================
  // Health
  // =============================================================================================
  const health = [
    feature(point(122.1428, 41.1088), {
      id: 'health-huibin-centre',
      name: { zh: '惠宾街道卫生服务中心', en: 'Huibin Subdistrict Health Service Centre' },
      kind: 'community-health-centre',
      ...planned14('s35', '（三十五）完善公共卫生服务基础设施，建成惠宾街道卫生服务中心'),
      planRefs: ['s35', 't4-r13', 's1'],
      planQuotes: ['建成惠宾街道卫生服务中心', '新建兴海、惠宾（振兴）2个社区卫生服务中心', '新建兴海振兴2个社区卫生服务中心'],
      accuracy: 'schematic',
      geometrySource: 'Placed inside this project’s schematic 惠宾街道 area, which （三十五） names; the site is not known here.',
      subdistrict: 'subdistrict-huibin',
      note: {
        zh: '规划纲要前后表述不一：表4第13行（“十三五”，已完成）称“新建兴海、惠宾（振兴）2个社区卫生服务中心”，（1）写作“兴海振兴”；（三十五）又把“建成惠宾街道卫生服务中心”列为“十四五”任务。纲要未说明二者是否同一机构。此处采用（三十五）的“规划”状态，因为它是纲要对该中心的最新、具体的安排，且“建成”表明尚未建成或尚未完工；表4第13行作为引用保留。',
        en: 'The plan is not consistent: Table 4 row 13 (13th plan, completed) says two community health centres were newly built, “兴海、惠宾（振兴）” (section 1: “兴海振兴”), while section 35 sets “complete the Huibin Subdistrict health service centre” as a 14th-plan task. The plan does not say whether these are the same. The status shown is section 35’s “planned”: it is the plan’s latest and specific word on this centre, and “建成” (complete) implies it was not finished; Table 4 row 13 is kept as a reference.',
      },
    }),
    feature(point(122.0395, 41.1032), {
      id: 'health-xinghai-centre',
      name: { zh: '兴海社区卫生服务中心', en: 'Xinghai Community Health Service Centre' },
      kind: 'community-health-centre',
      ...st('completed', 't4-r13', '表4 第13行：新建兴海、惠宾（振兴）2个社区卫生服务中心（已完成）'),
      planRefs: ['t4-r13', 's1'],
      planQuotes: ['新建兴海、惠宾（振兴）2个社区卫生服务中心', '新建兴海振兴2个社区卫生服务中心'],
      period: '13th-plan',
      accuracy: 'schematic',
      geometrySource:
        'Placed inside this project’s schematic 兴海街道 area, taking the centre’s name to be the sub-district’s (the plan writes only “兴海”); the site is not known here.',
      subdistrict: 'subdistrict-xinghai',
    }),
  ];

  // =============================================================================================
  // Cooperation partners (chapter 七): city-centre points outside the district
  // =============================================================================================
  const PARTNER_GEOMETRY = 'city-centre point, approximate; the cooperation has no single site';
  const partner = (id, zh, en, lon, lat, ref, label, quote, where) =>
    feature(point(lon, lat), {
      id,
      name: { zh, en },
      kind: 'partner',
      ...planned14(ref, label),
      planRefs: [ref],
      planQuotes: [quote],
      accuracy: 'approximate',
      geometrySource: `${PARTNER_GEOMETRY} (${where}, WGS-84, from general knowledge to about 1–2 km).`,
    });
  const S23 = '（二十三）实施跨区域“飞地”合作';
  const S25 = '（二十五）深入推进对口地区合作';
  const cooperation = [
    partner('partner-dawa', '大洼区', 'Dawa District', 122.078, 40.996, 's23', S23, '与大洼区、辽东湾新区研究共同建立“飞地”园区', 'centre of the district seat south of 兴隆台'),
    partner('partner-liaodongwan', '辽东湾新区', 'Liaodong Bay New Area', 122.04, 40.69, 's23', S23, '与大洼区、辽东湾新区研究共同建立“飞地”园区', 'centre of the new area on the coast'),
    partner('partner-wuxi', '无锡市', 'Wuxi', 120.3, 31.57, 's25', S25, '依托盘锦市与无锡、锦州、营口实施战略合作机遇', 'city centre, Jiangsu'),
    partner('partner-jinzhou', '锦州市', 'Jinzhou', 121.127, 41.095, 's25', S25, '依托盘锦市与无锡、锦州、营口实施战略合作机遇', 'city centre'),
    partner('partner-yingkou', '营口市', 'Yingkou', 122.235, 40.667, 's25', S25, '依托盘锦市与无锡、锦州、营口实施战略合作机遇', 'city centre'),
    partner(
      'partner-hoboksar',
      '新疆和布克赛尔蒙古自治县',
      'Hoboksar Mongol Autonomous County, Xinjiang',
      85.729,
      46.795,
      's25',
      S25,
      '落实与新疆和布克赛尔县的援受高层联席会议制度',
      'county seat 和什托洛盖镇',
    ),
  ];
  // Partners of （二十三） are 飞地 parks; of （二十五） strategic or paired-assistance cooperation.
  cooperation[0].properties.note = cooperation[1].properties.note = {
    zh: '共同研究建立“飞地”园区；园区选址未定。',
    en: 'To study joint “enclave” (飞地) parks; no park site is given.',
  };
  cooperation[5].properties.note = {
    zh: '对口援疆：干部人才、产业项目、文教卫生援疆和民族交往交流。',
    en: 'Paired assistance to Xinjiang: officials and talent, industrial projects, education, culture and health, exchanges between peoples.',
  };

  // =============================================================================================
  // Parks of 表3 / 表4 (polygons: the parks layer draws fills)
  // =============================================================================================
  const T3R7 = '表3 第7行：建成康桥书法文化公司、四季公园、金宝公园、体育公园、中兴公园等5座公园（超额完成）';
  const T4R10 = '表4 第10行：建成体育公园、金宝公园两个文化体育公园（已完成）';
  const T3R7_NOTE = {
    zh: '表3第7行的“超额完成”是对整行目标（规划建设中华公园、康桥公园、富盈公园等，实际建成5座）的评价。',
    en: 'Table 3 row 7’s verdict “超额完成” (exceeded) grades the row’s target (中华公园, 康桥公园, 富盈公园 and a few small parks planned; five parks built).',
  };
  const p13 = (status, ref, label) => ({ ...st(status, ref, label), period: '13th-plan' });
  // The 螃蟹沟 belt park: a band along the creek's city reach.
  const creekCity = turf.lineString(
    dedupe(turf.lineSlice(turf.point([122.0205, 41.1251]), turf.point([122.108, 41.1449]), turf.lineString(pangxiegou)).geometry.coordinates),
  );
  const creekBand = turf.buffer(creekCity, 0.12, { units: 'kilometers', steps: 4 });

  const parks = [
    feature(creekBand.geometry, {
      id: 'park-pangxiegou-belt',
      name: { zh: '螃蟹沟沿岸带状景观公园', en: 'Pangxiegou riverside belt park' },
      kind: 'park',
      ...p13('completed', 't3-r4', '表3 第4行：完成螃蟹沟六零河生态综合整治（已完成）'),
      planRefs: ['t3-r4', 's1'],
      planQuotes: ['结合螃蟹沟（六零河）治理，沿岸建设带状景观公园', '完成螃蟹沟六零河生态综合整治'],
      accuracy: 'schematic',
      geometrySource:
        'A band 120 m either side of this project’s schematic 螃蟹沟 line through the city (see base-rivers). The plan says the park was built along the banks; which reaches and how wide are not known here.',
      note: {
        zh: '表3第4行完成情况只写“完成螃蟹沟六零河生态综合整治”，未单独写带状公园；行结论为“已完成”。',
        en: 'Table 3 row 4’s completion column only says the 螃蟹沟/六零河 ecological clean-up was finished, not the belt park as such; the row’s verdict is “已完成” (completed).',
      },
    }),
    feature(octAt(122.0622, 41.1195, 0.7, 0.55), {
      id: 'park-zhongxing',
      name: { zh: '中兴公园', en: 'Zhongxing Park' },
      kind: 'park',
      ...p13('completed', 't3-r5', '表3 第5行：中兴公园改造已完成（已完成）'),
      planRefs: ['t3-r5', 't3-r7'],
      planQuotes: ['中兴公园改造已完成', '重新高标准规划设计，改造提升中兴公园', '中兴公园'],
      accuracy: 'schematic',
      geometrySource:
        'A small schematic area in the city centre west of 向海大道: general knowledge has 中兴公园 as one of the central parks of 兴隆台. Its real site and extent are not known here.',
      note: {
        zh: '状态取表3第5行（专述中兴公园改造，“已完成”）；表3第7行亦把中兴公园列入建成的5座公园。',
        en: 'Status from Table 3 row 5, which is about this park’s upgrade (“已完成”, completed); Table 3 row 7 also counts it among the five parks built.',
      },
    }),
    feature(octAt(122.0885, 41.1462, 0.5, 0.4), {
      id: 'park-kangqiao-calligraphy',
      name: { zh: '康桥书法文化公园', en: 'Kangqiao Calligraphy Culture Park' },
      kind: 'park',
      ...p13('exceeded', 't3-r7', T3R7),
      planRefs: ['t3-r7'],
      planQuotes: ['康桥书法文化公司', '建设中华公园、康桥公园、富盈公园'],
      accuracy: 'schematic',
      geometrySource: PLACEHOLDER,
      note: {
        zh: `表3第7行原文写作“康桥书法文化公司”，按上下文（“等5座公园”）应为“康桥书法文化公园”，即规划目标中的“康桥公园”。${T3R7_NOTE.zh}`,
        en: `Table 3 row 7 writes “康桥书法文化公司” (company); the context (“five parks”) shows it means 康桥书法文化公园, the 康桥公园 of the row’s target. ${T3R7_NOTE.en}`,
      },
    }),
    feature(octAt(122.108, 41.1225, 0.5, 0.4), {
      id: 'park-siji',
      name: { zh: '四季公园', en: 'Four Seasons Park' },
      kind: 'park',
      ...p13('exceeded', 't3-r7', T3R7),
      planRefs: ['t3-r7'],
      planQuotes: ['四季公园'],
      accuracy: 'schematic',
      geometrySource: PLACEHOLDER,
      note: T3R7_NOTE,
    }),
    feature(octAt(122.0335, 41.1345, 0.5, 0.4), {
      id: 'park-jinbao',
      name: { zh: '金宝公园', en: 'Jinbao Park' },
      kind: 'park',
      ...p13('completed', 't4-r10', T4R10),
      planRefs: ['t4-r10', 't3-r7'],
      planQuotes: ['建成体育公园、金宝公园两个文化体育公园', '金宝公园'],
      accuracy: 'schematic',
      geometrySource: PLACEHOLDER,
      note: {
        zh: `文化体育公园。状态取表4第10行（明言“建成…金宝公园”，“已完成”）；表3第7行也列入建成的5座公园。${T3R7_NOTE.zh}`,
        en: `A culture and sports park. Status from Table 4 row 10, which states it was built (“已完成”, completed); Table 3 row 7 also counts it among the five parks built. ${T3R7_NOTE.en}`,
      },
    }),
    feature(octAt(122.1035, 41.1548, 0.7, 0.5), {
      id: 'park-sports',
      name: { zh: '体育公园', en: 'Sports Park' },
      kind: 'park',
      ...p13('completed', 't4-r10', T4R10),
      planRefs: ['t4-r10', 't3-r7'],
      planQuotes: ['建成体育公园、金宝公园两个文化体育公园', '体育公园'],
      accuracy: 'schematic',
      geometrySource: PLACEHOLDER,
      note: {
        zh: `文化体育公园。状态取表4第10行（明言“建成体育公园”，“已完成”）；表3第7行也列入建成的5座公园。${T3R7_NOTE.zh}`,
        en: `A culture and sports park. Status from Table 4 row 10, which states it was built (“已完成”, completed); Table 3 row 7 also counts it among the five parks built. ${T3R7_NOTE.en}`,
      },
    }),
    feature(octAt(122.0205, 41.1405, 0.35, 0.25), {
      id: 'park-fuying-football',
      name: { zh: '富盈公园11人制足球场', en: 'Fuying Park 11-a-side football pitch' },
      kind: 'sports-ground',
      ...p13('completed', 't4-r10', '表4 第10行：建成……富盈公园11人制足球场（已完成）'),
      planRefs: ['t4-r10', 't3-r7'],
      planQuotes: ['富盈公园11人制足球场', '建设中华公园、康桥公园、富盈公园'],
      accuracy: 'schematic',
      geometrySource: PLACEHOLDER,
      note: {
        zh: '表3第7行把富盈公园列为“十三五”规划建设目标，但完成情况未列入建成的5座公园；表4第10行写明建成富盈公园11人制足球场。此处只示意足球场。',
        en: 'Table 3 row 7 planned a 富盈公园 but does not count it among the five parks built; Table 4 row 10 states that the park’s 11-a-side football pitch was built. Only the pitch is shown.',
      },
    }),
  ];

  // =============================================================================================
  // Water works of 表3 (sewage plants, 水韵兴隆)
  // =============================================================================================
  const T3R9 = '表3 第9行：建成“三污”、鼎翔、七分厂等三座污水处理厂（超额完成）';
  const T3R9_NOTE = {
    zh: '表3第9行的“超额完成”是对规划目标（建成第三污水处理厂、鼎翔地区污水处理厂两座）的评价：实际建成三座。',
    en: 'Table 3 row 9’s verdict “超额完成” (exceeded) grades the target of two plants (No. 3 and Dingxiang); three were built.',
  };
  // "四横" (one of four east–west channels) and "六纵" (one of six north–south channels): the plan
  // gives the orientation, not the place.
  const zhongguanlang = [[122.064, 41.1445], [122.085, 41.1448], [122.1, 41.1452]];
  const gaoyaZoulang = [[122.094, 41.1585], [122.0945, 41.142], [122.095, 41.126]];
  const waterWorks = [
    feature(point(122.0015, 41.1038), {
      id: 'works-sewage-plant-no3',
      name: { zh: '盘锦市第三污水处理厂（“三污”）', en: 'Panjin No. 3 Sewage Treatment Plant (“San Wu”)' },
      kind: 'sewage-plant',
      ...p13('exceeded', 't3-r9', T3R9),
      planRefs: ['t3-r9', 's1'],
      planQuotes: ['建成盘锦市第三污水处理厂', '建成“三污”、鼎翔、七分厂等三座污水处理厂'],
      accuracy: 'schematic',
      geometrySource: PLACEHOLDER,
      note: T3R9_NOTE,
    }),
    feature(point(121.9715, 41.1362), {
      id: 'works-sewage-plant-dingxiang',
      name: { zh: '鼎翔地区污水处理厂', en: 'Dingxiang Area Sewage Treatment Plant' },
      kind: 'sewage-plant',
      ...p13('exceeded', 't3-r9', T3R9),
      planRefs: ['t3-r9', 's1'],
      planQuotes: ['鼎翔地区污水处理厂', '建成“三污”、鼎翔、七分厂等三座污水处理厂'],
      accuracy: 'schematic',
      geometrySource:
        'LOW CONFIDENCE. Placed at the western edge of the city towards the 辽河: public descriptions put the 鼎翔 area (鼎翔生态旅游度假区) in Panjin’s western outskirts. The plant’s site is not known here.',
      note: T3R9_NOTE,
    }),
    feature(point(122.1565, 41.1432), {
      id: 'works-sewage-plant-qifenchang',
      name: { zh: '七分厂污水处理厂', en: 'Qifenchang Sewage Treatment Plant' },
      kind: 'sewage-plant',
      ...p13('exceeded', 't3-r9', T3R9),
      planRefs: ['t3-r9', 's1'],
      planQuotes: ['七分厂', '建成“三污”、鼎翔、七分厂等三座污水处理厂'],
      accuracy: 'schematic',
      geometrySource: PLACEHOLDER,
      note: T3R9_NOTE,
    }),
    feature(multiLine([pangxiegou, zhongguanlang, gaoyaZoulang, liulinghe]), {
      id: 'works-shuiyun-xinglong',
      name: { zh: '“水韵兴隆”水系工程（已建部分）', en: '“Water-charm Xinglong” water-system project (parts built)' },
      kind: 'water-system',
      ...p13('not-completed', 't3-r6', '表3 第6行：继续实施“水韵兴隆”项目（未完成）'),
      planRefs: ['t3-r6'],
      planQuotes: [
        '按照“一轴、四横、六纵、多节点”的总体布局',
        '完成“一轴”螃蟹沟水系、“四横”中管廊街水系、“六纵”中油英路高压走廊水系和六零河水系的建设，新增水面20.4万平方米',
      ],
      accuracy: 'schematic',
      geometrySource:
        'Four schematic lines for the four systems the plan reports built: the 螃蟹沟 (“一轴”) and 六零河 on this project’s stream lines (see base-rivers); the 中管廊街 system as an east–west line (the plan counts it among the “四横”, east–west) and the 中油英路 high-voltage-corridor system as a north–south line (among the “六纵”, north–south) in the north-east of the city. Only their orientation comes from the plan; where they run is not known here.',
      note: {
        zh: '规划目标新增水面96万平方米，实际新增20.4万平方米，行结论“未完成”；所列四个水系已建成。',
        en: 'Target: 960,000 m² of new water surface; achieved 204,000 m², so the row’s verdict is “未完成” (not completed). The four systems listed were built.',
      },
    }),
  ];

  // =============================================================================================
  // Schools of 表4 (13th plan) and the high schools of 表8 第3行
  // =============================================================================================
  const T4R4 =
    '表4 第4行：中部新建六彩幼儿园；东部新建兴油幼儿园、兴隆新城幼儿园；西部新建锦城明郡幼儿园；南部新建和园幼儿园；北部新建辽河佳苑幼儿园（超额完成）';
  const T4R4_NOTE = {
    zh: '表4第4行的“超额完成”是对规划目标（中、东、西、南部新建四所公办幼儿园）的评价：实际新建六所。',
    en: 'Table 4 row 4’s verdict “超额完成” (exceeded) grades the target of four public kindergartens; six were built.',
  };
  const kg13 = (id, zh, en, partZh, partEn, lon, lat, extra = {}) =>
    feature(point(lon, lat), {
      id,
      name: { zh, en },
      kind: 'kindergarten',
      ...p13('exceeded', 't4-r4', T4R4),
      planRefs: ['t4-r4'],
      planQuotes: [zh.replace(/（.*）$/, '')],
      accuracy: 'schematic',
      geometrySource: `Placed in the ${partEn} of the city as 表4 第4行 says (${partZh}); exact site unknown.${extra.where ?? ''}`,
      note: extra.note ?? T4R4_NOTE,
    });
  const schoolsMore = [
    feature(point(122.0135, 41.1335), {
      id: 'school-xiaguangfu-primary',
      name: { zh: '霞光府小学', en: 'Xiaguangfu Primary School' },
      kind: 'school',
      ...p13('completed', 't4-r3', '表4 第3行：西部新建霞光府小学并投入使用（已完成）'),
      planRefs: ['t4-r3'],
      planQuotes: ['西部新建霞光府小学并投入使用'],
      accuracy: 'schematic',
      geometrySource: 'Placed in the west of the city as 表4 第3行 says (城区西部); exact site unknown.',
    }),
    kg13('kindergarten-liucai', '六彩幼儿园', 'Liucai Kindergarten', '中部', 'centre', 122.0555, 41.1195),
    kg13('kindergarten-xingyou', '兴油幼儿园', 'Xingyou Kindergarten', '东部', 'east', 122.0975, 41.1418, {
      where: ' Drawn near this project’s 兴油街 line only because of the shared name.',
    }),
    kg13('kindergarten-xinglong-new-town-13th', '兴隆新城幼儿园（“十三五”已建）', 'Xinglong New Town Kindergarten (built in the 13th plan)', '东部', 'east', 122.1255, 41.1508, {
      where: ' Kept about 600 m from the point of the 表8 kindergarten of the same name (kindergarten-xinglong-new-town) so that both stay visible.',
      note: {
        zh: `表8第1行又将“兴隆新城幼儿园”列为“十四五”城区东部新建项目（要素 kindergarten-xinglong-new-town）。规划纲要未说明两者是否同一所；两条记录分别显示各自的状态。${T4R4_NOTE.zh}`,
        en: `Table 8 row 1 lists a 兴隆新城幼儿园 again as a new 14th-plan project in the east (feature kindergarten-xinglong-new-town). The plan does not say whether they are the same kindergarten; the two records keep their own statuses. ${T4R4_NOTE.en}`,
      },
    }),
    kg13('kindergarten-jinchengmingjun', '锦城明郡幼儿园', 'Jinchengmingjun Kindergarten', '西部', 'west', 122.0165, 41.1195, {
      where: ' Drawn near this project’s point for the 表8 锦城明郡学校 because of the shared (residential-area) name.',
    }),
    kg13('kindergarten-heyuan', '和园幼儿园', 'Heyuan Kindergarten', '南部', 'south', 122.0645, 41.1098, {
      where: ' Drawn near this project’s point for the 表8 和园学校 because of the shared (residential-area) name.',
    }),
    kg13('kindergarten-liaohe-jiayuan', '辽河佳苑幼儿园', 'Liaohe Jiayuan Kindergarten', '北部', 'north', 122.072, 41.1585, {
      note: {
        zh: `规划目标未含北部，实际在北部也新建了一所。${T4R4_NOTE.zh}`,
        en: `The target did not include the north; one was built there as well. ${T4R4_NOTE.en}`,
      },
    }),
  ];
  const T8R3 = '表8 第3行：辽河油田第一高中争取成为国家级示范高中，第二高中、第三高中成为辽宁省特色示范高中';
  const highSchool = (id, zh, en, lon, lat, goalZh, goalEn, quote) =>
    feature(point(lon, lat), {
      id,
      name: { zh, en },
      kind: 'high-school',
      ...planned14('t8-r3', T8R3),
      planRefs: ['t8-r3', 's16'],
      planQuotes: [quote],
      accuracy: 'schematic',
      geometrySource: `${PLACEHOLDER} The school exists; only its status as a demonstration school is planned.`,
      note: { zh: `“十四五”目标：${goalZh}。`, en: `14th-plan goal: ${goalEn}.` },
    });
  schoolsMore.push(
    highSchool('highschool-liaohe-oilfield-no1', '辽河油田第一高级中学', 'Liaohe Oilfield No. 1 High School', 122.0912, 41.1338, '争取成为国家级示范高中', 'to become a national demonstration high school', '辽河油田第一高中争取成为国家级示范高中'),
    highSchool('highschool-liaohe-oilfield-no2', '辽河油田第二高级中学', 'Liaohe Oilfield No. 2 High School', 122.0795, 41.1525, '成为辽宁省特色示范高中', 'to become a Liaoning provincial featured demonstration high school', '第二高中、第三高中成为辽宁省特色示范高中'),
    highSchool('highschool-liaohe-oilfield-no3', '辽河油田第三高级中学', 'Liaohe Oilfield No. 3 High School', 122.0395, 41.1418, '成为辽宁省特色示范高中', 'to become a Liaoning provincial featured demonstration high school', '第二高中、第三高中成为辽宁省特色示范高中'),
  );

  // =============================================================================================
  // Layer ids and placement checks (fail the build rather than write a misplaced feature)
  // =============================================================================================
  const out = {
    ecology: ecology.map(withLayer('ecology')),
    renewal: renewal.map(withLayer('renewal')),
    cultureCommerce: cultureCommerce.map(withLayer('culture-commerce')),
    headquartersIndustry: headquartersIndustry.map(withLayer('headquarters-industry')),
    health: health.map(withLayer('health')),
    cooperation: cooperation.map(withLayer('cooperation')),
    parks: parks.map(withLayer('parks')),
    waterWorks: waterWorks.map(withLayer('water-works')),
    schools: schoolsMore.map(withLayer('schools')),
  };

  const positions = (g) => turf.coordAll(turf.feature(g));
  const inside = (pt, poly) => turf.booleanPointInPolygon(pt, poly);
  for (const key of ['renewal', 'cultureCommerce', 'headquartersIndustry', 'health', 'parks', 'schools']) {
    for (const f of out[key]) {
      for (const p of positions(f.geometry)) {
        if (!inside(p, districtFeature)) throw new Error(`${f.properties.id}: ${p} lies outside the district outline`);
      }
    }
  }
  for (const key of Object.keys(out)) {
    for (const f of out[key]) {
      const sub = f.properties.subdistrict;
      if (sub === undefined) continue;
      const poly = subById.get(sub);
      if (!poly) throw new Error(`${f.properties.id}: unknown subdistrict ${sub}`);
      for (const p of positions(f.geometry)) {
        if (!inside(p, poly)) throw new Error(`${f.properties.id}: ${p} lies outside ${sub}`);
      }
    }
  }
  for (const f of out.cooperation) {
    if (inside(f.geometry.coordinates, districtFeature)) throw new Error(`${f.properties.id}: a partner inside the district`);
  }
  const allSchools = [...schools, ...out.schools].map((f) => [f.properties.id, f.geometry.coordinates]);
  for (let i = 0; i < allSchools.length; i++) {
    for (let j = i + 1; j < allSchools.length; j++) {
      const d = turf.distance(allSchools[i][1], allSchools[j][1]);
      if (d <= 0.3) throw new Error(`schools ${allSchools[i][0]} and ${allSchools[j][0]} are only ${d.toFixed(2)} km apart`);
    }
  }
  // Keep geometry rounding identical to the rest (buffers and offsets produce long decimals).
  for (const key of Object.keys(out)) for (const f of out[key]) f.geometry = roundGeometry(f.geometry);
  return out;
}

/** Sets the layer id (the file name) on a feature's properties. */
function withLayer(layer) {
  return (f) => ({ ...f, properties: { ...f.properties, layer } });
}
