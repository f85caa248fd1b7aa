import type { Plan } from '../plan/types.ts';
import { ACCURACY_WORDS, STATUS_WORDS, type Accuracy, type Status } from '../data/vocabulary.ts';

export const APP_TITLE = '兴隆台区“十四五”规划纲要 · 规划地图';
export const APP_TITLE_EN = 'Xinglongtai District 14th Five-Year Plan map';

export const statusWord = (s: Status) => STATUS_WORDS[s].zh;
export const accuracyWord = (a: Accuracy) => ACCURACY_WORDS[a].zh;

export const ACCURACY_EXPLAINED: Record<Accuracy, string> = {
  surveyed: '实测或官方测绘数据',
  approximate: '依据规划文字中的道路或公开边界近似绘制，误差可达数百米',
  schematic: '仅示意所在片区，确切位置未知',
};

/** Plan attribution shown on the map and in the footer. */
export function planAttribution(plan: Plan): string {
  return `规划：${plan.documentNumber}（${plan.issuedOn}）`;
}
