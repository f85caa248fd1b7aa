import type { Messages } from '../messages.ts';

export const common: Messages['common'] = {
  appTitle: 'Xinglongtai District 14th Five-Year Plan map',
  close: 'Close',
  language: 'Language',
  switchTo: '中文',
  switchToLabel: 'Switch the interface to Chinese',
};
