/**
 * Short English labels for the plan's tables and for the rows the presentation's dashboards show
 * (附表 and 表1–表4), written for this project. The plan's own words stay in Chinese next to them;
 * these only tell an English reader what a row is. src/i18n/planTables.test.ts checks the keys
 * against the parsed plan, that no Chinese slipped in, and that every figure occurs in the row.
 *
 * Units are words, not conversions (亿元 is "hundred million yuan", never "100 million yuan"), so an
 * English screen shows no digit the plan does not print.
 */

/** A short English title per table, keyed by table id. */
export const tableTitlesEn: Record<string, string> = {
  t1: 'Main indicators: results of the last plan',
  t2: 'Industry: results of the last plan',
  t3: 'Urban construction: results of the last plan',
  t4: 'Livelihoods: results of the last plan',
  t5: 'Green and liveable projects',
  t6: 'Main cultural exchange events',
  t7: 'Culture and tourism through the seasons',
  t8: 'School layout projects',
  t9: 'Headquarters economy',
  appendix: 'Economic and social indicators of the plan',
};

/** A short English label per row of 附表 and 表1–表4, keyed by row id. */
export const rowLabelsEn: Record<string, string> = {
  't1-r1': 'GDP',
  't1-r2': 'Public budget revenue',
  't1-r3': 'Fixed-asset investment',
  't1-r4': 'Retail sales of consumer goods',
  't1-r5': 'Foreign capital actually used',
  't1-r6': 'Export earnings',
  't1-r7': 'Urban disposable income per person',

  't2-r1': 'Large industrial projects and industrial investment',
  't2-r2': 'At least 10 themed streets',
  't2-r3': 'Tourism income up 20% or more a year',
  't2-r4': 'At least 5 new national joint-stock commercial banks',
  't2-r5': 'Office space built, renovated or brought back into use',
  't2-r6': 'At least 10 high-tax office buildings; their tax share of services 20% or more',
  't2-r7': 'Juzi Square, Pacific Wealth Tower, Bainian Fu Street, Liaohekou Old Street and other projects',
  't2-r8': 'Shili Huaxi scenic tourism project',

  't3-r1': 'Urban renewal between Zhonghua Road and Fangcao Road; repair of old estates',
  't3-r2': 'Open dead-end roads such as west Gongye and Xingyou streets; new roads such as Youhai Road',
  't3-r3': 'Urban–rural integration of services; all retained villages made model villages',
  't3-r4': 'Riverside landscape park along the Pangxiegou (Liulinghe)',
  't3-r5': 'Redesign and upgrade of Zhongxing Park',
  't3-r6': '“Water Charm Xinglong”: a connected water network with new water surface',
  't3-r7': 'Zhonghua, Kangqiao and Fuying parks and small parks along the waterways',
  't3-r8': 'Central heating in town, gas heating in villages, small coal boilers closed',
  't3-r9': 'Panjin’s third sewage plant and the Dingxiang plant; all discharge up to standard',

  't4-r1': 'At least 10 new private elderly-care homes',
  't4-r2': 'Targeted poverty relief; income of people in need up 50% or more',
  't4-r3': 'A new primary school in the west of the city',
  't4-r4': 'Four new public kindergartens in the centre, east, west and south',
  't4-r5': 'Affordable kindergartens to take 69% or more of children',
  't4-r6': 'Three-year preschool enrolment of 97%',
  't4-r7': 'Birth-defect prevention screening of 90% or more',
  't4-r8': 'A science museum and museums, funded from many sources',
  't4-r9': 'A cultural centre and a library of the national first grade in use',
  't4-r10': 'Sports halls, culture and sports parks, football pitches and sports grounds',
  't4-r11': '“Culture to the grassroots”: at least 60 events a year',
  't4-r12': 'Two district-wide sports games',
  't4-r13': 'Hospitals, specialist clinics, standard community health care, 4 family doctors per ten thousand people',

  'appendix-r1': 'GDP',
  'appendix-r2': 'GDP per person',
  'appendix-r3': 'Service value added per person',
  'appendix-r4': 'Public budget revenue',
  'appendix-r5': 'Fixed-asset investment',
  'appendix-r6': 'Retail sales of consumer goods',
  'appendix-r7': 'Foreign capital actually used',
  'appendix-r8': 'Export earnings',
  'appendix-r9': 'Cultural-industry value added, growth',
  'appendix-r10': 'Education, culture and leisure share of spending',
  'appendix-r11': 'Tourism income, growth',
  'appendix-r12': 'Small and micro firms',
  'appendix-r13': 'Office floor space',
  'appendix-r14': 'Year-end population',
  'appendix-r15': 'Urban disposable income per person',
  'appendix-r16': 'Registered urban unemployment rate',
  'appendix-r17': 'Nine-year schooling retention rate',
  'appendix-r18': 'Care beds per thousand older people',
  'appendix-r19': 'Basic social insurance coverage',
  'appendix-r20': 'Total energy consumption',
  'appendix-r21': 'Days of grade II air quality or better',
  'appendix-r22': 'Green coverage of the built-up area',
  'appendix-r23': 'Park green space per person',
};

/** The 附表's 分类 in English, keyed by the Chinese as written. */
export const indicatorCategoriesEn: Record<string, string> = {
  经济发展: 'Economic development',
  结构调整: 'Structural change',
  社会进步: 'Social progress',
  生态环境: 'Environment',
};

/** The units of 附表 and 表1 in English words, keyed by the Chinese as written. */
export const unitsEn: Record<string, string> = {
  亿元: 'hundred million yuan',
  万元: 'ten thousand yuan',
  亿美元: 'hundred million US$',
  元: 'yuan',
  '%': '%',
  万户: 'ten thousand firms',
  万平: 'ten thousand m²',
  万人: 'ten thousand people',
  张: 'beds',
  万吨标准煤: 'ten thousand t of standard coal',
  天: 'days',
  平方米: 'm²',
};
