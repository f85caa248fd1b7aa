/**
 * The tools' words (measure, export, import, life circles). A lazy domain (messages.ts LazyMessages):
 * they load with the tools' chunk after a click, not with the first screen.
 */
import type { CrsChoiceId } from '../../core/crs/crsChoices.ts';

type CrsFrom = 'choice' | 'prj' | 'format' | 'numbers';
const CRS_FROM_ZH: Record<CrsFrom, string> = {
  choice: '按所选',
  prj: '来自 .prj',
  format: '文件格式规定为 WGS-84',
  numbers: '文件未注明，数值为经纬度，按 WGS-84',
};

export const tools = {
  // Measure
  measured: '测量完成。',
  lineHint: '在地图上逐点单击，双击或按 Enter 结束，Esc 取消。',
  areaHint: '逐点单击画面，单击起点、双击或按 Enter 闭合，Esc 取消。',
  length: '长度：',
  area: '面积：',
  perimeter: '周长：',
  selfIntersecting: '图形自相交，面积不可靠。',
  undo: '撤销一点',
  finish: '完成',
  close: '关闭',
  measureNote: '按 WGS-84 椭球计算（turf）；点击要素可查看其自身面积或长度。',
  // Export
  exportFailed: (why: string) => `导出失败：${why}`,
  mapNotReady: '地图尚未就绪',
  exportedGeoJson: (n: number) => `已导出 ${n} 个要素（GeoJSON）。`,
  exportedCsv: (n: number) => `已导出 ${n} 个要素（CSV，UTF-8 带 BOM）。`,
  exportedScreen: '已导出当前视图（PNG）。',
  exportedPaper: (paper: string, dpi: number) => `已导出 ${paper} ${dpi} dpi 地图（PNG）。`,
  pngFilters: (f: string) => ` · 筛选：${f}`,
  /** The PNG legend's last entry: what dashed and hollow marks and the 示意 mark on figures mean. */
  pngSchematic: '虚线、空心点为示意，数值标“示意”',
  pngAttribution: (doc: string) => `底图与几何：本项目自绘，均未经测绘 · 规划：${doc}`,
  menuGeoJson: (n: number) => `GeoJSON（当前筛选的 ${n} 个要素）`,
  menuCsv: 'CSV（Excel 可直接打开中文）',
  menuScreen: 'PNG · 屏幕分辨率',
  // Import
  imported: (file: string, n: number) => `已导入 ${file}：${n} 个要素，作为临时图层显示`,
  importWarnings: (n: number, first: string) => `；${n} 条提醒（如：${first}）`,
  importFailed: (why: string) => `导入失败：${why}`,
  cannotImport: (n: number) => ` 无法导入（${n} 处问题），地图未作任何改动：`,
  lineColumn: (line: number, column: number) => `第 ${line} 行第 ${column} 列 · `,
  importedLayer: '导入的临时图层（属性原样显示为文本）',
  importBusy: '上一个文件还在导入，请等它完成后再导入下一个。',
  importFar: '；数据离兴隆台区很远，地图视野未移动',
  importsOnMap: '地图上的导入文件',
  importCount: (n: number) => `${n} 个要素`,
  removeFile: (file: string) => `移除 ${file}`,
  goThere: '前往查看',
  importCrs: (crs: string, from: CrsFrom) => `；坐标系：${crs}（${CRS_FROM_ZH[from]}）`,
  chooseFile: '选择文件…',
  importFormats: 'GeoJSON、Shapefile（.zip 压缩包）、KML 或 KMZ；也可把文件拖到地图上。',
  crs: '坐标系',
  crsChoices: {
    auto: '自动（按 .prj 或文件格式）',
    wgs84: 'WGS-84 经纬度（GPS）',
    cgcs2000: 'CGCS2000 经纬度',
    gcj02: 'GCJ-02（高德、腾讯）',
    bd09: 'BD-09（百度）',
    epsg4529: 'CGCS2000 3° 带第 41 带（EPSG:4529，东坐标带带号）',
    epsg4550: 'CGCS2000 3° 带 123°E（EPSG:4550，不带带号）',
    epsg4499: 'CGCS2000 6° 带第 21 带（EPSG:4499，东坐标带带号）',
    epsg4510: 'CGCS2000 6° 带 123°E（EPSG:4510，不带带号）',
  } satisfies Record<CrsChoiceId, string>,
  crsNote: '自动：Shapefile 按其 .prj，GeoJSON 和 KML 按 WGS-84；没有 .prj 的投影坐标会提示应选哪个 EPSG 代码。高德、腾讯坐标为 GCJ-02，百度为 BD-09，须手动选择。',
  // Life circles
  analysisTitle: '生活圈分析',
  analysisIntro:
    '依《城市居住区规划设计标准》（GB 50180-2018）的 5、10、15 分钟生活圈，以学校和幼儿园为中心画 300 m、500 m、1000 m 的圆，统计各街道、高端居住示范区和棚改片区被覆盖的面积比例。',
  analysisCaveat: '圆按直线距离画，是步行距离的近似；学校位置多为示意，结果只可看大势。',
  run: '计算生活圈覆盖',
  rerun: '重新计算',
  running: '计算中…',
  facilities: (group: string, n: number) => `${group}：${n} 处设施。`,
  scope: '范围',
  areaCol: '面积',
  points: '点状片区（最近设施）',
  /** After a figure computed from schematic positions (rounded). */
  schematic: '示意',
  schematicTitle: '依据示意位置计算（确切地点未知），已取整',
  noSubdistricts:
    '未载入街道边界：街道只有名称和驻地点（没有公开的边界），因此不按街道统计覆盖率。导入边界：npm run data:import -- <边界文件> --layer subdistricts --match <名称字段> --accuracy … --source …，再用 npm run data:apply 合入。',
};
