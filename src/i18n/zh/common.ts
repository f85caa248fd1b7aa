/** Words used across the app. Each domain's messages live in their own file; en/ mirrors zh/ key by key. */
export const common = {
  appTitle: '兴隆台区“十四五”规划纲要 · 规划地图',
  /** The title in the other language, under the title (lang attribute: the other language's). */
  appTitleOther: 'Xinglongtai District 14th Five-Year Plan map',
  close: '关闭',
  closeNamed: (what: string) => `关闭${what}`,
  language: '语言',
  /** The switch shows the language it switches to, in that language. */
  switchTo: 'English',
  switchToLabel: '切换到英文界面',
  /** The plan's words (a second file, fetched when first read) could not be fetched. */
  planTextFailed: (reason: string) => `规划文本无法加载：${reason}`,
};
