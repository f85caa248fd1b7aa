/**
 * The plan–map check: `npm run check:plan`. Prints every inventory item with its plan id, its
 * features and, where the plan declares a measure, the measure computed from the geometry and the
 * difference. Exits 1 when an item has neither features nor a reason, a reference is broken or a
 * measure is out of tolerance.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadProject, PLAN_FILE, REGISTRY_FILE } from '../src/data/loadProject.ts';
import { checkCoverage, formatCoverageTable } from '../src/core/plan/coverage.ts';

const root = resolve(import.meta.dirname, '..');
const read = (p: string) => readFileSync(resolve(root, p), 'utf8');
const inventoryFile = process.argv[2] ?? 'geo/inventory.json';

try {
  const { plan, store } = loadProject(read(PLAN_FILE), read(REGISTRY_FILE), (id) => read(`geo/${id}.geojson`));
  const report = checkCoverage(JSON.parse(read(inventoryFile)), plan, store);
  console.log(formatCoverageTable(report));
  process.exit(report.failures.length === 0 ? 0 : 1);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
