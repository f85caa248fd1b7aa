import type { ImportProblem, ImportProblemCode, ImportResult } from './importTypes.ts';

/** The problems of one file: every one counted, the first `max` of each severity listed. */
export class Problems {
  readonly errors: ImportProblem[] = [];
  readonly warnings: ImportProblem[] = [];
  errorCount = 0;
  warningCount = 0;
  constructor(private readonly max: number) {}
  add(p: Omit<ImportProblem, 'message'>): void {
    const full: ImportProblem = { ...p, message: `${p.zh} / ${p.en}` };
    if (p.severity === 'error') {
      this.errorCount++;
      if (this.errors.length < this.max) this.errors.push(full);
    } else {
      this.warningCount++;
      if (this.warnings.length < this.max) this.warnings.push(full);
    }
  }
  failed(): ImportResult {
    return { ok: false, errors: this.errors, errorCount: this.errorCount, warnings: this.warnings, warningCount: this.warningCount };
  }
}

/** A whole file refused for one reason (too large, too many positions, unreadable): its one error, nothing drawn. */
export function refusedFile(code: ImportProblemCode, zh: string, en: string): ImportResult {
  const problems = new Problems(1);
  problems.add({ severity: 'error', code, featureIndex: null, path: '', zh, en });
  return problems.failed();
}

/** Chinese for the English messages of `checkGeometry` (the project's one set of geometry rules). */
export function geometryMessageZh(en: string): string {
  const rules: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^expected a geometry object/, () => '应为几何对象'],
    [/^unknown geometry type (.*)$/, (m) => `未知的几何类型 ${m[1] ?? ''}`],
    [/^expected an array/, () => '此处应为数组（坐标缺失或为 null）'],
    [/^a line needs at least 2 positions, has (\d+)/, (m) => `线至少需要 2 个坐标点，实际 ${m[1] ?? ''} 个`],
    [/^a ring needs at least 4 positions, has (\d+)/, (m) => `面的环至少需要 4 个坐标点（首尾相同），实际 ${m[1] ?? ''} 个`],
    [/^ring is not closed/, () => '环未闭合（首尾坐标不同）'],
    [/^a position is \[longitude, latitude\] or \[lon, lat, height\]; got (.*)$/, (m) => `坐标点应为 [经度, 纬度] 或 [经度, 纬度, 高程]，实际为 ${m[1] ?? ''}`],
    [/^a position holds finite numbers only; got (.*)$/, (m) => `坐标只能是有限数字（不能是 null、字符串、NaN 或 Infinity），实际为 ${m[1] ?? ''}`],
    [/^latitude (\S+) is out of range; longitude and latitude look swapped/, (m) => `纬度 ${m[1] ?? ''} 超出范围：经纬度似乎颠倒了（应为 [经度, 纬度]）`],
    [/^position (.*) is outside longitude ±180 \/ latitude ±90$/, (m) => `坐标 ${m[1] ?? ''} 超出经度 ±180 / 纬度 ±90`],
  ];
  for (const [re, zh] of rules) {
    const m = re.exec(en);
    if (m) return zh(m);
  }
  return `几何有误：${en}`;
}

/** A hint added to out-of-range positions that look like projected metres. */
export function projectedHint(en: string): { zh: string; en: string } | null {
  const m = /^position \[(-?[\d.eE+-]+),(-?[\d.eE+-]+)/.exec(en);
  if (!m || Math.max(Math.abs(Number(m[1])), Math.abs(Number(m[2]))) < 1000) return null;
  return {
    zh: '；数值像投影坐标（米），如 EPSG:3857 或 CGCS2000 高斯-克吕格分带，请先转换为 WGS-84 经纬度（EPSG:4326）',
    en: '; the values look like projected metres (e.g. EPSG:3857 or a CGCS2000 Gauss-Krüger zone): reproject to WGS-84 longitude/latitude (EPSG:4326) first',
  };
}

