/* The fixtures and result helpers the import's tests share (tests/fixtures/import). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { parseGeoJsonImport } from './parseGeoJsonImport.ts';
import type { Bounds, ImportProblem, ImportResult } from './importTypes.ts';
import { repoPath } from '../../../tests/support/project.ts';

export const DISTRICT: Bounds = [121.64204, 40.99923, 122.29944, 41.34149];
const dir = repoPath('tests/fixtures/import');
export const text = (name: string) => readFileSync(resolve(dir, name), 'utf8');
export const bytes = (name: string): ArrayBuffer => {
  const b = readFileSync(resolve(dir, name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
export const parse = (name: string) => parseGeoJsonImport(text(name), { districtBbox: DISTRICT });

export function ok(r: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!r.ok) throw new Error(`expected success, got ${r.errors.map((e) => e.message).join('\n')}`);
  return r;
}
export function failed(r: ImportResult): Extract<ImportResult, { ok: false }> {
  if (r.ok) throw new Error('expected the import to fail');
  return r;
}
export const only = (problems: ImportProblem[]): ImportProblem => {
  expect(problems).toHaveLength(1);
  return problems[0] as ImportProblem;
};
