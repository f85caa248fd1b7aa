/**
 * One import, whatever the format, as the worker runs it: a zipped Shapefile is read into GeoJSON text
 * (readShapefile.ts) with its .prj; KML arrives already converted on the main thread (it needs
 * DOMParser, which workers lack); then every format goes through the same checks
 * (parseGeoJsonImport), so a Shapefile's problems are located and worded as a GeoJSON file's are.
 */
import { toMapPayload } from './importMapPayload.ts';
import { parseGeoJsonImport } from './parseGeoJsonImport.ts';
import { readShapefileZip, ShapefileError } from './readShapefile.ts';
import { refusedFile } from './importProblems.ts';
import type { ImportOptions, ImportProblem, ImportResult, ImportSource } from './importTypes.ts';

export interface PipelineInput {
  input: ArrayBuffer | string;
  format: ImportSource['format'];
  options: ImportOptions;
}

const problem = (severity: 'error' | 'warning', code: ImportProblem['code'], zh: string, en: string): ImportProblem => ({
  severity,
  code,
  featureIndex: null,
  path: '',
  zh,
  en,
  message: `${zh} / ${en}`,
});

export function runImportPipeline(request: PipelineInput): ImportResult {
  const result = readAndCheck(request);
  return request.options.forMap ? toMapPayload(result) : result;
}

function readAndCheck({ input, format, options }: PipelineInput): ImportResult {
  if (format !== 'shapefile') return parseGeoJsonImport(input, { ...options, source: { format } });
  if (typeof input === 'string') throw new Error('a Shapefile arrives as bytes');
  let read;
  try {
    read = readShapefileZip(new Uint8Array(input));
  } catch (e) {
    if (!(e instanceof ShapefileError)) throw e;
    return refusedFile('read', e.zh, e.en);
  }
  const result = parseGeoJsonImport(JSON.stringify(read.collection), { ...options, source: { format: 'shapefile', ...(read.prj ? { prj: read.prj } : {}) } });
  const notes: ImportProblem[] = [];
  if (read.encoding.guessed) {
    notes.push(
      problem(
        'warning',
        'encoding-guessed',
        `${read.layer}：属性表不是 UTF-8，且没有 .cpg 说明编码，已按 GBK 读取（中文表格多为 GBK）`,
        `${read.layer}: the attribute table is not UTF-8 and no .cpg names its encoding; read as GBK (what Chinese tables usually are)`,
      ),
    );
  }
  if (read.others.length) {
    notes.push(
      problem(
        'warning',
        'read',
        `压缩包中有 ${read.others.length + 1} 个 Shapefile，只导入了 ${read.layer}（未导入：${read.others.join('、')}）`,
        `the archive holds ${read.others.length + 1} Shapefiles; only ${read.layer} was imported (not: ${read.others.join(', ')})`,
      ),
    );
  }
  return { ...result, warnings: [...notes, ...result.warnings], warningCount: result.warningCount + notes.length };
}
