/** The legend, the layer list and the filters. Status, theme and layer names come from the data ({zh, en}). */
export const legend = {
  title: '图例与图层',
  expand: '展开图例',
  collapse: '收起图例',
  status: '状态',
  statusAtYearEnd: (year: number) => `状态（截至${year}年底）`,
  /** Features whose status history starts after the chosen year: drawn grey, never given a guessed status. */
  noRecord: '尚无记录',
  accuracy: '几何精度',
  solid: '实线：按道路描述或公开边界近似',
  dashed: '虚线：示意范围',
  hollow: '空心点：示意位置（确切地点未知）',
  layers: '图层',
  // Colour by (着色) and the status chips
  colourBy: '着色',
  byKind: '按类别',
  byStatus: '按状态',
  kindHint: '按类别着色时，填色和线色是类别，状态色画在：范围的边线、线路两侧的衬边、已知地点的外圈、空心点（示意位置）的中心点。',
  statusHint: '按状态着色时，颜色只表示状态，不区分类别；类别见图层列表或切换为按类别。',
  opacity: '透明度',
  opacityOf: (layer: string) => `${layer}的不透明度`,
  // Filters
  filters: '筛选',
  shown: (shown: number, total: number) => `显示 ${shown} / ${total}`,
  period: '规划时期',
  periods: { '13th-plan': '“十三五”（2016–2020）', '14th-plan': '“十四五”（2021–2025）', context: '现状与底图' },
  theme: '专题',
  sub: '街道',
  subHint: '按街道筛选只保留规划写明所在街道的要素。',
  reset: '清除筛选',
  /** Units of a layer with no known place (geometry null): listed, not drawn. */
  unlocated: (n: number) => `位置未知（${n}）：没有公开的边界或驻地点，地图上不标注`,
};
