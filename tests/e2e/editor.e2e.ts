/**
 * The planners' editor (issue 12) in a real browser: edit mode from config.json, a schematic school
 * moved about 300 m, the green-island park reshaped with the measures shown side by side and a dated
 * status entry added to it, undo and
 * redo, the properties form refusing a moved geometry that does not say how it was made, a reload
 * that brings the draft back, and the exported changeset merged by `npm run data:apply` into a copy
 * of geo/ — changing exactly those two features.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { destination, distance } from '@turf/turf';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runApply } from '../../scripts/apply/cli.ts';
import { openPage, screenPointOf, screenshot, settle, startSession, type AppSession } from '../support/browser.ts';
import { repoPath } from '../support/project.ts';

vi.setConfig({ testTimeout: 180_000 });

let s: AppSession;
const tmp = mkdtempSync(join(tmpdir(), 'editor-e2e-'));
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
  rmSync(tmp, { recursive: true, force: true });
});

type Fc = { features: { geometry: GeoJSON.Geometry; properties: Record<string, unknown> & { id: string } }[] };
const layer = (id: string, root = repoPath('.')) => JSON.parse(readFileSync(join(root, 'geo', `${id}.geojson`), 'utf8')) as Fc;
const SCHOOL = 'kindergarten-xinglong-new-town';
const PARK = 'green-island-park';
const school = layer('schools').features.find((f) => f.properties.id === SCHOOL)!;
const park = layer('parks').features.find((f) => f.properties.id === PARK)!;
const schoolAt = (school.geometry as GeoJSON.Point).coordinates as [number, number];
const schoolTo = destination(schoolAt, 0.3, 60, { units: 'kilometers' }).geometry.coordinates as [number, number];
const corner = (park.geometry as GeoJSON.Polygon).coordinates[0]![1] as [number, number];
const cornerTo: [number, number] = [corner[0] + 0.0008, corner[1] - 0.0004];
const parkHistory = park.properties.statusHistory as { asOf: string }[];
/** A day after the park's last published entry (a test entry: it goes only into the temporary copy of geo/). */
const ENTRY_DATE = new Date(Date.parse(parkHistory[parkHistory.length - 1]!.asOf) + 86_400_000).toISOString().slice(0, 10);
const ENTRY_SOURCE = '编辑器测试：竣工记录';

async function jump(page: Page, center: [number, number], zoom: number) {
  await page.evaluate(([c, z]) => (window as unknown as { planMap: { jumpTo(o: object): void } }).planMap.jumpTo({ center: c, zoom: z }), [center, zoom] as const);
  await settle(page);
}

async function drag(page: Page, from: [number, number], to: [number, number]) {
  const a = await screenPointOf(page, from);
  const b = await screenPointOf(page, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(a.x + ((b.x - a.x) * i) / 8, a.y + ((b.y - a.y) * i) / 8);
  await page.mouse.up();
}

async function selectAt(page: Page, at: [number, number], id: string) {
  const p = await screenPointOf(page, at);
  await page.mouse.click(p.x, p.y);
  await expect.poll(() => page.locator('[data-testid="editor-selected"]').getAttribute('data-id')).toBe(id);
}

const count = (page: Page) => page.locator('[data-testid="editor-count"]').textContent();

async function enterEditMode(page: Page) {
  await page.locator('[data-testid="edit-mode"]').click();
  await page.locator('[data-testid="map"][data-editor-ready="true"]').waitFor({ timeout: 60_000 });
  await expect.poll(() => page.locator('[data-testid="editor"]').isVisible()).toBe(true);
}

describe('the planners’ editor', () => {
  it('moves a school, reshapes the park, undoes and redoes, keeps the draft over a reload and exports a changeset data:apply merges', async () => {
    const { page, errors } = await openPage(s);
    await page.evaluate(() => new Promise((r) => { const q = indexedDB.deleteDatabase('plan-map-editor'); q.onsuccess = q.onerror = r; }));
    await enterEditMode(page);

    // Move the school about 300 m.
    await jump(page, schoolAt, 15);
    await selectAt(page, schoolAt, SCHOOL);
    await drag(page, schoolAt, schoolTo);
    await expect.poll(() => count(page)).toMatch(/1/);

    // The moved school cannot be saved until it says how exact it is and how it was made.
    await page.locator('[data-testid="editor-save"]').click();
    await expect.poll(() => page.locator('[data-testid="error-geometrySource"]').count()).toBe(1);
    await page.locator('[data-testid="input-accuracy"]').selectOption('approximate');
    await page.locator('[data-testid="input-geometrySource"]').fill('Traced on Tianditu imagery, 2026-11 (editor test)');
    await page.locator('[data-testid="editor-save"]').click();
    await expect.poll(() => page.locator('[data-testid="editor-save-result"]').textContent()).toBe('已保存。');

    // Reshape the park: its plan area next to the measured one while the vertex moves.
    await jump(page, corner, 15);
    await selectAt(page, [corner[0] - 0.003, corner[1] + 0.002], PARK);
    await expect.poll(() => page.locator('[data-testid="editor-measure-row"]').first().textContent()).toMatch(/规划.*1,084\.5 亩.*实测.*容差 ±15%/);
    await drag(page, corner, cornerTo);
    await expect.poll(() => count(page)).toMatch(/2/);
    await page.locator('[data-testid="input-geometrySource"]').fill('Traced on Tianditu imagery, 2026-11 (editor test)');
    // A status entry on this 14th-plan item: not addable without its source; added with date and source.
    await page.locator('[data-testid="input-status-new"]').selectOption('completed');
    await page.locator('[data-testid="input-status-asof"]').fill(ENTRY_DATE);
    expect(await page.locator('[data-testid="add-status"]').isDisabled()).toBe(true);
    await page.locator('[data-testid="input-status-label"]').fill(ENTRY_SOURCE);
    await page.locator('[data-testid="add-status"]').click();
    await expect.poll(() => page.locator('[data-testid="editor-status-entry"]').count()).toBe(parkHistory.length + 1);
    await page.locator('[data-testid="editor-save"]').click();
    await expect.poll(() => page.locator('[data-testid="editor-save-result"]').textContent()).toBe('已保存。');
    await screenshot(page, '70-editor-park-reshaped');

    // Undo the park's save and reshape, redo them (keys and buttons).
    await page.locator('.editor-panel__head h2').click();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => count(page)).toMatch(/1/);
    await page.keyboard.press('Control+Shift+z');
    await page.locator('[data-testid="editor-redo"]').click();
    await expect.poll(() => count(page)).toMatch(/2/);

    // A reload brings the draft back. IndexedDB writes after each change; the panel says when the
    // latest state is stored, and a reload before that may lose the last step (as it would for a user).
    await expect.poll(() => count(page)).toMatch(/草稿已自动保存/);
    await page.reload();
    await settle(page);
    await page.locator('[data-testid="draft-notice"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="draft-restore"]').click();
    await page.locator('[data-testid="map"][data-editor-ready="true"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => count(page)).toMatch(/2/);
    await screenshot(page, '71-editor-restored');

    // Export, then merge into a copy of geo/.
    const download = page.waitForEvent('download');
    await page.locator('[data-testid="editor-note"]').fill('editor test');
    await page.locator('[data-testid="editor-export"]').click();
    await expect.poll(() => page.locator('[data-testid="editor-export-result"]').textContent()).toMatch(/已导出/);
    const file = join(tmp, 'changeset.json');
    await (await download).saveAs(file);
    const root = join(tmp, 'repo');
    cpSync(repoPath('geo'), join(root, 'geo'), { recursive: true });
    cpSync(repoPath('seeds'), join(root, 'seeds'), { recursive: true });
    const r = runApply([file], root);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/parks: 0 added, 1 updated, 0 deleted/);
    expect(r.out.join('\n')).toMatch(/schools: 0 added, 1 updated, 0 deleted/);
    const movedSchool = layer('schools', root).features.find((f) => f.properties.id === SCHOOL)!;
    const movedM = distance(schoolAt, (movedSchool.geometry as GeoJSON.Point).coordinates, { units: 'meters' });
    expect(movedM).toBeGreaterThan(250);
    expect(movedM).toBeLessThan(350);
    expect(movedSchool.properties.accuracy).toBe('approximate');
    const newPark = layer('parks', root).features.find((f) => f.properties.id === PARK)!;
    expect(newPark.geometry).not.toEqual(park.geometry);
    // The status entry went in after the published ones, which are unchanged.
    expect(newPark.properties.statusHistory).toEqual([...parkHistory, { status: 'completed', asOf: ENTRY_DATE, source: { label: ENTRY_SOURCE } }]);
    // Nothing else changed.
    for (const id of ['schools', 'parks']) {
      const a = layer(id).features.filter((f) => f.properties.id !== SCHOOL && f.properties.id !== PARK);
      const b = layer(id, root).features.filter((f) => f.properties.id !== SCHOOL && f.properties.id !== PARK);
      expect(b).toEqual(a);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('「在地图上标注」 on a plan row: the next point drawn cites the row, with its quote and layer', async () => {
    const { page, errors } = await openPage(s, '?plan=t8-r1');
    await page.evaluate(() => new Promise((r) => { const q = indexedDB.deleteDatabase('plan-map-editor'); q.onsuccess = q.onerror = r; }));
    await page.locator('[data-testid="annotate-t8-r1"]').click();
    await page.locator('[data-testid="map"][data-editor-ready="true"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('[data-testid="editor-mode-point"]').getAttribute('aria-pressed')).toBe('true');
    await jump(page, schoolTo, 15);
    const p = await screenPointOf(page, destination(schoolTo, 0.2, 0, { units: 'kilometers' }).geometry.coordinates as [number, number]);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => page.locator('[data-testid="editor-selected"]').count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid="field-planRefs"]').textContent()).toContain('t8-r1');
    await expect.poll(() => page.locator('[data-testid="quote-check-0"]').textContent()).toMatch(/✓/);
    await expect.poll(() => page.locator('[data-testid="input-layer"]').textContent()).toBe('schools');
    // Saving the half-filled form names the missing fields, and the draft is kept.
    await page.locator('[data-testid="editor-save"]').click();
    await expect.poll(() => page.locator('[data-testid="error-name"]').count()).toBeGreaterThan(0);
    await screenshot(page, '72-editor-annotate-row');
    expect(errors).toEqual([]);
    await page.close();
  });
});
