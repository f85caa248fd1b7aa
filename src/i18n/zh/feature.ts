import type { PlanPlace } from '../../core/plan/planRefPlace.ts';

/** A feature's popup. A lazy domain (../messages.ts LazyMessages): the popup loads after the first screen. */
export const feature = {
  asOf: (date: string) => `截至 ${date}`,
  source: '状态来源：',
  noRecord: '无记录',
  noRecordBy: (year: number) => `截至${year}年底无状态记录`,
  atYearEnd: (year: number) => `（所选：${year}年底）`,
  timeline: '状态记录',
  sourceShort: ' · ',
  /** In English, where in the plan the Chinese quote of the status source is; Chinese needs no lead. */
  sourcePlace: (_p: PlanPlace): string => '',
  external: '外部来源',
  host: (h: string) => `（${h}）`,
  accuracy: '几何精度：',
  accuracyWhy: {
    surveyed: '实测或官方测绘数据',
    approximate: '依据规划文字中的道路、公开边界或公开的驻地点近似绘制，误差可达数百米',
    unlocated: '位置未知，地图上不标注',
    schematic: '仅示意所在片区，确切位置未知',
  },
  details: '详情',
  basis: '绘制依据',
  basisAndNote: '绘制依据与说明',
  area: '面积',
  length: '长度',
  capacity: '处理规模',
  perDay: 'm³/日',
  declared: '规划数据',
  computed: '图上量算',
  schematicFigure: '示意',
  schematicFigureTitle: '依据示意范围量算（确切边界未知），取两位有效数字',
  /** Around the plan's own words (which stay Chinese) under the measures. */
  quoteBefore: '规划原文：',
  quoteAfter: '；图上量算由 turf 按 WGS-84 椭球计算',
};
