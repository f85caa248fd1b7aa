/**
 * The planners' editor (issue 12) in a real browser, the issue's done-when whole: edit mode from
 * config.json; a new school drawn from a plan row (「在地图上标注」: the form opens with the row's id,
 * quote and layer); a schematic school moved about 300 m; the green-island park reshaped with the
 * measures shown side by side and a dated status entry added to it; undo and redo; the properties
 * form refusing what the contract refuses; a reload with the drafts restored at once (before the map
 * settles); the exported changeset merged by `npm run data:apply` into a copy of geo/ — changing
 * exactly those three features, byte for byte — and an app built from that copy showing them; and the
 * same changeset refused, writing nothing, against a copy changed since the export (a stale base).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { destination, distance } from '@turf/turf';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runApply } from '../../scripts/apply/cli.ts';
import { buildApp } from '../../scripts/bench/build.ts';
import { formatGeoJson } from '../../scripts/apply/format.ts';
import { openPage, screenPointOf, screenshot, settle, startSession, type AppSession } from '../support/browser.ts';
import { clearDrafts, count, drag, expectOnlyTouched, hashes, jump, layer, selectAt } from '../support/editorSteps.ts';
import { repoPath } from '../support/project.ts';
import { GLYPHS_BY_ORIGIN } from '../support/glyphs.ts';
import { serveStatic } from '../support/staticServer.ts';

vi.setConfig({ testTimeout: 420_000 });

let s: AppSession;
const tmp = mkdtempSync(join(tmpdir(), 'editor-e2e-'));
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const SCHOOL = 'kindergarten-xinglong-new-town';
const PARK = 'green-island-park';
const NEW = 'kindergarten-editor-test';
const school = layer('schools').features.find((f) => f.properties.id === SCHOOL)!;
const park = layer('parks').features.find((f) => f.properties.id === PARK)!;
const schoolAt = (school.geometry as GeoJSON.Point).coordinates as [number, number];
const schoolTo = destination(schoolAt, 0.3, 60, { units: 'kilometers' }).geometry.coordinates as [number, number];
const newAt = destination(schoolTo, 0.2, 0, { units: 'kilometers' }).geometry.coordinates as [number, number];
const corner = (park.geometry as GeoJSON.Polygon).coordinates[0]![1] as [number, number];
const cornerTo: [number, number] = [corner[0] + 0.0008, corner[1] - 0.0004];
const parkHistory = park.properties.statusHistory as { asOf: string }[];
/** A day after the park's last published entry (a test entry: it goes only into the temporary copy of geo/). */
const ENTRY_DATE = new Date(Date.parse(parkHistory[parkHistory.length - 1]!.asOf) + 86_400_000).toISOString().slice(0, 10);
const ENTRY_SOURCE = '编辑器测试：竣工记录';
const SOURCE = 'Traced on Tianditu imagery, 2026-11 (editor test)';

/** The rest of the new school's form (the plan row filled its planRefs, quote and layer). */
async function fillNewSchool(page: Page) {
  await page.locator('[data-testid="input-id"]').fill(NEW);
  await page.locator('[data-testid="input-name-zh"]').fill('编辑器测试幼儿园');
  await page.locator('[data-testid="input-name-en"]').fill('Editor test kindergarten');
  await page.locator('[data-testid="input-kind"]').fill('kindergarten');
  await page.locator('[data-testid="input-period"]').selectOption('14th-plan');
  await page.locator('[data-testid="input-accuracy"]').selectOption('approximate');
  await page.locator('[data-testid="input-geometrySource"]').fill(SOURCE);
  await page.locator('[data-testid="input-status-new"]').selectOption('planned');
  await page.locator('[data-testid="input-status-asof"]').fill('2021-06-16');
  await page.locator('[data-testid="input-status-label"]').fill('表8 第1行（编辑器测试）');
  await page.locator('[data-testid="input-status-ref"]').fill('t8-r1');
  await page.locator('[data-testid="add-status"]').click();
}

type QueryMap = { project(p: [number, number]): { x: number; y: number }; queryRenderedFeatures(b: object): { properties: { id?: string } }[] };
/** The ids of the features MapLibre draws within 6 px of a place (the camera on it first). */
async function idsAt(page: Page, at: [number, number]): Promise<string[]> {
  await jump(page, at, 16);
  return page.evaluate((ll) => {
    const m = (window as unknown as { planMap: QueryMap }).planMap;
    const p = m.project(ll);
    return m.queryRenderedFeatures([[p.x - 6, p.y - 6], [p.x + 6, p.y + 6]]).map((f) => String(f.properties.id));
  }, at);
}

describe('the planners’ editor', () => {
  it('draws from a plan row, moves a school, reshapes the park, undoes and redoes, restores the drafts at once after a reload; data:apply merges exactly those, a rebuilt app shows them, a stale base is refused', async () => {
    const { page, errors } = await openPage(s, '?plan=t8-r1');
    await clearDrafts(page);

    // 「在地图上标注」 on a plan row, found by its accessible name (which row it marks): edit mode with
    // the point tool; the point drawn cites the row.
    await page.getByRole('button', { name: /^在地图上标注：表8 第1行：/ }).click();
    await page.locator('[data-testid="map"][data-editor-ready="true"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('[data-testid="editor-mode-point"]').getAttribute('aria-pressed')).toBe('true');
    await jump(page, schoolTo, 15);
    const p = await screenPointOf(page, newAt);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => page.locator('[data-testid="editor-selected"]').count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid="field-planRefs"]').textContent()).toContain('t8-r1');
    await expect.poll(() => page.locator('[data-testid="quote-check-0"]').textContent()).toMatch(/✓/);
    await expect.poll(() => page.locator('[data-testid="input-layer"]').inputValue()).toBe('schools');
    // Saving the half-filled form names the missing fields, and the draft is kept; filled, it saves.
    await page.locator('[data-testid="editor-save"]').click();
    await expect.poll(() => page.locator('[data-testid="error-name"]').count()).toBeGreaterThan(0);
    await screenshot(page, '72-editor-annotate-row');
    await fillNewSchool(page);
    await page.locator('[data-testid="editor-save"]').click();
    await expect.poll(() => page.locator('[data-testid="editor-save-result"]').textContent()).toBe('已保存。');
    await expect.poll(() => count(page)).toMatch(/1/);

    // Move the school about 300 m.
    await jump(page, schoolAt, 15);
    await selectAt(page, schoolAt, SCHOOL);
    await drag(page, schoolAt, schoolTo);
    await expect.poll(() => count(page)).toMatch(/2/);

    // The moved school cannot be saved until it says how exact it is and how it was made.
    await page.locator('[data-testid="editor-save"]').click();
    await expect.poll(() => page.locator('[data-testid="error-geometrySource"]').count()).toBe(1);
    await page.locator('[data-testid="input-accuracy"]').selectOption('approximate');
    await page.locator('[data-testid="input-geometrySource"]').fill(SOURCE);
    await page.locator('[data-testid="editor-save"]').click();
    await expect.poll(() => page.locator('[data-testid="editor-save-result"]').textContent()).toBe('已保存。');

    // Reshape the park: its plan area next to the measured one while the vertex moves.
    await jump(page, corner, 15);
    await selectAt(page, [corner[0] - 0.003, corner[1] + 0.002], PARK);
    await expect.poll(() => page.locator('[data-testid="editor-measure-row"]').first().textContent()).toMatch(/规划.*1,084\.5 亩.*实测.*容差 ±15%/);
    await drag(page, corner, cornerTo);
    await expect.poll(() => count(page)).toMatch(/3/);
    await page.locator('[data-testid="input-geometrySource"]').fill(SOURCE);
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
    await expect.poll(() => count(page)).toMatch(/2/);
    await page.keyboard.press('Control+Shift+z');
    await page.locator('[data-testid="editor-redo"]').click();
    await expect.poll(() => count(page)).toMatch(/3/);

    // A reload brings the drafts back. IndexedDB writes after each change; the panel says when the
    // latest state is stored, and a reload before that may lose the last step (as it would for a user).
    // 恢复 is pressed as soon as it shows, before the map has settled: the new school must still be
    // on the drawing (it was once lost when the drawing was not ready yet).
    await expect.poll(() => count(page)).toMatch(/草稿已自动保存/);
    // The map's first load held back 4 s (its glyphs delayed): 恢复 is pressed well before it.
    const slowGlyphs = (r: Route) => void setTimeout(() => void r.continue().catch(() => undefined), 4_000);
    await page.route('**/glyphs/**', slowGlyphs);
    await page.reload({ waitUntil: 'domcontentloaded' });
    // The editor's chunk (and its draft notice) loads after the map's first idle or at the first key
    // or pointer press: a key pressed now, as an impatient user's, brings the notice before the map loads.
    const restore = page.locator('[data-testid="draft-restore"]');
    await expect
      .poll(async () => {
        await page.keyboard.press('Shift');
        return restore.count();
      }, { timeout: 30_000 })
      .toBeGreaterThan(0);
    await restore.click();
    expect(await page.locator('[data-testid="map"]').getAttribute('data-map-idle')).not.toBe('true');
    await page.locator('[data-testid="map"][data-editor-ready="true"]').waitFor({ timeout: 60_000 });
    await page.unroute('**/glyphs/**', slowGlyphs);
    await expect.poll(() => count(page)).toMatch(/3/);
    await settle(page);
    await jump(page, schoolTo, 15);
    await selectAt(page, newAt, /编辑器测试幼儿园\s*draft-/);
    await selectAt(page, schoolTo, SCHOOL);
    await screenshot(page, '71-editor-restored');

    // Export, then merge into a copy of geo/.
    const download = page.waitForEvent('download');
    await page.locator('[data-testid="editor-note"]').fill('editor test');
    await page.locator('[data-testid="editor-export"]').click();
    await expect.poll(() => page.locator('[data-testid="editor-export-result"]').textContent()).toMatch(/已导出/);
    const file = join(tmp, 'changeset.json');
    await (await download).saveAs(file);
    expect(errors).toEqual([]);
    await page.close();
    const copy = (name: string) => {
      const root = join(tmp, name);
      cpSync(repoPath('geo'), join(root, 'geo'), { recursive: true });
      cpSync(repoPath('seeds'), join(root, 'seeds'), { recursive: true });
      return root;
    };
    const root = copy('repo');
    const r = runApply([file], root);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/parks: 0 added, 1 updated, 0 deleted/);
    expect(r.out.join('\n')).toMatch(/schools: 1 added, 1 updated, 0 deleted/);
    const schools = layer('schools', root).features;
    const movedSchool = schools.find((f) => f.properties.id === SCHOOL)!;
    const movedM = distance(schoolAt, (movedSchool.geometry as GeoJSON.Point).coordinates, { units: 'meters' });
    expect(movedM).toBeGreaterThan(250);
    expect(movedM).toBeLessThan(350);
    expect(movedSchool.properties.accuracy).toBe('approximate');
    const added = schools.find((f) => f.properties.id === NEW)!;
    expect(added.properties).toMatchObject({ layer: 'schools', planRefs: ['t8-r1'], kind: 'kindergarten', accuracy: 'approximate' });
    expect(distance(newAt, (added.geometry as GeoJSON.Point).coordinates, { units: 'meters' })).toBeLessThan(30);
    const newPark = layer('parks', root).features.find((f) => f.properties.id === PARK)!;
    expect(newPark.geometry).not.toEqual(park.geometry);
    // The status entry went in after the published ones, which are unchanged.
    expect(newPark.properties.statusHistory).toEqual([...parkHistory, { status: 'completed', asOf: ENTRY_DATE, source: { label: ENTRY_SOURCE } }]);
    // Every geo/ file: only those three features changed, byte for byte.
    expectOnlyTouched(join(root, 'geo'), { schools: [SCHOOL, NEW], parks: [PARK] });

    // A stale base: another planner's commit changed the school after the export → refused, nothing written.
    const stale = copy('stale');
    const staleSchools = layer('schools', stale);
    staleSchools.features.find((f) => f.properties.id === SCHOOL)!.properties.geometrySource = 'Changed by another planner after the export (editor test).';
    writeFileSync(join(stale, 'geo', 'schools.geojson'), formatGeoJson(staleSchools));
    const before = hashes(join(stale, 'geo'));
    const refused = runApply([file], stale);
    expect(refused.code).not.toBe(0);
    const conflicts = refused.err.join('\n').split('\n').filter((l) => /^\s+\S+\/\S+: /.test(l));
    expect(conflicts).toEqual([expect.stringMatching(new RegExp(`^\\s+schools/${SCHOOL}: changed since the changeset was made \\(properties\\.geometrySource\\)$`))]);
    expect(hashes(join(stale, 'geo'))).toEqual(before);

    // An app built from the merged copy (PLAN_MAP_GEO) draws the school at its new place and the new one.
    const env = { geo: process.env.PLAN_MAP_GEO, node: process.env.NODE_ENV };
    process.env.PLAN_MAP_GEO = join(root, 'geo');
    process.env.NODE_ENV = 'production';
    try {
      await buildApp(join(tmp, 'app'), { logLevel: 'error', build: { sourcemap: false } });
    } finally {
      if (env.geo === undefined) delete process.env.PLAN_MAP_GEO;
      else process.env.PLAN_MAP_GEO = env.geo;
      process.env.NODE_ENV = env.node;
    }
    const server = await serveStatic(join(tmp, 'app'), '/plan-map/');
    try {
      const built = await openPage({ ...s, baseUrl: server.url });
      expect(await idsAt(built.page, schoolTo)).toEqual(expect.arrayContaining([SCHOOL]));
      expect(await idsAt(built.page, newAt)).toEqual(expect.arrayContaining([NEW]));
      // The new school's label: 编辑器测试 is in no name the glyphs were built for (npm run glyphs has
      // not run since), so MapLibre draws those characters locally.
      const NEW_CHARS = '编辑器测试';
      await expect
        .poll(async () => {
          const { drawnLocally } = await built.page.evaluate(GLYPHS_BY_ORIGIN);
          return [...NEW_CHARS].filter((ch) => drawnLocally.includes(ch)).join('');
        })
        .toBe(NEW_CHARS);
      expect(await idsAt(built.page, schoolAt)).not.toContain(SCHOOL);
      await screenshot(built.page, '73-editor-rebuilt');
      expect(built.errors).toEqual([]);
      await built.page.close();
    } finally {
      await server.close();
    }
  });
});

describe('「在地图上标注」 on a passage', () => {
  it('names each passage’s button; cites the passage’s id with a quote from it, asks for a plan layer (none suggested); the coverage view counts its item as mapped (a draft) at once', async () => {
    const ITEM = 'inv-s36-cdc';
    const { page, errors } = await openPage(s, '?plan=s36');
    await clearDrafts(page);
    // Each passage's button names its passage: no two alike, none just 「在地图上标注」. (They come with
    // the plan's text, fetched on opening, and the editor's gate, after the first screen.)
    await page.locator('.plan-passage__annotate').first().waitFor({ timeout: 30_000 });
    const names = await page.locator('.plan-passage__annotate').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(names.length);
    await page.getByRole('button', { name: /^在地图上标注：（.+）.+ 第1段“.+”$/ }).and(page.locator('[data-testid="annotate-s36-p0"]')).click();
    await page.locator('[data-testid="map"][data-editor-ready="true"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('[data-testid="editor-mode-point"]').getAttribute('aria-pressed')).toBe('true');
    await jump(page, schoolAt, 15);
    const p = await screenPointOf(page, newAt);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => page.locator('[data-testid="editor-selected"]').count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid="field-planRefs"]').textContent()).toContain('s36');
    await expect.poll(() => page.locator('[data-testid="quote-check-0"]').textContent()).toMatch(/✓/);
    expect((await page.locator('[data-testid="input-planQuotes-0"]').inputValue()).length).toBeGreaterThanOrEqual(2);
    // No feature cites s36: no layer is suggested, and the form asks for one among the plan layers.
    const layerSelect = page.locator('[data-testid="input-layer"]');
    expect(await layerSelect.inputValue()).toBe('');
    const offered = await layerSelect.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toEqual(expect.arrayContaining(['', 'health', 'schools']));
    expect(offered).not.toContain('subdistricts');
    expect(offered).not.toContain('district');
    await page.locator('[data-testid="editor-save"]').click();
    await expect.poll(() => page.locator('[data-testid="error-layer"]').textContent()).toBe('必填：请选择图层');
    // The coverage view: the item, unplaceable in the published data, is mapped by the draft.
    await page.getByRole('button', { name: '规划覆盖', exact: true }).click();
    const row = page.locator(`[data-testid="coverage-row"][data-item-id="${ITEM}"]`);
    await expect.poll(() => row.getAttribute('data-state')).toBe('mapped');
    await expect.poll(() => row.locator('[data-testid="coverage-draft"]').textContent()).toMatch(/草稿 1 处，未发布/);
    await expect.poll(() => page.locator('[data-testid="coverage-draft-note"]').textContent()).toMatch(/其中 1 项仅在编辑草稿中上图/);
    await screenshot(page, '74-editor-annotate-passage-coverage');
    expect(errors).toEqual([]);
    await page.close();
  });
});
