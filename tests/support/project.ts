/**
 * The one way tests (unit and browser) read the repository's own files and load the real project (plan text,
 * layer registry, every geo/ file) — so a test's location never decides what it reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadProject, PLAN_FILE, REGISTRY_FILE } from '../../src/data/loadProject.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** An absolute path for a path relative to the repository's root. */
export const repoPath = (path: string): string => resolve(REPO_ROOT, path);

/** A repository file as UTF-8 text. */
export const readRepoFile = (path: string): string => readFileSync(repoPath(path), 'utf8');

/** A repository JSON file (GeoJSON included), parsed; the type is the caller's claim. */
export const readRepoJson = <T>(path: string): T => JSON.parse(readRepoFile(path)) as T;

/** The plan's full text, as the app reads it. */
export const readPlanText = (): string => readRepoFile(PLAN_FILE);

/** A layer's committed GeoJSON text, or undefined for a layer with no file (tiles layers). */
export const readLayerFile = (id: string): string | undefined => {
  const path = `geo/${id}.geojson`;
  return existsSync(repoPath(path)) ? readRepoFile(path) : undefined;
};

let cached: ReturnType<typeof loadProject> | undefined;

/**
 * The real project as the build loads it. `replace` swaps in other texts for some layers (or another
 * registry) for a test of bad data; without it the result is shared between the tests of a file.
 */
export function loadTestProject(replace?: { registry?: string; layers?: Record<string, string> }): ReturnType<typeof loadProject> {
  if (!replace) return (cached ??= loadProject(readPlanText(), readRepoFile(REGISTRY_FILE), readLayerFile));
  return loadProject(readPlanText(), replace.registry ?? readRepoFile(REGISTRY_FILE), (id) => replace.layers?.[id] ?? readLayerFile(id));
}
