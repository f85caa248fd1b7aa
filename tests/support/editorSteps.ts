/**
 * Steps the editor's browser test (tests/e2e/editor.e2e.ts) shares: the mouse on map coordinates,
 * edit mode, the panel's change count, a layer file of a geo/ folder, and the proof that a geo/
 * copy changed in exactly the features a changeset touched.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { formatGeoJson } from '../../scripts/apply/format.ts';
import { screenPointOf, settle } from './browser.ts';
import { repoPath } from './project.ts';

export type Fc = { features: { type: 'Feature'; geometry: GeoJSON.Geometry; properties: Record<string, unknown> & { id: string } }[] };

/** A layer file of `root`/geo (default: the repository's own). */
export const layer = (id: string, root = repoPath('.')) => JSON.parse(readFileSync(join(root, 'geo', `${id}.geojson`), 'utf8')) as Fc;

export async function jump(page: Page, center: [number, number], zoom: number) {
  await page.evaluate(([c, z]) => (window as unknown as { planMap: { jumpTo(o: object): void } }).planMap.jumpTo({ center: c, zoom: z }), [center, zoom] as const);
  await settle(page);
}

export async function drag(page: Page, from: [number, number], to: [number, number]) {
  const a = await screenPointOf(page, from);
  const b = await screenPointOf(page, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(a.x + ((b.x - a.x) * i) / 8, a.y + ((b.y - a.y) * i) / 8);
  await page.mouse.up();
}

/** Clicks a place in select mode; the panel then shows that feature (a new one's key is `draft-…`: matched by its heading). */
export async function selectAt(page: Page, at: [number, number], id: string | RegExp) {
  const p = await screenPointOf(page, at);
  await page.mouse.click(p.x, p.y);
  const selected = page.locator('[data-testid="editor-selected"]');
  if (typeof id === 'string') await expect.poll(() => selected.getAttribute('data-id')).toBe(id);
  else await expect.poll(() => selected.textContent()).toMatch(id);
}

/** The editor panel's line "N 处修改 · 草稿已自动保存". */
export const count = (page: Page) => page.locator('[data-testid="editor-count"]').textContent();

export async function enterEditMode(page: Page) {
  await page.locator('[data-testid="edit-mode"]').click();
  await page.locator('[data-testid="map"][data-editor-ready="true"]').waitFor({ timeout: 60_000 });
  await expect.poll(() => page.locator('[data-testid="editor"]').isVisible()).toBe(true);
}

export const clearDrafts = (page: Page) =>
  page.evaluate(() => new Promise((r) => { const q = indexedDB.deleteDatabase('plan-map-editor'); q.onsuccess = q.onerror = r; }));

/** sha256 of every file of a geo/ folder, by name. */
export function hashes(geoDir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(geoDir).sort().map((f) => [f, createHash('sha256').update(readFileSync(join(geoDir, f))).digest('hex')]));
}

/**
 * `after` (a geo/ folder data:apply wrote) differs from the repository's geo/ in exactly `touched`
 * (layer → feature ids): every other file is byte-identical, and a touched file is byte-identical to
 * the published one with only those features replaced (or appended, when new) in the repository's format.
 */
export function expectOnlyTouched(after: string, touched: Record<string, string[]>) {
  const published = repoPath('geo');
  const a = hashes(published);
  const b = hashes(after);
  expect(Object.keys(b)).toEqual(Object.keys(a));
  const changed = Object.keys(a).filter((f) => a[f] !== b[f]);
  expect(changed.sort()).toEqual(Object.keys(touched).map((l) => `${l}.geojson`).sort());
  for (const [l, ids] of Object.entries(touched)) {
    const text = readFileSync(join(published, `${l}.geojson`), 'utf8');
    expect(formatGeoJson(JSON.parse(text))).toBe(text);
    const was = JSON.parse(text) as Fc;
    const now = JSON.parse(readFileSync(join(after, `${l}.geojson`), 'utf8')) as Fc;
    const byId = new Map(now.features.map((f) => [f.properties.id, f]));
    for (const id of ids) expect(JSON.stringify(byId.get(id))).not.toBe(JSON.stringify(was.features.find((f) => f.properties.id === id)));
    const expected = { ...was, features: was.features.map((f) => (ids.includes(f.properties.id) ? byId.get(f.properties.id)! : f)) };
    for (const id of ids) if (!was.features.some((f) => f.properties.id === id)) expected.features.push(byId.get(id)!);
    expect(readFileSync(join(after, `${l}.geojson`), 'utf8')).toBe(formatGeoJson(expected));
  }
}
