/** Words of the first screen for phones and assistive technology (skip link, menu, sheet, near-me button). */
export const a11y = {
  skipToList: '跳到要素列表',
  menu: '菜单',
  search: '搜索',
  legend: '图例',
  nearby: '附近规划',
  closeDetails: '关闭详情',
};
