/**
 * `npm run data:apply -- <changeset.json> [--dry-run]`: merges a reviewed changeset (from the editor's
 * 导出修改 or `npm run data:import -- … --layer`) into geo/. Refuses, writing nothing, when a touched
 * feature changed since the changeset was made, when the result breaks the data contract, or when the
 * file is not a changeset; otherwise writes each changed layer atomically in the repository's format,
 * prints a summary and runs the plan check. Exit codes: 0 done, 1 refused or the plan check fails, 2 usage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkCoverage, formatCoverageTable } from '../../src/core/plan/coverage.ts';
import { loadProject, PLAN_FILE, REGISTRY_FILE } from '../../src/data/loadProject.ts';
import { runIfMain, writeFileAtomically, type CliResult } from '../cli.ts';
import { ApplyError, applyChangeset, formatSummary, parseChangeset } from './applyChangeset.ts';

const USAGE = 'Usage: npm run data:apply -- <changeset.json> [--dry-run]';

/** `root` is the repository whose geo/ is changed (tests use a copy). */
export function runApply(argv: readonly string[], root = resolve(import.meta.dirname, '../..')): CliResult {
  const out: string[] = [];
  const err: string[] = [];
  const dryRun = argv.includes('--dry-run');
  const rest = argv.filter((a) => a !== '--dry-run');
  if (rest.length !== 1 || rest[0]!.startsWith('-')) return { code: 2, out, err: [rest.length ? `data:apply: unknown argument ${rest.find((a) => a.startsWith('-')) ?? rest[1]}` : 'data:apply: name the changeset file', USAGE] };
  const file = rest[0]!;
  const read = (p: string) => readFileSync(resolve(root, p), 'utf8');
  const readLayer = (id: string) => (existsSync(resolve(root, `geo/${id}.geojson`)) ? read(`geo/${id}.geojson`) : undefined);
  try {
    if (!existsSync(file)) throw new ApplyError(`${file}: no such file`);
    const cs = parseChangeset(readFileSync(file, 'utf8'), file);
    const result = applyChangeset(cs, readLayer);
    // The whole project as it would be, through the build's own loader: a contract error names file,
    // feature and field, and nothing is written.
    let project;
    try {
      project = loadProject(read(PLAN_FILE), read(REGISTRY_FILE), (id) => result.layerTexts.get(id) ?? readLayer(id));
    } catch (e) {
      throw new ApplyError(`refused: the result breaks the data contract; nothing written.\n  ${(e as Error).message}`);
    }
    out.push(`${dryRun ? 'would apply' : 'applying'} ${cs.changes.length} change(s) from ${file} (made ${cs.createdAt} by: ${cs.tool})`, formatSummary(result));
    if (!dryRun) {
      for (const [id, text] of result.layerTexts) {
        writeFileAtomically(resolve(root, `geo/${id}.geojson`), text);
      }
      out.push(`written: ${[...result.layerTexts.keys()].map((id) => `geo/${id}.geojson`).join(', ')}`);
    }
    const coverage = checkCoverage(JSON.parse(read('geo/inventory.json')), project.plan, project.store);
    if (coverage.failures.length) {
      err.push(`the plan check fails after this change (${coverage.failures.length}):`, ...coverage.failures.map((f) => `  ${f}`));
      if (!dryRun) err.push('The files are written: fix the data (or the inventory) before committing — npm run check:plan shows the table.');
      return { code: 1, out, err };
    }
    out.push(`plan check: passed (${formatCoverageTable(coverage).split('\n').length} lines; npm run check:plan prints them)`);
    return { code: 0, out, err };
  } catch (e) {
    if (e instanceof ApplyError) return { code: 1, out, err: [`data:apply: ${e.message}`] };
    throw e;
  }
}

runIfMain(import.meta.filename, (argv) => runApply(argv));
