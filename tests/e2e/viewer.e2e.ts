import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAP_TIMEOUT_MS,
  canvasInkRatio,
  isFullyOnScreen,
  openPage,
  openFeature,
  screenshot,
  settle,
  startSession,
  type AppSession,
} from '../support/browser.ts';
import { GLYPHS_BY_ORIGIN, GLYPHS_NOT_FETCHED_AHEAD, RECORD_GLYPHS_NOT_FETCHED_AHEAD } from '../support/glyphs.ts';
import { PROGRAM_LINKS, RECORD_PROGRAM_LINKS } from '../support/programs.ts';
import { readRepoJson } from '../support/project.ts';

// The real data decides which school is tested: the first one in geo/schools.geojson.
const schools = readRepoJson<{
  features: { properties: { id: string; planRefs: string[]; name: { zh: string } } }[];
}>('geo/schools.geojson');
const school = schools.features[0]?.properties;

/**
 * Counts the messages the page sends to its workers by MapLibre's message type (LD: a GeoJSON source's
 * data, LT: a tile to cut, RT: a tile to cut again) until the map is first idle, and lists the scripts
 * fetched by then.
 */
const COUNT_WORKER_MESSAGES = `(() => {
  const counts = {};
  window.__workerMessagesAtIdle = null;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    const type = message && typeof message.type === 'string' ? message.type : '?';
    counts[type] = (counts[type] || 0) + 1;
    return post.call(this, message, ...rest);
  };
  new MutationObserver((records, observer) => {
    if (!records.some((r) => r.target.getAttribute('data-map-idle') === 'true')) return;
    window.__workerMessagesAtIdle = { ...counts };
    window.__scriptsAtIdle = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\\.js(\\?|$)/.test(n));
    observer.disconnect();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-idle'] });
})();`;

let s: AppSession;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

describe('the viewer on first load', () => {
  it('draws the offline map with the plan layers and no errors, tiling each source once', async () => {
    const { page, errors } = await openPage(s, '', { initScripts: [COUNT_WORKER_MESSAGES, RECORD_GLYPHS_NOT_FETCHED_AHEAD('planMap'), RECORD_PROGRAM_LINKS('planMap')] });
    const { ink, colours } = await canvasInkRatio(page);
    await screenshot(page, '01-overview');
    expect(ink, 'share of non-background pixels').toBeGreaterThan(0.2);
    expect(colours).toBeGreaterThan(10);
    // The camera starts on the district: its outline is rendered.
    const rendered = await page.evaluate(() => {
      const m = (window as unknown as { planMap: { queryRenderedFeatures(o: object): { properties: { id: string } }[] } })
        .planMap;
      return [...new Set(m.queryRenderedFeatures({}).map((f) => f.properties.id))];
    });
    expect(rendered).toContain('xinglongtai-district');
    expect(rendered).toContain('green-island-park');
    // On the way to the first idle each GeoJSON source is sent to MapLibre's worker once and no tile is
    // cut again: a no-op filter, opacity or selection set at start used to re-tile a dozen sources.
    const work = await page.evaluate(() => {
      const w = window as unknown as { __workerMessagesAtIdle: Record<string, number>; planMap: { getStyle(): { sources: Record<string, { type: string }> } } };
      const geojson = Object.values(w.planMap.getStyle().sources).filter((x) => x.type === 'geojson').length;
      return { geojson, loadData: w.__workerMessagesAtIdle.LD ?? 0, reloadTile: w.__workerMessagesAtIdle.RT ?? 0, loadTile: w.__workerMessagesAtIdle.LT ?? 0 };
    });
    expect(work.loadTile, 'tiles cut before the first idle').toBeGreaterThan(0);
    expect(work.reloadTile, 'tiles cut again before the first idle').toBe(0);
    expect(work.loadData, 'GeoJSON sources sent to the worker').toBe(work.geojson);
    // The labels' CJK characters come from the shipped glyph ranges (public/glyphs), none drawn on the
    // main thread: MapLibre marks a glyph it drew itself as double resolution.
    const glyphs = await page.evaluate(GLYPHS_BY_ORIGIN);
    expect(glyphs.downloaded, 'CJK glyphs from public/glyphs').toBeGreaterThan(15);
    expect(glyphs.drawnLocally, 'CJK glyphs drawn with TinySDF').toBe('');
    // The first view's glyph ranges are fetched at style load (src/map/labelGlyphs.ts): none of the
    // worker's asks for its tiles' glyphs waits for a download.
    const asked = await page.evaluate(GLYPHS_NOT_FETCHED_AHEAD);
    expect(asked.asks, 'the worker asked for glyphs (the hook took)').toBeGreaterThan(0);
    expect(asked.notAhead, 'glyphs the worker asked for that were not fetched ahead').toBe('');
    // One shader program per layer type (src/map/style/programs.ts): software WebGL links each on the
    // main thread. The first map linked 14 (0.3–1.1 s in all, across loads), among them 2 `line`, 2
    // `lineSDF` and 4 `circle` variants that differed only in which paint was per feature; 9 now.
    const programs = await page.evaluate(() =>
      Object.keys((window as unknown as { planMap: { painter: { programCache: { programs: Record<string, unknown> } } } }).planMap.painter.programCache.programs),
    );
    const types = programs.map((key) => key.split('/')[0]);
    expect(types.filter((type, i) => types.indexOf(type) !== i), `program types linked twice:\n${programs.join('\n')}`).toEqual([]);
    expect(programs.length, programs.join('\n')).toBeLessThanOrEqual(9);
    // ... and the layers' programs are all linked in one frame, the first after the style loaded
    // (src/map/programWarmup.ts), not each by the first frame that draws its type: linked then, one
    // waits behind the frames the software GPU still has to draw (70–300 ms each).
    const links = await page.evaluate(PROGRAM_LINKS);
    const layerLinks = links.filter((l) => /^(fill|fillOutline|line|lineSDF|circle|symbolSDF|clippingMask)\//.test(l.key));
    const listed = links.map((l) => `frame ${l.frame}: ${l.key}`).join('\n');
    expect(layerLinks.map((l) => l.key.split('/')[0]).sort(), listed).toEqual(['circle', 'clippingMask', 'fill', 'fillOutline', 'line', 'lineSDF', 'symbolSDF']);
    expect(new Set(layerLinks.map((l) => l.frame)).size, `frames that linked a layer's program:\n${listed}`).toBe(1);
    expect(links.length, listed).toBe(programs.length);
    // The map first: the interface (React and the panels, src/app/mountApp.tsx) is fetched after the
    // map's first idle (openPage has waited for it to render around the same map).
    const scriptsAtIdle = await page.evaluate(() => (window as unknown as { __scriptsAtIdle: string[] }).__scriptsAtIdle);
    expect(scriptsAtIdle.some((u) => /maplibre-gl-[^/]*\.js/.test(u)), scriptsAtIdle.join('\n')).toBe(true);
    expect(scriptsAtIdle.filter((u) => /mountApp-/.test(u))).toEqual([]);
    await expect.poll(() => page.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/km|m/);
    await expect.poll(() => page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('兴政发〔2021〕9号');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the official sub-districts as seat points with their credit, and lists those with no known place', async () => {
    const { page, errors } = await openPage(s, '?c=122.0,41.16,11.5');
    await settle(page);
    const drawn = await page.evaluate(() => {
      const m = (window as unknown as { planMap: { queryRenderedFeatures(o: object): { geometry: { type: string }; properties: { id: string } }[]; getLayer(id: string): unknown } })
        .planMap;
      const seats = m.queryRenderedFeatures({ layers: ['subdistricts-point'] });
      return { seats: [...new Set(seats.map((f) => `${f.properties.id}:${f.geometry.type}`))].sort(), fill: m.getLayer('subdistricts-fill') !== undefined };
    });
    // No area is drawn for a sub-district: its seven known seats are points.
    expect(drawn.seats).toHaveLength(7);
    expect(drawn.seats.every((x) => x.endsWith(':Point'))).toBe(true);
    expect(drawn.seats.some((x) => /subdistrict-(chuangxin|huibin|huanxiling|shencai|gaoxin):/.test(x))).toBe(false);
    await expect.poll(() => page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Vonng/adcode（CC BY 4.0');
    const layer = page.locator('details.legend__layer[data-layer-id="subdistricts"]');
    await layer.locator('summary').click();
    const unlocated = layer.locator('[data-testid="legend-unlocated"]');
    expect(await unlocated.textContent()).toContain('位置未知（5）');
    expect((await unlocated.locator('li').allTextContents()).map((t) => t.trim())).toEqual([
      '欢喜岭街道 211103008',
      '沈采街道 211103013',
      '创新街道 211103016',
      '惠宾街道 211103019',
      '盘锦高新技术产业开发区 211103400',
    ]);
    await layer.scrollIntoViewIfNeeded();
    await screenshot(page, '01b-subdistrict-seats');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('popups opened by link', () => {
  const cases = [
    { id: 'residential-zone-9km2', name: '高端居住示范区', ref: 's14', measure: '9 km²' },
    { id: 'green-island-park', name: '城市绿岛公园', ref: 't5-r7', measure: '亩' },
    ...(school ? [{ id: school.id, name: school.name.zh, ref: school.planRefs[0] ?? '', measure: null }] : []),
  ];
  it('has a school to test', () => expect(school).toBeDefined());
  for (const c of cases) {
    it(`?feature=${c.id} opens its popup with status, as-of date, source and plan link`, async () => {
      const { page, popup, errors } = await openFeature(s, c.id);
      await screenshot(page, `02-popup-${c.id}`);
      await expect.poll(() => popup.locator('h2').textContent()).toContain(c.name);
      expect(await popup.locator('[data-testid="feature-status"] .status-badge').textContent()).toMatch(
        /^(规划|在建|已完成|超额完成|基本完成|未完成|现状)$/,
      );
      expect(await popup.locator('[data-testid="feature-status"]').textContent()).toMatch(/截至 \d{4}-\d{2}-\d{2}/);
      expect(await popup.locator('[data-testid="feature-status-source"]').textContent()).toMatch(/状态来源：.+/);
      expect(await popup.locator('[data-testid="feature-accuracy"]').textContent()).toMatch(/几何精度：/);
      expect(await popup.locator(`[data-testid="plan-link"][data-plan-ref="${c.ref}"]`).count()).toBe(1);
      if (c.measure) expect(await popup.locator('[data-testid="feature-measures"]').textContent()).toContain(c.measure);
      expect(await isFullyOnScreen(page, '.maplibregl-popup')).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('from a feature into the plan text and back', () => {
  it('the plan link opens the cited passage, highlighted and in view', async () => {
    const { page, popup } = await openFeature(s, 'green-island-park');
    await popup.locator('[data-testid="plan-link"][data-plan-ref="t5-r7"]').click();
    const panel = page.locator('[data-testid="plan-panel"]');
    await panel.waitFor();
    const row = panel.locator('[data-plan-id="t5-r7"]');
    await expect.poll(() => row.getAttribute('class')).toContain('is-target');
    const mark = row.locator('mark[data-testid="plan-quote"]').first();
    expect(await mark.textContent()).toContain('林丰路');
    // Once the smooth scroll has ended (its time varies with the machine's load) the mark lies inside
    // the panel's visible body.
    const inView = () =>
      page.evaluate(() => {
        const body = document.querySelector('.plan-panel__body')?.getBoundingClientRect();
        const m = document.querySelector('[data-plan-id="t5-r7"] mark')?.getBoundingClientRect();
        return !!body && !!m && m.top >= body.top && m.bottom <= body.bottom && m.height > 0;
      });
    await expect.poll(inView, { timeout: 10_000 }).toBe(true);
    expect(new URL(page.url()).searchParams.get('plan')).toBe('t5-r7');
    await screenshot(page, '03-plan-passage-t5-r7');
    // The state survives a reload.
    await page.reload();
    await page.locator('[data-testid="plan-panel"] [data-plan-id="t5-r7"].is-target').waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="feature-popup"][data-feature-id="green-island-park"]').waitFor({ timeout: 20_000 });
    await page.close();
  });

  it('a section lists its features and each button flies the map there', async () => {
    const { page } = await openPage(s, '?plan=s14');
    const section = page.locator('[data-testid="plan-panel"] section[data-plan-id="s14"]');
    await expect.poll(() => section.getAttribute('class')).toContain('is-target');
    const before = await page.evaluate(() => (window as unknown as { planMap: { getZoom(): number } }).planMap.getZoom());
    await section.locator('[data-testid="plan-feature-button"][data-feature-id="residential-zone-9km2"]').click();
    await settle(page);
    await page.locator('[data-testid="feature-popup"][data-feature-id="residential-zone-9km2"]').waitFor();
    const after = await page.evaluate(() => (window as unknown as { planMap: { getZoom(): number } }).planMap.getZoom());
    expect(after).toBeGreaterThan(before);
    expect(new URL(page.url()).searchParams.get('feature')).toBe('residential-zone-9km2');
    expect(await isFullyOnScreen(page, '.maplibregl-popup')).toBe(true);
    await screenshot(page, '04-section-to-feature');
    await page.close();
  });

  it('the plan panel can be browsed from its table of contents', async () => {
    const { page } = await openPage(s);
    await page.locator('[data-testid="open-plan"]').click();
    const toc = page.locator('[data-testid="plan-toc"]');
    await toc.waitFor();
    await toc.getByRole('button', { name: '展开五、打造文化教育强区' }).click();
    await toc.getByRole('button', { name: /表8 优化教育布局实施项目表/ }).click();
    await page.locator('[data-testid="plan-panel"] figure[data-plan-id="t8"].is-target').waitFor();
    expect(new URL(page.url()).searchParams.get('plan')).toBe('t8');
    await screenshot(page, '05-plan-toc-t8');
    await page.close();
  });
});

describe('clicking and keyboard', () => {
  it('clicking a feature on the map opens its popup', async () => {
    const { page } = await openFeature(s, 'green-island-park');
    // Close it, then click the park's anchor on the canvas.
    await page.locator('.maplibregl-popup-close-button').click();
    await expect.poll(() => page.locator('[data-testid="feature-popup"]').count()).toBe(0);
    const pt = await page.evaluate(() => {
      const m = (window as unknown as {
        planMap: {
          queryRenderedFeatures(o: object): { properties: { id: string } }[];
          project(ll: [number, number]): { x: number; y: number };
          getCanvas(): HTMLCanvasElement;
        };
      }).planMap;
      const r = m.getCanvas().getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    // The park was flown to with room above for the popup: its anchor is near the centre.
    await page.mouse.click(pt.x, pt.y + 100);
    await page.locator('[data-testid="feature-popup"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-testid="feature-popup"]').getAttribute('data-feature-id')).toBe('green-island-park');
    await page.close();
  });

  it('a place clicked before the interface has come opens once it has', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const { page } = await openPage(s, '', {
      waitForMap: false,
      // The interface's chunk is held back until the click is made.
      before: (p) => p.route(/\/mountApp-[^/]*\.js$/, async (route) => (await held, route.continue())),
    });
    await page.locator('[data-testid="map"][data-map-idle="true"]').waitFor({ timeout: MAP_TIMEOUT_MS });
    expect(await page.locator('[data-testid="skip-to-list"]').count(), 'the interface before its chunk').toBe(0);
    // A pixel where the park is the only place under the pointer (the district and sub-districts aside).
    const pt = await page.evaluate(() => {
      type F = { properties: { id?: string } };
      const m = (window as unknown as { planMap: { queryRenderedFeatures(p: [number, number]): F[]; getCanvas(): HTMLCanvasElement } }).planMap;
      const r = m.getCanvas().getBoundingClientRect();
      for (let y = 10; y < r.height; y += 6) {
        for (let x = 10; x < r.width; x += 6) {
          const ids = new Set(m.queryRenderedFeatures([x, y]).map((f) => f.properties.id).filter((id) => id && id !== 'xinglongtai-district' && !id.startsWith('subdistrict')));
          if (ids.size === 1 && ids.has('green-island-park')) return { x: r.left + x, y: r.top + y };
        }
      }
      return null;
    });
    expect(pt, 'a pixel of the park alone').not.toBeNull();
    await page.mouse.click(pt!.x, pt!.y);
    release();
    await page.locator('[data-testid="feature-popup"]').waitFor({ timeout: MAP_TIMEOUT_MS });
    expect(await page.locator('[data-testid="feature-popup"]').getAttribute('data-feature-id')).toBe('green-island-park');
    await screenshot(page, '02-clicked-before-interface');
    await page.close();
  });

  it('a place can be reached with Tab and opened with Enter', async () => {
    const { page } = await openPage(s);
    await page.locator('.legend__layer[data-layer-id="parks"] summary').click();
    const button = page.locator('[data-testid="legend-feature"][data-feature-id="green-island-park"]');
    await button.focus();
    await page.keyboard.press('Enter');
    await settle(page);
    await page.locator('[data-testid="feature-popup"][data-feature-id="green-island-park"]').waitFor();
    await page.close();
  });
});

describe('links with unknown values', () => {
  it('are ignored with a quiet notice, never an error', async () => {
    const { page, errors } = await openPage(s, '?feature=no-such-place&plan=s99');
    const notices = await page.locator('[data-testid="notices"]').textContent();
    expect(notices).toContain('no-such-place');
    expect(notices).toContain('s99');
    expect(await page.locator('[data-testid="feature-popup"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
