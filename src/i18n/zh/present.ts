/**
 * What the first screen shows while the presentation mode's chunk loads (LazyPresentationMode). The
 * mode's own words are the lazy `presentMode` domain, which travels with the mode.
 */
export const present = {
  opening: '正在打开演示…',
  cannotOpen: (reason: string) => `演示模式无法打开：${reason}`,
  backToMap: '返回地图',
};
