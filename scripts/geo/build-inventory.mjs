#!/usr/bin/env node
/**
 * Writes geo/inventory.json: every item of the plan a planner would look for on a map, with the plan
 * id that names it and either the features that show it or why it has none (contract:
 * src/core/plan/inventorySchema.ts).
 *
 * Rules followed here:
 * - `planRef` is the most specific plan id: the table row, else the section.
 * - A row naming several places becomes one item per place (ids `inv-t8-r1-yingbin` …), so that each
 *   place can be found, linked and counted on its own.
 * - `notMappable.kind`:
 *     district-wide  the whole district, or many places the plan does not name (87 old compounds);
 *     policy         a measure without a place (a reform, a target list of firms, events), or a
 *                    facility the plan only proposes to found or explore, for which no site exists yet;
 *     indicator      a rate or total the plan tracks;
 *     unplaceable    a real site (existing, or one the plan describes) that nothing available here
 *                    locates. These count against coverage.
 * - Years only where the plan gives one.
 *
 * The script checks that every feature id it cites exists in geo/ (run build-plan-layers.mjs first).
 * Deterministic: items are written in the order below.
 * Usage: node scripts/geo/build-inventory.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './lib.mjs';

const P13 = '13th-plan';
const P14 = '14th-plan';

/** A mapped item. */
const m = (id, planRef, zh, en, theme, period, features, extra = {}) => ({
  id,
  planRef,
  name: { zh, en },
  theme,
  period,
  ...extra,
  features,
});
/** An item without a feature of its own. */
const n = (id, planRef, zh, en, theme, period, kind, reasonZh, reasonEn, extra = {}) => ({
  id,
  planRef,
  name: { zh, en },
  theme,
  period,
  ...extra,
  notMappable: { kind, reason: { zh: reasonZh, en: reasonEn } },
});

const items = [
  // ---- The district and its sub-districts -------------------------------------------------------
  m('inv-district', 'c1', '兴隆台区', 'Xinglongtai District', 'boundaries', P14, ['xinglongtai-district']),
  m('inv-subdistrict-shuguang', 't5-r4', '曙光街道', 'Shuguang Subdistrict', 'boundaries', P14, ['subdistrict-shuguang']),
  m('inv-subdistrict-xinglong', 't5-r11', '兴隆街道', 'Xinglong Subdistrict', 'boundaries', P14, ['subdistrict-xinglong']),
  m('inv-subdistrict-chuangxin', 't5-r11', '创新街道', 'Chuangxin Subdistrict', 'boundaries', P14, ['subdistrict-chuangxin']),
  m('inv-subdistrict-xinghai', 't5-r11', '兴海街道', 'Xinghai Subdistrict', 'boundaries', P14, ['subdistrict-xinghai']),
  m('inv-subdistrict-huibin', 't5-r11', '惠宾街道', 'Huibin Subdistrict', 'boundaries', P14, ['subdistrict-huibin']),

  // ---- 表2 “十三五”产业体系 -------------------------------------------------------------------------
  n('inv-t2-r1', 't2-r1', '亿元以上产业项目（五年实施101个）', 'Industrial projects above 100 million yuan (101 in five years)', 'headquarters-industry', P13,
    'district-wide', '101个项目分布全区，规划纲要未逐一列名。', 'The 101 projects lie across the district; the plan does not name them.'),
  n('inv-t2-r2', 't2-r2', '特色街区（14条）', 'Featured streets (14)', 'culture-commerce', P13,
    'district-wide', '14条特色街区未逐一列名；其中“十四五”重点培育的四条见（十）。', 'The 14 streets are not named; the four the 14th plan develops are listed under section 10.'),
  n('inv-t2-r3', 't2-r3', '旅游业收入年均增长', 'Yearly growth of tourism revenue', 'culture-commerce', P13,
    'indicator', '增长率指标（目标20%，实际12%）。', 'A growth rate (target 20%, achieved 12%).'),
  n('inv-t2-r4', 't2-r4', '新增全国性股份制商业银行', 'New national joint-stock commercial banks', 'headquarters-industry', P13,
    'policy', '招引金融机构的目标（新增兴业银行1家），不是场所。', 'A target for attracting banks (one added: Industrial Bank), not a place.'),
  n('inv-t2-r5', 't2-r5', '建成及改造、盘活存量楼宇面积', 'Office floor space built, refurbished or brought back into use', 'headquarters-industry', P13,
    'indicator', '面积总量指标（目标40万平方米，实际29.3万平方米）。', 'A floor-space total (target 400,000 m², achieved 293,000 m²).'),
  m('inv-t2-r6-finance-plaza', 't2-r6', '金融广场', 'Finance Plaza', 'headquarters-industry', P13, ['hq-finance-plaza']),
  m('inv-t2-r6-incubator', 't2-r6', '楼宇孵化基地', 'Business Incubator Building', 'headquarters-industry', P13, ['hq-incubator-building']),
  m('inv-t2-r7-juzi', 't2-r7', '桔子广场', 'Juzi Square', 'culture-commerce', P13, ['commerce-juzi-square']),
  m('inv-t2-r7-shilin', 't2-r7', '士林不夜城', 'Shilin Night Market', 'culture-commerce', P13, ['commerce-shilin-night-market']),
  m('inv-t2-r7-pacific', 't2-r7', '太平洋财富大厦', 'Pacific Wealth Tower', 'culture-commerce', P13, ['commerce-pacific-wealth-tower']),
  m('inv-t2-r7-bainian-fu-jie', 't2-r7', '百年福街', 'Bainian Fu Street', 'culture-commerce', P13, ['street-bainian-fu-jie']),
  m('inv-t2-r7-lantiancheng', 't2-r7', '蓝天城', 'Lantiancheng', 'culture-commerce', P13, ['commerce-lantiancheng']),
  m('inv-t2-r7-liaohekou', 't2-r7', '辽河口老街', 'Liaohekou Old Street', 'culture-commerce', P13, ['street-liaohekou-old-street']),
  m('inv-t2-r7-folk-museum', 't2-r7', '辽河民俗博物馆', 'Liao River Folk Customs Museum', 'culture-commerce', P13, ['culture-liaohe-folk-museum']),
  m('inv-t2-r7-land-deed-museum', 't2-r7', '辽河房地契博物馆', 'Liao River Land and House Deed Museum', 'culture-commerce', P13, ['culture-liaohe-land-deed-museum']),
  n('inv-t2-r8', 't2-r8', '兴隆台十里花溪综合旅游景观项目', 'Shili Huaxi (“Ten-li Flower Stream”) tourism landscape project', 'ecology-water', P13,
    'unplaceable', '项目一期已建成（表2第8行“基本完成”），但规划纲要与本项目掌握的资料均未说明其位置（连位于区内哪一片都不清楚），故不绘制。',
    'Its first phase is built (Table 2 row 8, “basically completed”), but neither the plan nor anything available to this project says where it is, not even in which part of the district, so it is not drawn.'),

  // ---- 表3 “十三五”城市建设 -------------------------------------------------------------------------
  n('inv-t3-r1', 't3-r1', '中华路至芳草路区域城市化改造与老旧小区维修', 'Urban renewal between Zhonghua Road and Fangcao Road; repair of old compounds', 'housing-renewal', P13,
    'district-wide', '新建、改造道路47条，维修改造10个老旧小区（仅海湾家属楼、工商行家属楼具名），改造45个弃管小区755栋楼：分布于城区各处，未逐一列名或定位。',
    '47 roads built or upgraded, 10 old compounds repaired (only two named) and 45 abandoned compounds (755 buildings) taken over: spread over the city and neither all named nor located.'),
  m('inv-t3-r2-gongye-west', 't3-r2', '工业街西段', 'Gongye Street, west section', 'boundaries', P13, ['road-gongye-jie-west']),
  m('inv-t3-r2-xingyou-west', 't3-r2', '兴油街西段', 'Xingyou Street, west section', 'boundaries', P13, ['road-xingyou-jie-west']),
  m('inv-t3-r2-youhai', 't3-r2', '油海路', 'Youhai Road', 'boundaries', P13, ['road-youhai-lu']),
  n('inv-t3-r3', 't3-r3', '宜居乡村示范村（计划保留的7个村）', 'Model liveable villages (the 7 villages to be kept)', 'housing-renewal', P13,
    'district-wide', '7个村未列名；规划纲要未说明是哪些村。', 'The 7 villages are not named in the plan.'),
  m('inv-t3-r4', 't3-r4', '螃蟹沟沿岸带状景观公园', 'Pangxiegou riverside belt park', 'ecology-water', P13, ['park-pangxiegou-belt']),
  m('inv-t3-r5', 't3-r5', '中兴公园改造提升', 'Zhongxing Park upgrade', 'ecology-water', P13, ['park-zhongxing']),
  m('inv-t3-r6', 't3-r6', '“水韵兴隆”水系工程', '“Water-charm Xinglong” water-system project', 'ecology-water', P13, ['works-shuiyun-xinglong']),
  m('inv-t3-r7-kangqiao', 't3-r7', '康桥书法文化公园（原文“康桥书法文化公司”）', 'Kangqiao Calligraphy Culture Park (written “company” in the table)', 'ecology-water', P13, ['park-kangqiao-calligraphy']),
  m('inv-t3-r7-siji', 't3-r7', '四季公园', 'Four Seasons Park', 'ecology-water', P13, ['park-siji']),
  m('inv-t3-r7-jinbao', 't3-r7', '金宝公园', 'Jinbao Park', 'ecology-water', P13, ['park-jinbao']),
  m('inv-t3-r7-sports', 't3-r7', '体育公园', 'Sports Park', 'ecology-water', P13, ['park-sports']),
  m('inv-t3-r7-zhongxing', 't3-r7', '中兴公园', 'Zhongxing Park', 'ecology-water', P13, ['park-zhongxing']),
  n('inv-t3-r8', 't3-r8', '城区统一供热、取缔小燃煤锅炉', 'District heating for the city; small coal boilers closed', 'ecology-water', P13,
    'district-wide', '覆盖全城区与乡村的供热措施（华润热电统一供热，乡村壁挂炉取暖）。', 'A heating measure for the whole city and the villages (central heating by China Resources Power; wall-hung boilers in the villages).'),
  m('inv-t3-r9-no3', 't3-r9', '盘锦市第三污水处理厂（“三污”）', 'Panjin No. 3 Sewage Treatment Plant', 'ecology-water', P13, ['works-sewage-plant-no3']),
  m('inv-t3-r9-dingxiang', 't3-r9', '鼎翔地区污水处理厂', 'Dingxiang Area Sewage Treatment Plant', 'ecology-water', P13, ['works-sewage-plant-dingxiang']),
  m('inv-t3-r9-qifenchang', 't3-r9', '七分厂污水处理厂', 'Qifenchang Sewage Treatment Plant', 'ecology-water', P13, ['works-sewage-plant-qifenchang']),

  // ---- 表4 “十三五”民生事业 -------------------------------------------------------------------------
  n('inv-t4-r1', 't4-r1', '民办养老机构、农村互助幸福院、区福利院', 'Private care homes, rural mutual-aid homes, the district welfare home', 'health', P13,
    'district-wide', '新增10家民办养老机构、13家农村互助幸福院，均未列名；区福利院扩建完成，但其位置规划纲要未写。',
    '10 private care homes and 13 rural mutual-aid homes, none named; the district welfare home was extended, but the plan does not say where it is.'),
  n('inv-t4-r2', 't4-r2', '精准扶贫与困难群体增收', 'Targeted poverty relief and incomes of people in need', 'health', P13,
    'policy', '社会保障政策，无场所。', 'A social-security policy, without a place.'),
  m('inv-t4-r3', 't4-r3', '霞光府小学', 'Xiaguangfu Primary School', 'education', P13, ['school-xiaguangfu-primary']),
  m('inv-t4-r4-liucai', 't4-r4', '六彩幼儿园', 'Liucai Kindergarten', 'education', P13, ['kindergarten-liucai']),
  m('inv-t4-r4-xingyou', 't4-r4', '兴油幼儿园', 'Xingyou Kindergarten', 'education', P13, ['kindergarten-xingyou']),
  m('inv-t4-r4-xinglong-new-town', 't4-r4', '兴隆新城幼儿园（“十三五”）', 'Xinglong New Town Kindergarten (13th plan)', 'education', P13, ['kindergarten-xinglong-new-town-13th']),
  m('inv-t4-r4-jinchengmingjun', 't4-r4', '锦城明郡幼儿园', 'Jinchengmingjun Kindergarten', 'education', P13, ['kindergarten-jinchengmingjun']),
  m('inv-t4-r4-heyuan', 't4-r4', '和园幼儿园', 'Heyuan Kindergarten', 'education', P13, ['kindergarten-heyuan']),
  m('inv-t4-r4-liaohe-jiayuan', 't4-r4', '辽河佳苑幼儿园', 'Liaohe Jiayuan Kindergarten', 'education', P13, ['kindergarten-liaohe-jiayuan']),
  n('inv-t4-r5', 't4-r5', '普惠性幼儿园在园幼儿覆盖率', 'Share of children in affordable kindergartens', 'education', P13,
    'indicator', '覆盖率指标（目标69%，实际80%以上）。', 'A coverage rate (target 69%, achieved over 80%).'),
  n('inv-t4-r6', 't4-r6', '学前三年教育普及率', 'Three-year preschool enrolment rate', 'education', P13,
    'indicator', '普及率指标（目标97%，实际98%）。', 'An enrolment rate (target 97%, achieved 98%).'),
  n('inv-t4-r7', 't4-r7', '出生缺陷预防筛查率', 'Birth-defect screening rate', 'health', P13,
    'indicator', '筛查率指标（目标90%，实际90.8%）。', 'A screening rate (target 90%, achieved 90.8%).'),
  m('inv-t4-r8-folk', 't4-r8', '辽河民俗博物馆', 'Liao River Folk Customs Museum', 'culture-commerce', P13, ['culture-liaohe-folk-museum']),
  m('inv-t4-r8-land-deed', 't4-r8', '辽河房地契博物馆', 'Liao River Land and House Deed Museum', 'culture-commerce', P13, ['culture-liaohe-land-deed-museum']),
  m('inv-t4-r8-couplet', 't4-r8', '辽河楹联书法博物馆', 'Liao River Couplet Calligraphy Museum', 'culture-commerce', P13, ['culture-couplet-calligraphy-museum']),
  m('inv-t4-r9-cultural-centre', 't4-r9', '区文化馆', 'District Cultural Centre', 'culture-commerce', P13, ['culture-district-cultural-centre'], { endYear: 2019 }),
  m('inv-t4-r9-library', 't4-r9', '区图书馆', 'District Library', 'culture-commerce', P13, ['culture-district-library'], { endYear: 2019 }),
  m('inv-t4-r10-sports-park', 't4-r10', '体育公园（文化体育公园）', 'Sports Park (culture and sports park)', 'ecology-water', P13, ['park-sports']),
  m('inv-t4-r10-jinbao', 't4-r10', '金宝公园（文化体育公园）', 'Jinbao Park (culture and sports park)', 'ecology-water', P13, ['park-jinbao']),
  m('inv-t4-r10-fuying', 't4-r10', '富盈公园11人制足球场', 'Fuying Park 11-a-side football pitch', 'ecology-water', P13, ['park-fuying-football']),
  m('inv-t4-r10-green-island', 't4-r10', '城市绿岛公园（在建）', 'Green Island Park (under construction)', 'ecology-water', P13, ['green-island-park']),
  n('inv-t4-r10-cage-pitches', 't4-r10', '笼式足球场（5个）与中交凯旋城社区多功能运动场', 'Cage football pitches (5) and the 中交凯旋城 community sports ground', 'culture-commerce', P13,
    'district-wide', '5个笼式足球场只有“瀚新”具名，连同一处社区运动场分散在各社区，未逐一定位。',
    'Of the five cage pitches only “瀚新” is named; with one community ground they are spread over the neighbourhoods and not located one by one.'),
  n('inv-t4-r11', 't4-r11', '“送文化进基层”活动', '“Culture to the grassroots” events', 'culture-commerce', P13,
    'policy', '文化活动（五年370场），无固定场所。', 'Cultural events (370 in five years), without a fixed place.'),
  n('inv-t4-r12', 't4-r12', '全民运动会', 'Mass sports games', 'culture-commerce', P13,
    'policy', '赛事活动，规划纲要未写场地。', 'Sports events; the plan names no venue.'),
  m('inv-t4-r13-xinghai', 't4-r13', '兴海社区卫生服务中心', 'Xinghai Community Health Service Centre', 'health', P13, ['health-xinghai-centre']),
  m('inv-t4-r13-huibin', 't4-r13', '惠宾（振兴）社区卫生服务中心', 'Huibin (Zhenxing) Community Health Service Centre', 'health', P13, ['health-huibin-centre']),

  // ---- 表5 生态宜居实施项目 ---------------------------------------------------------------------------
  m('inv-t5-r1', 't5-r1', '螃蟹沟、六零河支流河保护工程', 'Pangxiegou and Liuling tributary protection works', 'ecology-water', P14, ['works-pangxiegou-liulinghe']),
  m('inv-t5-r2', 't5-r2', '绕阳河左岸兴隆台区段防洪治理工程', 'Raoyang River left-bank flood control', 'ecology-water', P14, ['works-rao-yang-left-bank']),
  m('inv-t5-r3', 't5-r3', '辽河主河道保护工程', 'Liao River main-channel protection works', 'ecology-water', P14, ['works-liao-he-main-channel']),
  m('inv-t5-r4', 't5-r4', '曙光污水处理厂', 'Shuguang Sewage Treatment Plant', 'ecology-water', P14, ['works-shuguang-sewage-plant']),
  m('inv-t5-r5-century-plaza', 't5-r5', '世纪广场区域排水', 'Drainage of the Century Square area', 'ecology-water', P14, ['works-city-waterlogging']),
  m('inv-t5-r5-south-water', 't5-r5', '城区南部水系改造', 'Water system of the south of the city', 'ecology-water', P14, ['works-city-waterlogging']),
  m('inv-t5-r5-xianghai-pipes', 't5-r5', '向海大道管网改造', 'Xianghai Avenue pipe network', 'ecology-water', P14, ['works-city-waterlogging']),
  m('inv-t5-r6', 't5-r6', '山水林田湖草项目（绕阳河流域“曙光湖”等）', 'Mountains–rivers–forests–farmland–lakes–grassland project', 'ecology-water', P14, ['works-shuguang-lake-restoration']),
  m('inv-t5-r7', 't5-r7', '城市绿岛公园', 'Green Island Park', 'ecology-water', P14, ['green-island-park']),
  m('inv-t5-r8-zhonghua-storm', 't5-r8', '中华路等主街路雨水管线改造', 'Storm sewers of 中华路 and other main streets', 'ecology-water', P14, ['works-stormwater-black-odorous']),
  m('inv-t5-r8-fangcao-zhonghua', 't5-r8', '芳草路—中华路明渠', 'Open channel 芳草路–中华路', 'ecology-water', P14, ['works-stormwater-black-odorous']),
  m('inv-t5-r8-south-ring-qingshui', 't5-r8', '南外环—清水河明渠', 'Open channel from the southern ring road to the Qingshui River', 'ecology-water', P14, ['works-stormwater-black-odorous']),
  m('inv-t5-r8-shuguang-ditch', 't5-r8', '曙光街道环沟综合整治', 'Ring ditch of Shuguang Subdistrict', 'ecology-water', P14, ['works-stormwater-black-odorous']),
  n('inv-t5-r9', 't5-r9', '城市基础设施改造工程（道路23条、雨污分流、泵站、亮化）', 'Urban infrastructure works (23 roads, separate sewers, pumping stations, lighting)', 'boundaries', P14,
    'district-wide', '23条道路与各类管网、泵站、亮化工程分布全城区，未列名。', 'The 23 roads and the network, pumping and lighting works are spread over the city and not named.'),
  n('inv-t5-r10', 't5-r10', '老旧小区改造工程（87个）', 'Renewal of old residential compounds (87)', 'housing-renewal', P14,
    'district-wide', '2001—2005年建成的87个老旧小区，未列名。', 'The 87 compounds built 2001–2005 are not named.'),
  m('inv-t5-r11-erjidi', 't5-r11', '兴隆街道二基地', 'Erjidi area, Xinglong Subdistrict', 'housing-renewal', P14, ['renewal-erjidi']),
  m('inv-t5-r11-qianhai', 't5-r11', '创新街道浅海', 'Qianhai area, Chuangxin Subdistrict', 'housing-renewal', P14, ['renewal-qianhai']),
  m('inv-t5-r11-xiaoliangyu', 't5-r11', '兴海街道小粮玉村', 'Xiaoliangyu Village, Xinghai Subdistrict', 'housing-renewal', P14, ['renewal-xiaoliangyu']),
  m('inv-t5-r11-yao-ershili', 't5-r11', '惠宾街道腰二十里村', 'Yao Ershili Village, Huibin Subdistrict', 'housing-renewal', P14, ['renewal-yao-ershili']),
  m('inv-t5-r11-hou-ershili', 't5-r11', '惠宾街道后二十里村', 'Hou Ershili Village, Huibin Subdistrict', 'housing-renewal', P14, ['renewal-hou-ershili']),
  n('inv-t5-r12', 't5-r12', '美丽乡村幸福胡家项目（“美丽胡家”）', '“Beautiful Hujia” rural project', 'ecology-water', P14,
    'unplaceable',
    '规划纲要未写项目位置。本项目掌握的公开资料只知道盘山县北部有胡家镇（2020年6月资料仍属盘山县），不在本项目所用的兴隆台区界内；项目是否位于该镇、或区内另有同名地点，无法确认，故不绘制，以免误导。',
    'The plan gives no site. The only 胡家 found in public material is 胡家镇 in northern 盘山县 (still listed under 盘山县 in June 2020), outside the district outline used here; whether the project lies there or at another 胡家 in the district cannot be confirmed, so it is not drawn rather than drawn in the wrong place.'),
  n('inv-t5-r13', 't5-r13', '农村生活污水处理工程（13个村）', 'Rural sewage treatment (13 villages)', 'ecology-water', P14,
    'district-wide', '11040座化粪池和10座一体化污水处理站覆盖全区13个村，未列名。', '11,040 septic tanks and 10 small treatment stations for the 13 villages of the district, which are not named.'),

  // ---- 表8 优化教育布局 -------------------------------------------------------------------------------
  ...[
    ['xinglong-new-town', '兴隆新城幼儿园', 'Xinglong New Town Kindergarten', 'kindergarten-xinglong-new-town'],
    ['tianxicheng', '天玺城幼儿园', 'Tianxicheng Kindergarten', 'kindergarten-tianxicheng'],
    ['ershili', '二十里区域幼儿园', 'Ershili Area Kindergarten', 'kindergarten-ershili'],
    ['huangdi', '荒地区域幼儿园', 'Huangdi Area Kindergarten', 'kindergarten-huangdi'],
    ['shangfang-village', '上房村区域幼儿园', 'Shangfang Village Area Kindergarten', 'kindergarten-shangfang-village'],
    ['haiquanwan', '海泉湾幼儿园', 'Haiquanwan Kindergarten', 'kindergarten-haiquanwan'],
    ['xinglong', '兴隆幼儿园', 'Xinglong Kindergarten', 'kindergarten-xinglong'],
    ['yingbin', '迎宾幼儿园', 'Yingbin Kindergarten', 'kindergarten-yingbin'],
    ['wangxuefu', '旺学府幼儿园', 'Wangxuefu Kindergarten', 'kindergarten-wangxuefu'],
  ].map(([k, zh, en, f]) => m(`inv-t8-r1-${k}`, 't8-r1', zh, en, 'education', P14, [f])),
  ...[
    ['bohai-no1', '渤海一小（扩建）', 'Bohai No. 1 Primary School (extension)', 'school-bohai-no1-primary'],
    ['oilfield-experimental-branch', '油田实验中学分校（扩建）', 'Oilfield Experimental Middle School, branch (extension)', 'school-oilfield-experimental-branch'],
    ['aidun', '爱顿学校', 'Aidun School', 'school-aidun'],
    ['shangfang', '上房区域学校', 'Shangfang Area School', 'school-shangfang'],
    ['heyuan', '和园学校', 'Heyuan School', 'school-heyuan'],
    ['yuanlong', '源隆学校', 'Yuanlong School', 'school-yuanlong'],
    ['jinchengmingjun', '锦城明郡学校', 'Jinchengmingjun School', 'school-jinchengmingjun'],
    ['barcelona', '巴塞罗那学校', 'Barcelona School', 'school-barcelona'],
    ['riyuexingcheng', '日月兴城小学', 'Riyuexingcheng Primary School', 'school-riyuexingcheng-primary'],
    ['yingbin', '迎宾小学（翻建）', 'Yingbin Primary School (rebuild)', 'school-yingbin-primary'],
    ['hexiang', '鹤乡小学（扩建）', 'Hexiang Primary School (extension)', 'school-hexiang-primary'],
    ['xinglongtai-no1', '兴隆台一小（扩建）', 'Xinglongtai No. 1 Primary School (extension)', 'school-xinglongtai-no1-primary'],
    ['xinglongtai-no2-middle', '兴隆台二中（扩建）', 'Xinglongtai No. 2 Middle School (extension)', 'school-xinglongtai-no2-middle'],
    ['hanxin', '瀚新学校', 'Hanxin School', 'school-hanxin'],
  ].map(([k, zh, en, f]) => m(`inv-t8-r2-${k}`, 't8-r2', zh, en, 'education', P14, [f])),
  m('inv-t8-r3-no1', 't8-r3', '辽河油田第一高中（争创国家级示范高中）', 'Liaohe Oilfield No. 1 High School (national demonstration school)', 'education', P14, ['highschool-liaohe-oilfield-no1']),
  m('inv-t8-r3-no2', 't8-r3', '辽河油田第二高中（省特色示范高中）', 'Liaohe Oilfield No. 2 High School (provincial featured demonstration school)', 'education', P14, ['highschool-liaohe-oilfield-no2']),
  m('inv-t8-r3-no3', 't8-r3', '辽河油田第三高中（省特色示范高中）', 'Liaohe Oilfield No. 3 High School (provincial featured demonstration school)', 'education', P14, ['highschool-liaohe-oilfield-no3']),
  n('inv-t8-r4', 't8-r4', '中等职业教育学校（创办一所）', 'A secondary vocational school (to be founded)', 'education', P14,
    'policy', '规划纲要只提出“创办一所”，未定校址，也未说明利用哪处校舍：目前还没有可以标注的场所。',
    'The plan only says one will be founded; no site or building is chosen, so there is no place to show yet.'),

  // ---- （九）生态宜居 -----------------------------------------------------------------------------------
  m('inv-s9-liao-national-park', 's9', '辽河国家公园（创建）', 'Liao River National Park (being created)', 'ecology-water', P14, ['eco-liao-he-national-park']),
  m('inv-s9-left-bank-belt', 's9', '辽河左岸产业风光带', 'Liao River left-bank industry and scenery belt', 'ecology-water', P14, ['eco-liao-left-bank-belt']),
  m('inv-s9-huangdi', 's9', '荒地棚改项目（“清零”）', 'Huangdi shanty-town renewal (to be finished)', 'housing-renewal', P14, ['renewal-huangdi']),
  n('inv-s9-chentun-huajian', 's9', '陈屯、化建棚改项目（“清零”）', 'Chentun and Huajian shanty-town renewal (to be finished)', 'housing-renewal', P14,
    'unplaceable', '已经实施的棚改项目，“十四五”实现全部“清零”；规划纲要未写位置，本项目也找不到任何位置线索（所在街道、城区方位均不知）。',
    'Renewal projects already under way, to be finished in the 14th plan; the plan gives no site, and this project has no clue to their location (neither sub-district nor part of town).'),

  // ---- （十）特色街区 and other named places of （1）…（二十六） -------------------------------------------
  m('inv-s1-wanda-plaza', 's1', '万达广场', 'Wanda Plaza', 'culture-commerce', P13, ['commerce-wanda-plaza']),
  m('inv-s1-hr-market', 's1', '人力资源市场（已建成投用）', 'Human resources market (built and open)', 'headquarters-industry', P13, ['hq-hr-services-park']),
  m('inv-s10-guangsha', 's10', '广厦艺术街', 'Guangsha Art Street', 'culture-commerce', P14, ['street-guangsha-art-street']),
  m('inv-s10-pedestrian-street', 's10', '步行街商业区（含商东地区）', 'Pedestrian Street commercial area', 'culture-commerce', P14, ['commerce-pedestrian-street-area']),
  m('inv-s10-south-quarter', 's10', '城区南部特色街区（百年福街、辽河口老街、万达1984）', 'Southern featured quarter (Bainian Fu Street, Liaohekou Old Street, Wanda 1984)', 'culture-commerce', P14,
    ['commerce-south-featured-quarter', 'street-bainian-fu-jie', 'street-liaohekou-old-street']),
  m('inv-s10-juzi', 's10', '桔子广场（时尚街区）', 'Juzi Square (fashion street)', 'culture-commerce', P14, ['commerce-juzi-square']),
  n('inv-s12-esports-park', 's12', '电竞产业园', 'E-sports industrial park', 'culture-commerce', P14,
    'policy', '规划纲要只写“探索建设电竞产业园”：是否建设、建在何处都未确定，现实中尚无场所可标注。',
    'The plan only says it will “explore building” an e-sports park: neither whether nor where is decided, so there is no place in reality to show yet.'),
  m('inv-s14-residential-zone', 's14', '高端居住示范区（9平方公里）', 'High-end residential demonstration zone (9 km²)', 'housing-renewal', P14, ['residential-zone-9km2']),
  m('inv-s15-art-museum', 's15', '辽河美术馆', 'Liao River Art Museum', 'culture-commerce', P14, ['culture-liaohe-art-museum']),
  n('inv-s15-oil-culture-museum', 's15', '石油文化户外博物馆', 'Outdoor museum of petroleum culture', 'culture-commerce', P14,
    'unplaceable', '规划建设，依托辽河油田石油工业遗产与采油设备设施；规划纲要未写选址，油田设施遍布全区及区外，无法定位。',
    'To be built on the oilfield’s industrial heritage and production equipment; the plan gives no site, and the oilfield’s facilities are spread over and beyond the district.'),
  n('inv-s16-teacher-school', 's16', '兴隆台区教师进修学校（达省标）', 'Xinglongtai teachers’ further-education school (to meet the provincial standard)', 'education', P14,
    'policy', '办学标准目标（力争达到省县级教师进修学校建设标准），不是新建设施。', 'A standard to reach (the provincial standard for county teacher-training schools), not a new facility.'),
  n('inv-s18-petrochem-trade-park', 's18', '石化贸易产业园区', 'Petrochemical trade industrial park', 'headquarters-industry', P14,
    'unplaceable', '规划建设的园区，规划纲要未写选址，本项目没有依据定位。', 'A park to be planned and built; the plan gives no site and this project has no grounds to place it.'),
  n('inv-s21-incubators', 's21', '科技孵化器（每年至少1家）与存量楼宇盘活', 'Technology incubators (at least one a year) in existing office buildings', 'headquarters-industry', P14,
    'district-wide', '利用全区存量楼宇，未指明楼宇。', 'In the district’s existing office buildings, none named.'),
  m('inv-s22-hr-park', 's22', '省级人力资源服务产业园', 'Provincial Human Resources Services Park', 'headquarters-industry', P14, ['hq-hr-services-park']),
  m('inv-s23-dawa', 's23', '大洼区（“飞地”合作）', 'Dawa District (enclave-park cooperation)', 'cooperation', P14, ['partner-dawa']),
  m('inv-s23-liaodongwan', 's23', '辽东湾新区（“飞地”合作）', 'Liaodong Bay New Area (enclave-park cooperation)', 'cooperation', P14, ['partner-liaodongwan']),
  m('inv-s23-high-tech-zone', 's23', '高新区', 'High-tech Zone', 'headquarters-industry', P14, ['hq-high-tech-zone']),
  m('inv-s24-logistics-park', 's24', '高速盘锦站出口物流园区', 'Logistics park at the Panjin expressway exit', 'headquarters-industry', P14, ['hq-logistics-park-panjin-exit']),
  m('inv-s25-wuxi', 's25', '无锡（战略合作）', 'Wuxi (strategic cooperation)', 'cooperation', P14, ['partner-wuxi']),
  m('inv-s25-jinzhou', 's25', '锦州（战略合作）', 'Jinzhou (strategic cooperation)', 'cooperation', P14, ['partner-jinzhou']),
  m('inv-s25-yingkou', 's25', '营口（战略合作）', 'Yingkou (strategic cooperation)', 'cooperation', P14, ['partner-yingkou']),
  m('inv-s25-hoboksar', 's25', '新疆和布克赛尔县（对口援疆）', 'Hoboksar County, Xinjiang (paired assistance)', 'cooperation', P14, ['partner-hoboksar']),
  m('inv-s26-art-district', 's26', '辽河艺术区（文化产品出口基地）', 'Liao River Art District (cultural export base)', 'culture-commerce', P14, ['culture-liaohe-art-district']),
  m('inv-s35-huibin-health', 's35', '惠宾街道卫生服务中心', 'Huibin Subdistrict Health Service Centre', 'health', P14, ['health-huibin-centre']),
  n('inv-s36-cdc', 's36', '区疾病预防控制中心和卫生监督中心', 'District centre for disease control and health inspection centre', 'health', P14,
    'unplaceable', '规划“十四五”建成，规划纲要未写选址，本项目没有依据定位。', 'To be completed in the 14th plan; the plan gives no site and this project has no grounds to place it.'),

  // ---- 表6 and 表9: rows that point to a place ------------------------------------------------------
  m('inv-t6-r1', 't6-r1', '广厦艺术街系列文化活动', 'Guangsha Art Street cultural events', 'culture-commerce', P14, ['street-guangsha-art-street']),
  m('inv-t6-r8', 't6-r8', '辽河楹联书法博物馆系列主题活动', 'Couplet Calligraphy Museum events', 'culture-commerce', P14, ['culture-couplet-calligraphy-museum']),
  ...[
    ['t9-r1', '服务型总部（目标企业）', 'Service headquarters (target firms)'],
    ['t9-r2', '功能型总部（目标企业）', 'Trade headquarters (target firms)'],
    ['t9-r3', '金融型总部（目标企业）', 'Finance headquarters (target firms)'],
    ['t9-r4', '发展型总部（目标企业）', 'Listed-company headquarters (target firms)'],
    ['t9-r5', '科创型总部（目标企业）', 'Science and innovation headquarters (target firms)'],
  ].map(([ref, zh, en]) =>
    n(`inv-${ref}`, ref, zh, en, 'headquarters-industry', P14, 'policy', '招商目标企业名单，不是场所。', 'A list of firms to attract, not a place.'),
  ),
  m('inv-t9-r6', 't9-r6', '人才型总部：人力资源产业园区', 'Talent headquarters: the human-resources park', 'headquarters-industry', P14, ['hq-hr-services-park']),
];

// ---- Checks ---------------------------------------------------------------------------------------
const registry = JSON.parse(readFileSync(resolve(ROOT, 'geo/layers.json'), 'utf8'));
const featureIds = new Set();
for (const l of registry.layers) {
  const fc = JSON.parse(readFileSync(resolve(ROOT, `geo/${l.id}.geojson`), 'utf8'));
  for (const f of fc.features) featureIds.add(f.properties.id);
}
const seen = new Set();
for (const it of items) {
  if (seen.has(it.id)) throw new Error(`duplicate inventory id ${it.id}`);
  seen.add(it.id);
  for (const f of it.features ?? []) if (!featureIds.has(f)) throw new Error(`${it.id}: no feature ${f}`);
}

const inventory = {
  $comment:
    'Every plan item a planner would look for on the map: its plan id, and the features that show it or why it has none. Generated by scripts/geo/build-inventory.mjs; contract in src/core/plan/inventorySchema.ts.',
  items,
};
writeFileSync(resolve(ROOT, 'geo/inventory.json'), `${JSON.stringify(inventory, null, 2)}\n`);

const count = (k) => items.filter((i) => i.notMappable?.kind === k).length;
const mapped = items.filter((i) => (i.features ?? []).length > 0).length;
const unplaceable = count('unplaceable');
console.log(
  `geo/inventory.json: ${items.length} items — mapped ${mapped}, district-wide ${count('district-wide')}, policy ${count('policy')}, indicator ${count('indicator')}, unplaceable ${unplaceable}; coverage ${((100 * mapped) / (mapped + unplaceable)).toFixed(1)}%`,
);
