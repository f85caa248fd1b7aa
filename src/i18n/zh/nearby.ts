/**
 * "What is planned near here" (src/features/nearby/NearbyPanel.tsx). A lazy domain (messages.ts LazyMessages):
 * imported by the panel's own chunk, not the first screen.
 */
export const nearby = {
  /** A feature whose status history starts after the time control's year. */
  noRecord: '尚无记录',
  title: '附近规划',
  intro: '在地图上点选一个位置，或使用你的位置，列出 1 公里内的规划事项，由近及远。',
  picking: '请在地图上点选一个位置。',
  pickOnMap: '在地图上点选',
  pickAgain: '重新点选',
  cancelPick: '取消点选',
  useLocation: '使用我的位置',
  useCentre: '用地图中心',
  locating: '正在获取你的位置…',
  denied: '未获准使用你的位置。可在浏览器的网站设置中允许，或在地图上点选。',
  unavailable: '无法确定你的位置。请稍后再试，或在地图上点选。',
  timeout: '获取位置超时。请再试一次，或在地图上点选。',
  unsupported: '此浏览器无法提供位置（需要 HTTPS）。请在地图上点选。',
  from: { map: '以地图上点选的位置为中心', location: '以你的位置为中心', centre: '以地图中心为中心' },
  count: (n: number) => `1 公里内有 ${n} 项规划事项：`,
  none: '1 公里内没有规划事项（按当前的筛选和图层）。',
  nearest: '最近的一项：',
  inside: '在其范围内',
  listLabel: '附近的规划事项，由近及远',
  note: '直线距离；面状事项量到边界，位于范围内记为 0 m。不含全区与街道界线。',
  /** After a distance computed from a schematic site (rounded to 100 m). */
  schematic: '示意',
  schematicTitle: '示意位置：确切地点未知，距离取整到 100 m',
  /** Which sub-district the point is in: only from loaded boundaries. */
  subdistrictIn: (name: string) => `所在街道：${name}`,
  subdistrictOutside: '所在街道：不在已载入的任何街道边界内',
  noSubdistricts:
    '未载入街道边界：街道只有名称和驻地点（没有公开的边界），因此不按街道归组。导入边界：npm run data:import -- <边界文件> --layer subdistricts --match <名称字段> --accuracy … --source …，再用 npm run data:apply 合入。',
};
