/**
 * `npm run data:import -- <file> [options]` (usage in args.ts): a planner's survey file, CAD drawing,
 * KML, GeoPackage or spreadsheet → WGS-84 GeoJSON, or a changeset of matched features for review.
 * Exit codes: 0 done, 1 bad input (with the reason), 2 usage. Writes nothing on bad input, and writes
 * its one output file atomically (a temporary file renamed into place).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { runIfMain, writeFileAtomically, type CliResult } from '../cli.ts';
import { parseArgs, UsageError, USAGE } from './args.ts';
import { ImportError } from './gdal.ts';
import { districtFrame, importFile } from './importFile.ts';
import { matchToChangeset } from './match.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function writeAtomically(path: string, text: string): void {
  if (!existsSync(dirname(path))) throw new ImportError(`--out ${path}: its folder does not exist`);
  writeFileAtomically(path, text);
}

export function runImport(argv: readonly string[], now = new Date()): CliResult {
  const out: string[] = [];
  const err: string[] = [];
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return { code: 2, out, err: [`data:import: ${e.message}`, '', USAGE] };
    throw e;
  }
  if (args === 'help') return { code: 0, out: [USAGE], err };
  try {
    const district = districtFrame(readFileSync(resolve(ROOT, 'geo/district.geojson'), 'utf8'));
    const result = importFile(args, district);
    out.push(`read ${basename(args.file)} (layer "${result.sourceLayer}"): ${result.features.length} features`, `CRS: ${result.crsUsed}`);
    for (const n of result.notes) out.push(`note: ${n}`);
    if (args.match) {
      const layerFile = resolve(ROOT, `geo/${args.match.layer}.geojson`);
      if (!existsSync(layerFile)) throw new ImportError(`--layer ${args.match.layer}: there is no geo/${args.match.layer}.geojson`);
      const report = matchToChangeset(result.features, readFileSync(layerFile, 'utf8'), args.match, {
        tool: `npm run data:import -- ${argv.join(' ')}`,
        file: basename(args.file),
        now,
      });
      writeAtomically(args.out, `${JSON.stringify(report.changeset, null, 2)}\n`);
      out.push(`matched ${report.changeset.changes.length} features of ${args.match.layer}; changeset written to ${args.out} (apply with npm run data:apply -- ${args.out})`);
      if (report.unmatchedRows.length) out.push(`unmatched rows (${report.unmatchedRows.length}): ${report.unmatchedRows.join(', ')}`);
      if (report.unmatchedFeatures.length) out.push(`features without a row (${report.unmatchedFeatures.length}): ${report.unmatchedFeatures.join(', ')}`);
    } else {
      const fc = { type: 'FeatureCollection', features: result.features };
      writeAtomically(args.out, `${JSON.stringify(fc)}\n`);
      out.push(`written ${args.out} (RFC 7946 GeoJSON, WGS-84)`);
    }
    return { code: 0, out, err };
  } catch (e) {
    if (e instanceof ImportError) return { code: 1, out, err: [`data:import: ${e.message}`] };
    throw e;
  }
}

runIfMain(import.meta.filename, (argv) => runImport(argv));
