/**
 * The side panels' words (list, coverage, district-wide items, the plan reader's frame). A lazy
 * domain (messages.ts LazyMessages): imported by the panels' own chunks, not the first screen.
 * The plan's text, headings and table cells are never translated.
 */
export const panels = {
  states: {
    mapped: '已上图',
    'district-wide': '全区性',
    policy: '政策措施',
    indicator: '指标',
    unplaceable: '位置未知',
    missing: '缺失',
  },
  // List
  listTitle: '要素列表',
  listCount: (n: number) => `当前筛选下 ${n} 个要素；点击一行在地图上查看。`,
  /** After a measure of schematic geometry (rounded to 2 significant figures). */
  schematic: '示意',
  schematicTitle: '示意范围（确切边界未知），面积或长度取两位有效数字',
  cols: { name: '名称', layer: '图层', status: '状态', asOf: '截至', subdistrict: '街道', measure: '面积／长度' },
  /** A feature's status cell when its history starts after the chosen year. */
  noRecord: '无记录',
  // Coverage
  coverageTitle: '规划覆盖检查',
  coverageSummary: (c: { items: number; placeable: number; mapped: number; pct: string; districtWide: number; policy: number; indicator: number }) =>
    `规划事项 ${c.items} 项，其中可定位的 ${c.placeable} 项已上图 ${c.mapped} 项（${c.pct}%）；全区性 ${c.districtWide} 项、政策措施 ${c.policy} 项、指标 ${c.indicator} 项无单一位置。`,
  checkOk: '检查通过：引用均有效，规划面积与长度与图上量算相符（容差内）。',
  checkFailed: (n: number) => `检查发现 ${n} 个问题。`,
  draftMapped: (n: number) => `其中 ${n} 项仅在编辑草稿中上图，尚未发布（导出修改并经 data:apply 合入后才算正式）。`,
  draftTag: (n: number) => `草稿 ${n} 处，未发布`,
  show: '显示：',
  all: '全部',
  counted: (word: string, n: number) => `${word}（${n}）`,
  coverageCols: { ref: '规划出处', item: '事项', state: '状态', measures: '面积／长度核对' },
  tolerance: (diff: string, tol: number, widened: boolean) => `（${diff}%，容差 ±${tol}%${widened ? '，示意几何放宽' : ''}）`,
  // District-wide items
  districtWideTitle: '全区性项目',
  districtWideIntro: '这些规划事项没有单一位置：它们覆盖全区或多处未具名地点，或是政策与指标。地图上不画点，以免误导。',
  // Plan reader
  toc: '目录',
  tocLabel: '规划目录',
  pager: '章节翻页',
  appendix: '附表',
  expand: (label: string) => `展开${label}`,
  placesN: (n: number) => `${n} 处`,
  mapCol: '地图',
  annotate: '在地图上标注',
  /** The accessible name of a row's or a paragraph's 「在地图上标注」: which passage it marks. */
  annotateRow: (row: string) => `在地图上标注：${row}`,
  annotatePassage: (where: string, n: number, words: string) => `在地图上标注：${where} 第${n}段“${words}”`,
  showOnMap: (name: string) => `在地图上查看：${name}`,
  sectionPlaces: '本节在地图上的位置',
  sectionItems: '本节规划事项',
};
