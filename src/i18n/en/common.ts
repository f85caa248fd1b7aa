import type { Messages } from '../catalogue.ts';

export const common: Messages['common'] = {
  appTitle: 'Xinglongtai District 14th Five-Year Plan map',
  appTitleOther: '兴隆台区“十四五”规划纲要 · 规划地图',
  close: 'Close',
  closeNamed: (what) => `Close ${what}`,
  language: 'Language',
  switchTo: '中文',
  switchToLabel: 'Switch the interface to Chinese',
  planTextFailed: (reason) => `The plan's text could not be loaded: ${reason}`,
};
