/**
 * The layout's rules that lint cannot see (README, Layout): no import cycle in src/, counting type-only
 * imports (ESLint's import-x/no-cycle skips them), and no source file over 400 lines except the
 * generated or hand-kept catalogues named here. The direction rule itself is ESLint's; the last test
 * proves that the configuration really refuses a forbidden import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/project.ts';

const SRC = resolve(REPO_ROOT, 'src');
const MAX_LINES = 400;
/** Data-like files allowed past the limit, each with why. */
const LONG_FILES_ALLOWED: Record<string, string> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'fixtures' ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(d.name) ? [p] : [];
  });
}

const SPECIFIER = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"](\.[^'"]+)['"]/g;

/** Relative imports of a file (static, type-only, dynamic, workers), resolved to files. */
export function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = (m[1] ?? m[2] ?? m[3])?.split('?')[0];
    if (!spec?.startsWith('.')) continue;
    const target = resolve(dirname(file), spec);
    if (/\.(ts|tsx)$/.test(target)) out.push(target);
  }
  return out;
}

/** Every cycle of the graph as its strongly connected components of more than one file (or a self-import). */
export function cyclesOf(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const result: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) result.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return result;
}

describe('the source layout', () => {
  const files = sourceFiles(SRC);
  const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

  it('has no import cycle, type-only imports included', () => {
    const graph = new Map(files.map((f) => [f, importsOf(f, texts.get(f)!)]));
    const cycles = cyclesOf(graph).map((c) => c.map((f) => relative(REPO_ROOT, f)));
    expect(cycles).toEqual([]);
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const a = resolve(SRC, 'a.ts');
    const b = resolve(SRC, 'b.ts');
    const graph = new Map([
      [a, importsOf(a, "import type { B } from './b.ts';")],
      [b, importsOf(b, "export const x = 1;\nimport { a } from './a.ts';")],
    ]);
    expect(cyclesOf(graph)).toEqual([[a, b]]);
  });

  it(`has no source file over ${MAX_LINES} lines but the named catalogues`, () => {
    const long = files
      .map((f) => ({ file: relative(REPO_ROOT, f), lines: texts.get(f)!.split('\n').length }))
      .filter((f) => f.lines > MAX_LINES && !(f.file in LONG_FILES_ALLOWED));
    expect(long).toEqual([]);
  });

  it('refuses a forbidden import in lint: core importing the map, a feature importing another, the map runtime outside src/map', async () => {
    const eslint = new ESLint({ cwd: REPO_ROOT });
    const lint = async (path: string, code: string) =>
      (await eslint.lintText(code, { filePath: resolve(REPO_ROOT, path) }))[0]!.messages.map((m) => m.ruleId);
    expect(await lint('src/core/fixture.ts', "import { MapController } from '../map/MapController.ts';\nexport const x = MapController;\n")).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await lint('src/features/nearby/fixture.ts', "import { search } from '../search/searchIndex.ts';\nexport const x = search;\n")).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await lint('src/ui/fixture.ts', "import { Map } from 'maplibre-gl';\nexport const x = Map;\n")).toContain('no-restricted-imports');
    // The allowed direction passes.
    expect(await lint('src/features/nearby/fixture.ts', "import { lightPalette } from '../../core/palette.ts';\nexport const x = lightPalette;\n")).toEqual([]);
  }, 60_000);
});
