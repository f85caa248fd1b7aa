/**
 * One English line per chapter, section and table of the plan, written for this project. The plan
 * text itself stays in the original Chinese (it is the authority an English reader can have
 * translated); these lines only tell them what a passage is about. Keyed by the parser's ids
 * (src/core/plan/types.ts). src/i18n/planSummaries.test.ts checks the keys against the parsed plan, the
 * length (≤ 160 characters), that no Chinese slipped in, and that every figure occurs in the node's
 * own text — so a summary can never state a number the passage does not.
 *
 * Amounts the plan gives in 亿元 or 万 are left out rather than converted: a conversion would put
 * digits in the summary that the passage does not contain, and a reader checking would not find them.
 */
export const planSummariesEn: Record<string, string> = {
  // Chapters (their own text is the heading, and for 一 one opening paragraph).
  c1: 'Looking back on the last five years: steady, healthy growth and a solid base for high-quality development, and the new situation ahead.',
  c2: 'A modern district good to live, work and visit in: the guiding thought, the basic principles and the goals of the plan period.',
  c3: 'The best business environment: easy dealings with government, the rule of law, lower costs for firms, and a green, liveable district.',
  c4: 'A leader in modern services: themed streets, exhibitions, e-sports and live streaming, producer services and a high-end residential zone.',
  c5: 'A strong district for culture and education: a cultural industry hub and a modern education system among the best in the province.',
  c6: 'A regional headquarters base: oilfield services, petrochemical trading, finance, listed companies, tech start-ups and human resources.',
  c7: 'Opening up: joint “enclave” parks, investment promotion, cooperation with partner regions, and local products sold beyond the region.',
  c8: 'Party-led smart governance: a city brain, smart government, smart services for residents, smart city management and smart communities.',
  c9: 'People’s well-being: jobs, social security, elderly care, medical care, public health, population services, culture and sport, civility, safety.',
  c10: 'Strengthening Party leadership: overall leadership, participation of all society, a good climate for officials, and a closed loop to carry out the plan.',

  // Chapter 一
  s1: 'Results of the last five years: GDP up 4.9% a year, new service, culture and tourism projects, a cleaner and greener city, better schools, jobs and welfare.',
  s2: 'The new situation: steady progress remains the keynote; high-quality development is at a hard stage, yet the district is still in a time of opportunity.',
  // Chapter 二
  s3: 'Guiding thought: Xi Jinping Thought and the new development philosophy, with high-quality development as the theme, for a good start to a modern district.',
  s4: 'Principles: Party leadership, development first, integration with the oilfield, innovation, smart governance, ecology first and people’s well-being.',
  s5: 'Goals: the best business environment, a leader in modern services, strong in culture and education, a regional HQ base; stronger, greener, happier.',
  // Chapter 三
  s6: 'Easier dealings with government: 140 high-frequency services handled across provinces, project approval within 30 working days, one-stop online service.',
  s7: 'Rule of law: protect property and entrepreneurs’ rights, fewer inspections, no fine for a first minor offence, fair competition and an honest government.',
  s8: 'Lower costs for business: tax and fee cuts, fewer charges and intermediary services, an online platform linking government and firms, support for private firms.',
  s9: 'A green, liveable district: river protection, the Shuguang sewage plant, a forest park of a thousand mu, shantytown and old-estate renewal, rural revival.',
  // Chapter 四
  s10: 'Four themed streets: Guangsha Art Street, the pedestrian-street shopping area with a night economy, the southern heritage streets, and Juzi Square.',
  s11: 'Exhibitions: keep hosting world- and national-level shows, grow local fairs for culture and farm products, and bring national industry meetings here.',
  s12: 'E-sports and live streaming: an e-sports park and events, local and outside media firms, and at least 10 e-sports and 10 live-streaming firms.',
  s13: 'Producer services: information, R&D, design, creative and business services; future industries such as blockchain, IoT and AI; attract top talent.',
  s14: 'High-end housing: a 9 km² model residential zone east of Xianghai Avenue, north of Huancheng South Street and west of Fangcao Road, high-end in every respect.',
  // Chapter 五
  s15: 'Cultural industry hub: couplet, study, folk and oil-culture brands, a couplet festival on 10 October, over 30 major exhibitions, tourism income up 20% a year.',
  s16: 'Education among the province’s best: new and expanded schools, preschool enrolment of 98% and more, balanced schooling, model high schools, a vocational school.',
  // Chapter 六
  s17: 'Oilfield-services headquarters: attract firms serving the Great Wall drilling companies and the Jilin and Changqing oilfields; at least 60 such headquarters.',
  s18: 'Petrochemical-trading headquarters: a petrochemical trade park and the trading headquarters of outside chemical firms; at least 20 trading headquarters.',
  s19: 'Financial headquarters: over 80% of the city’s financial institutions sit in the district; attract regional offices of insurers and banks; 15 such headquarters.',
  s20: 'Listed-company headquarters: support firms going public, with one local listing (Hongwen Education) and one back-door listing (Liaohe Group).',
  s21: 'Tech-company headquarters: fill the district’s office buildings with firms in IT, biotech, AI and fintech; each year at least 1 incubator and 3000 m² revived.',
  s22: 'Talent headquarters: a provincial human-resources services park taking 30 quality agencies a year, and at least 3500 talents of all kinds in five years.',
  // Chapter 七
  s23: 'Cross-region “enclave” parks with Dawa District and Liaodong Bay New Area, projects placed with sister counties, and at least 3 enclave projects a year.',
  s24: 'Investment around petrochemicals, high-end housing and cold-chain logistics: a logistics park with 20+ firms, 1000 mu of land a year, 20+ projects a year.',
  s25: 'Partner regions: exchanges with other cities, cooperation with Wuxi, Jinzhou and Yingkou, aid to Hoboksar County in Xinjiang, and work with Liaohe Oilfield.',
  s26: 'Exports: an export base for art and cultural products in the Liaohe art district, cross-border e-commerce, and a foreign-trade total to reach by 2025.',
  // Chapter 八
  s27: 'Upgrade the “city brain”: city-wide sensing and data sharing, with government services, city operations and public requests each handled through one network.',
  s28: 'Smart government: data visualisation to support decisions, and an upgraded decision and command system linking district, departments and communities.',
  s29: 'Smart services for residents: the Smart Xinglong app linked to social, health, education and care services, online 24 hours; powers passed down to communities.',
  s30: 'Smart city management: video analysis that spots problems, smart parking and street lamps, a snap-and-report app, and a smart water-management platform.',
  s31: 'Smart communities: every community being built or renewed becomes a smart community, with access control, parking, security alerts and fire detection.',
  // Chapter 九
  s32: 'Jobs: bring graduates home, talent schemes, skills and start-up training; no household without work and registered urban unemployment within 3%.',
  s33: 'Social security: care for low-income households, income of people in need up 30% or more, pensions paid on time, long-term care insurance.',
  s34: 'Ageing: care based at home, in communities and institutions; a three-level information platform; by 2025, 10+ new private care homes and over 1500 beds.',
  s35: 'Medical care: a health centre for Huibin sub-district, family doctors, medical alliances, telemedicine; at least 14 new non-public medical institutions.',
  s36: 'Public health: epidemic monitoring and emergency command systems, a district disease-control centre and health-supervision centre, and food safety.',
  s37: 'Population: care for children under 3, birth-defect screening of 95% or more, essential medicines for all, chronic-disease control, services for migrants.',
  s38: 'Public culture and sport: community culture and fitness facilities, a fitness network reaching every community, and a well-regulated cultural market.',
  s39: 'A civilised district: civic morality and patriotic education, the national civilised-city effort, reading campaigns and a volunteer service system.',
  s40: 'A safe Xinglong: national security, risk assessment and one-stop dispute resolution, community-level governance, anti-drug and anti-gang work, smart policing.',
  // Chapter 十
  s41: 'Overall Party leadership: political building first, responsibility for ideology, strict self-governance of the Party and the fight against corruption.',
  s42: 'Everyone taking part: the people’s congress, consultative democracy and the united front, and residents sharing in carrying out the plan.',
  s43: 'A good climate for officials: a capable and honest cadre force, incentives and tolerance of honest mistakes, and work judged by real results.',
  s44: 'Closing the loop: a system of plans led by this outline, clear responsibilities and schedules, monitoring and evaluation; a closing call to all residents.',

  // Tables
  t1: 'Main indicators of the last plan, targets against expected results and whether each was met: GDP, revenue, investment, retail, foreign capital, exports, income.',
  t2: 'Industry targets of the last plan and their results: projects and investment, themed streets, tourism income, banks, office buildings, commercial projects.',
  t3: 'Urban construction targets of the last plan and their results: roads and old estates, villages, river parks, the water network, heating, sewage plants.',
  t4: 'Livelihood targets of the last plan and their results: elderly care, poverty relief, schools and kindergartens, health, museums, culture and sport.',
  t5: 'Green and liveable projects: river protection and flood control, sewage plants, the green-island park, drainage, old estates, shantytowns, village sewage.',
  t6: 'Main cultural exchange events of the plan period: Guangsha Art Street events, national and provincial art shows, and the couplet museum’s events.',
  t7: 'Culture and tourism by season: spring bird-watching, summer reeds and red beach, autumn rice and crabs, winter ice and snow.',
  t8: 'School layout projects by part of the city: new and expanded kindergartens and schools, model high schools and a secondary vocational school.',
  t9: 'Headquarters economy: the target firms for each of the six kinds of headquarters (services, trading, finance, listing, tech, talent).',
  appendix: 'The plan’s 23 indicators of economy, structure, social progress and environment: the 2020 value, the 2025 target, yearly growth and type.',
};
