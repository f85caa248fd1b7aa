/**
 * What the project's command-line tools share: a result as data (exit code and the lines for stdout
 * and stderr, so tests call a tool in-process), running it when the file is the script node started,
 * and writing an output file atomically (a crash leaves the old file or the new one, never half).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface CliResult {
  code: 0 | 1 | 2;
  out: string[];
  err: string[];
}

/** Runs `run` on the command line and prints its result, when `moduleFile` is the script being run. */
export function runIfMain(moduleFile: string, run: (argv: string[]) => CliResult): void {
  if (!process.argv[1] || resolve(process.argv[1]) !== resolve(moduleFile)) return;
  const r = run(process.argv.slice(2));
  for (const l of r.out) console.log(l);
  for (const l of r.err) console.error(l);
  process.exitCode = r.code;
}

/** Writes `text` to `path` through a temporary file renamed into place. */
export function writeFileAtomically(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
