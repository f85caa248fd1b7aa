import type { Geometry } from 'geojson';
import { checkGeometry } from '../../core/validateGeo.ts';
import { GeometryChecks, KINKS_MAX_POSITIONS } from './importGeometry.ts';
import { countPositions, DEFAULT_MAX_BYTES, tooLargeResult, tooManyResult, utf8Length } from './importLimits.ts';
import { geometryMessageZh, Problems, projectedHint } from './importProblems.ts';
import { decideCrs } from './importCrs.ts';
import { foreignBinary, foreignText } from './importSniff.ts';
import { dropUnsafeKeys, featuresOfRoot, isRecord, joinPath, readFeatureShell } from './importStructure.ts';
import { transformGeometry } from '../../core/crs/toWgs84.ts';
import type { ImportedFeature, ImportOptions, ImportProblemCode, ImportResult } from './importTypes.ts';
import { excerptAt, formatPath, makeLocator, scanJson, type ScanIssue } from './jsonScan.ts';

export type * from './importTypes.ts';
export { DEFAULT_MAX_BYTES, MAX_FEATURES, MAX_POSITIONS, utf8Length } from './importLimits.ts';
export { KINKS_BUDGET, KINKS_MAX_POSITIONS } from './importGeometry.ts';
export { geometryMessageZh } from './importProblems.ts';
export { dropUnsafeKeys } from './importStructure.ts';

/**
 * Reads a GeoJSON file a user drops on the map, without trusting it.
 *
 * Order: size limit (before any decoding) → text decoding (UTF-8, or UTF-16 with a BOM) → `scanJson`
 * (located syntax errors, duplicate and unsafe keys, nesting limit) → `JSON.parse` → unsafe keys deleted
 * in place → structure (FeatureCollection, Feature or bare geometry) → each geometry checked by the
 * project's own `checkGeometry` → warnings for places outside the district's wider area, swapped
 * coordinates and self-intersections.
 *
 * Stated tolerances:
 * - duplicate keys: the last one wins (as JSON.parse does), reported as a warning with line and column;
 * - `__proto__`, `constructor`, `prototype` keys at any depth are deleted with their value (never
 *   assigned), reported as a warning;
 * - nesting deeper than 100 levels refuses the file (no walker ever recurses over the data);
 * - positions must be [lon, lat] or [lon, lat, height] of finite numbers, as in the project's data
 *   contract: 1-value and 4-value positions are errors (RFC 7946 §3.1.1: positions SHOULD NOT exceed three);
 * - ring winding is not checked (RFC 7946 §3.1.6: parsers should not reject it);
 * - self-intersections (turf `kinks`) are warnings, checked on features of at most 10,000 positions and
 *   within a total budget; larger ones are said to be unchecked;
 * - "outside the district": a feature whose bounding box does not meet the district's box widened by
 *   50 km; partly outside is not flagged;
 * - a null geometry is kept (RFC 7946 allows it) with a warning: it cannot be drawn.
 * Any error refuses the whole file. The first 20 errors and 20 warnings are listed, with counts of all.
 */

/** Decodes the file's bytes: UTF-8 (BOM optional) or UTF-16 with a BOM; anything else is an error. */
function decode(buf: ArrayBuffer, problems: Problems): string | null {
  const b = new Uint8Array(buf);
  let encoding = 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) encoding = 'utf-16le';
  else if (b[0] === 0xfe && b[1] === 0xff) encoding = 'utf-16be';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(b);
  } catch {
    problems.add({
      severity: 'error',
      code: 'encoding',
      featureIndex: null,
      path: '',
      zh: '文件不是 UTF-8 编码（可能是 GBK）：请另存为 UTF-8 后再导入',
      en: 'the file is not UTF-8 (perhaps GBK): save it as UTF-8 and import again',
    });
    return null;
  }
}

/**
 * Parses and checks a GeoJSON file. Synchronous and pure: call it through `importGeoJson`
 * (`importClient.ts`) to run it in a worker.
 */
export function parseGeoJsonImport(input: string | ArrayBuffer, options: ImportOptions = {}): ImportResult {
  const t0 = Date.now();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const problems = new Problems(options.maxListed ?? 20);
  const tooLarge = (bytes: number) => tooLargeResult(bytes, maxBytes);

  // Size first, before any decoding or parsing. A string's UTF-16 length is at most its UTF-8 length.
  let bytes: number;
  let text: string;
  if (typeof input === 'string') {
    if (input.length > maxBytes) return tooLarge(input.length);
    bytes = utf8Length(input);
    if (bytes > maxBytes) return tooLarge(bytes);
    text = input;
  } else {
    bytes = input.byteLength;
    if (bytes > maxBytes) return tooLarge(bytes);
    const foreign = foreignBinary(new Uint8Array(input));
    if (foreign) {
      problems.add({ severity: 'error', code: 'format', featureIndex: null, path: '', zh: foreign.zh, en: foreign.en });
      return problems.failed();
    }
    const decoded = decode(input, problems);
    if (decoded === null) return problems.failed();
    text = decoded;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const foreignT = foreignText(text);
  if (foreignT) {
    problems.add({ severity: 'error', code: 'format', featureIndex: null, path: '', zh: foreignT.zh, en: foreignT.en });
    return problems.failed();
  }

  const scan = scanJson(text, { maxDepth: options.maxDepth ?? 100, maxReported: options.maxListed ?? 20 });
  const locate = makeLocator(text);
  const fromScan = (s: ScanIssue, severity: 'error' | 'warning', code: ImportProblemCode, withExcerpt = false) => {
    const { line, column } = locate(s.offset);
    problems.add({
      severity,
      code,
      featureIndex: typeof s.path[0] === 'string' && s.path[0] === 'features' && typeof s.path[1] === 'number' ? s.path[1] : null,
      path: formatPath(s.path),
      line,
      column,
      ...(withExcerpt ? { excerpt: excerptAt(text, s.offset) } : {}),
      zh: `第 ${line} 行第 ${column} 列：${s.zh}`,
      en: `line ${line}, column ${column}: ${s.en}`,
    });
  };
  if (scan.syntaxError) {
    fromScan(scan.syntaxError, 'error', /nested deeper/.test(scan.syntaxError.en) ? 'too-deep' : 'syntax', true);
    return problems.failed();
  }
  // Scan issues come in file order; the locator moves forward through them once.
  const scanWarnings = [
    ...scan.duplicates.map((s) => ({ s, code: 'duplicate-key' as const })),
    ...scan.forbidden.map((s) => ({ s, code: 'unsafe-key' as const })),
  ].sort((a, b) => a.s.offset - b.s.offset);
  for (const { s, code } of scanWarnings) fromScan(s, 'warning', code);
  // Counted but not listed beyond the limit.
  const unlisted = scan.duplicateCount - scan.duplicates.length + (scan.forbiddenCount - scan.forbidden.length);
  problems.warningCount += unlisted;

  const root: unknown = JSON.parse(text);
  if (scan.forbiddenCount > 0) dropUnsafeKeys(root);

  const fileProblem = (severity: 'error' | 'warning', code: ImportProblemCode, path: string, zh: string, en: string) =>
    problems.add({ severity, code, featureIndex: null, path, zh, en });

  const raw = featuresOfRoot(root, fileProblem);
  if (raw === null) return problems.failed();
  // Too many features or positions: refused with the counts before any geometry work (importLimits.ts).
  let positions = 0;
  for (const r of raw) positions += countPositions(isRecord(r.value) ? r.value.geometry : null);
  const tooMany = tooManyResult(raw.length, positions);
  if (tooMany) return tooMany;

  // The CRS (chosen, from the .prj, the format or the numbers); positions move to WGS-84 before any check.
  const crs = decideCrs(options.crs, options.source, raw.map((r) => (isRecord(r.value) ? r.value.geometry : null)), options.districtBbox);
  if (!crs.ok) {
    fileProblem('error', 'projected', '', crs.zh, crs.en);
    return problems.failed();
  }
  if (crs.transform) for (const r of raw) if (isRecord(r.value)) transformGeometry(r.value.geometry, crs.transform);

  const checks = new GeometryChecks(options.districtBbox, options.marginKm ?? 50);
  const features: ImportedFeature[] = [];
  raw.forEach(({ value, prefix, bare }, i) => {
    const shell = readFeatureShell(value, i, prefix, problems);
    if (!shell) return;
    const { id } = shell;
    const properties = new Map(Object.entries(shell.properties));
    if (shell.geometry === null) {
      features.push({ type: 'Feature', ...(id !== undefined ? { id } : {}), geometry: null, properties });
      return;
    }
    // A bare geometry is the file itself: its paths start at its own members (`coordinates[0]`).
    const geomPath = bare ? '' : joinPath(prefix, 'geometry');
    const issues = checkGeometry(shell.geometry, geomPath);
    if (issues.length > 0) {
      for (const g of issues) {
        const hint = projectedHint(g.message);
        problems.add({
          severity: 'error',
          code: 'geometry',
          featureIndex: i,
          path: g.field.replace(/^\./, ''),
          zh: `要素 #${i}：${geometryMessageZh(g.message)}${hint?.zh ?? ''}`,
          en: `feature #${i}: ${g.message}${hint?.en ?? ''}`,
        });
      }
      return;
    }
    const geometry = shell.geometry as Geometry;
    checks.check(geometry, i, geomPath, (code, path, zh, en) => problems.add({ severity: 'warning', code, featureIndex: i, path, zh, en }));
    features.push({ type: 'Feature', ...(id !== undefined ? { id } : {}), geometry, properties });
  });

  if (checks.unchecked > 0) {
    fileProblem(
      'warning',
      'unchecked',
      '',
      `${checks.unchecked} 个面过大（超过 ${KINKS_MAX_POSITIONS} 个坐标点或超出检查量），未检查自相交`,
      `${checks.unchecked} polygon(s) too large (over ${KINKS_MAX_POSITIONS} positions or over the check budget) were not checked for self-intersection`,
    );
  }
  if (problems.errorCount > 0) return problems.failed();
  return {
    ok: true,
    collection: { type: 'FeatureCollection', features },
    warnings: problems.warnings,
    warningCount: problems.warningCount,
    bbox: checks.bbox,
    stats: { bytes, features: features.length, positions: checks.totalPositions, ms: Date.now() - t0 },
    crs: crs.used,
    nearDistrict: options.districtBbox && checks.bbox ? checks.anyNear : null,
  };
}
