import { describe, expect, it } from 'vitest';
import {
  composeMapPng,
  fitText,
  layoutMapSheet,
  type ComposeOptions,
  type Ctx2D,
  type MeasureText,
  type SheetCanvas,
} from './composeMapPng.ts';
import { readPngDpi } from '../../../tests/support/png.ts';

/** Text width as 0.6 × font size per character: enough for layout arithmetic. */
const measure: MeasureText = (text, font) => [...text].length * 0.6 * Number(/(\d+)px/.exec(font)?.[1] ?? 10);

const base = (over: Partial<ComposeOptions> = {}): ComposeOptions => ({
  mapCanvas: { width: 2000, height: 1200 } as unknown as ComposeOptions['mapCanvas'],
  title: '兴隆台区“十四五”规划纲要 · 学校与幼儿园',
  subtitle: '生活圈 5/10/15 分钟（直线距离近似）',
  legend: [
    { label: '幼儿园', color: '#e4572e', style: 'point' },
    { label: '15 分钟生活圈', color: '#17bebb', style: 'fill' },
    { label: '街道（示意）', color: '#555', style: 'hollow' },
    { label: '道路工程', color: '#333', style: 'dashed' },
  ],
  scaleBar: { meters: 1000, pixels: 200, label: '1 km' },
  northArrowBearingDeg: 30,
  date: '2025-03-04',
  attribution: '© 兴隆台区规划地图 · 底图：项目自绘（示意）',
  pixelRatio: 2,
  ...over,
});

const inside = (r: { x: number; y: number; w: number; h: number }, o: { x: number; y: number; w: number; h: number }) =>
  r.x >= o.x - 1e-6 && r.y >= o.y - 1e-6 && r.x + r.w <= o.x + o.w + 1e-6 && r.y + r.h <= o.y + o.h + 1e-6;

describe('map sheet layout', () => {
  it('on A4 at 300 dpi the sheet is 3508 × 2480 (landscape for a wide map), everything inside it', () => {
    const l = layoutMapSheet(base({ paper: 'A4', dpi: 300 }), measure);
    expect([l.width, l.height]).toEqual([3508, 2480]);
    expect(l.dpi).toBe(300);
    expect(l.unit).toBeCloseTo(300 / 96, 6);
    const sheet = { x: 0, y: 0, w: l.width, h: l.height };
    expect(inside(l.frame, sheet)).toBe(true);
    expect(inside(l.scaleBar.box, l.frame)).toBe(true);
    expect(l.legend && inside(l.legend.box, l.frame)).toBe(true);
    expect(l.title.y).toBeLessThan(l.frame.y);
    expect(l.footer.y).toBeGreaterThan(l.frame.y + l.frame.h);
  });

  it('portrait and A3 follow the option; without paper the sheet is the map plus its frame', () => {
    expect(layoutMapSheet(base({ paper: 'A3', dpi: 150, orientation: 'portrait' }), measure)).toMatchObject({ width: 1754, height: 2480 });
    const l = layoutMapSheet(base(), measure);
    expect(l.dpi).toBeNull();
    expect(l.mapScale).toBeCloseTo(1, 6);
    expect(l.frame.w).toBeCloseTo(2000, 0);
    expect(l.frame.h).toBeCloseTo(1200, 0);
  });

  it('cover fills the frame keeping the aspect; contain shows the whole map', () => {
    const c = layoutMapSheet(base({ paper: 'A4', dpi: 150, orientation: 'portrait' }), measure);
    expect(c.mapDest).toEqual(c.frame);
    expect(c.mapSource.w / c.mapSource.h).toBeCloseTo(c.frame.w / c.frame.h, 6);
    expect(c.mapSource.h).toBeCloseTo(1200, 6);
    const k = layoutMapSheet(base({ paper: 'A4', dpi: 150, orientation: 'portrait', fit: 'contain' }), measure);
    expect(k.mapSource).toEqual({ x: 0, y: 0, w: 2000, h: 1200 });
    expect(k.mapDest.w).toBeCloseTo(k.frame.w, 6);
    expect(k.mapDest.w / k.mapDest.h).toBeCloseTo(2000 / 1200, 6);
  });

  it('the scale bar keeps the map scale: bar pixels / sheet scale = metres / map pixels', () => {
    const l = layoutMapSheet(base(), measure);
    expect(l.scaleBar.barW).toBeCloseTo(200 * l.mapScale, 6);
    expect(l.scaleBar.label).toBe('1 km');
    // A bar too long for the sheet is replaced by a round one at the same scale.
    const long = layoutMapSheet(base({ scaleBar: { meters: 10_000, pixels: 1900, label: '10 km' } }), measure);
    const metersPerSheetPx = 10_000 / (1900 * long.mapScale);
    expect(long.scaleBar.barW * metersPerSheetPx).toBeCloseTo(Number.parseFloat(long.scaleBar.label) * (long.scaleBar.label.endsWith('km') ? 1000 : 1), 3);
    expect(long.scaleBar.barW).toBeLessThanOrEqual(240 * long.unit);
  });

  it('the north arrow turns against the bearing', () => {
    expect(layoutMapSheet(base({ northArrowBearingDeg: 30 }), measure).north.rotationRad).toBeCloseTo((-30 * Math.PI) / 180, 9);
    expect(layoutMapSheet(base({ northArrowBearingDeg: 0 }), measure).north.rotationRad).toBeCloseTo(0, 9);
  });

  it('long texts are cut with an ellipsis to fit', () => {
    expect(fitText('abcdefghij', 100, '10px x', measure)).toBe('abcdefghij');
    const cut = fitText('abcdefghij'.repeat(10), 60, '10px x', measure);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut, '10px x')).toBeLessThanOrEqual(60);
    const l = layoutMapSheet(base({ attribution: '很长的署名'.repeat(200) }), measure);
    expect(l.footer.attribution.text.endsWith('…')).toBe(true);
  });

  it('refuses an empty map image', () => {
    expect(() => layoutMapSheet(base({ mapCanvas: { width: 0, height: 0 } as never }), measure)).toThrow(/empty/);
  });
});

/** A 2D context that records what is drawn. */
function recordingCanvas(width: number, height: number, log: string[]): SheetCanvas & { toBlob(cb: (b: Blob | null) => void): void } {
  const ctx = new Proxy(
    { font: '10px x' } as Record<string, unknown>,
    {
      get(target, prop) {
        if (prop in target) return target[prop as string];
        if (prop === 'measureText') return (t: string) => ({ width: measure(t, String(target.font)) });
        return (...args: unknown[]) => log.push(`${String(prop)}(${args.map((a) => (typeof a === 'object' ? 'obj' : String(a))).join(',')})`);
      },
      set(target, prop, value) {
        target[prop as string] = value;
        return true;
      },
    },
  ) as unknown as Ctx2D;
  return {
    width,
    height,
    getContext: () => ctx,
    toBlob(cb) {
      // A PNG signature + IHDR + IEND is all the pHYs writer needs.
      const chunk = (type: string, data: number[]) => [0, 0, 0, data.length, ...[...type].map((c) => c.charCodeAt(0)), ...data, 0, 0, 0, 0];
      cb(new Blob([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, ...chunk('IHDR', new Array<number>(13).fill(0)), ...chunk('IEND', [])])], { type: 'image/png' }));
    },
  };
}

describe('composeMapPng (with a recording canvas)', () => {
  it('draws the map, title, legend, scale bar, north arrow, date and attribution, all as text calls', async () => {
    const log: string[] = [];
    const sizes: [number, number][] = [];
    const blob = await composeMapPng(
      base({
        paper: 'A4',
        dpi: 300,
        createCanvas: (w, h) => {
          sizes.push([w, h]);
          return recordingCanvas(w, h, log);
        },
      }),
    );
    expect(sizes.at(-1)).toEqual([3508, 2480]);
    expect(blob.type).toBe('image/png');
    expect(readPngDpi(new Uint8Array(await blob.arrayBuffer()))).toBe(300);
    const text = log.filter((c) => c.startsWith('fillText(')).join('\n');
    expect(text).toContain('兴隆台区“十四五”规划纲要 · 学校与幼儿园');
    expect(text).toContain('幼儿园');
    expect(text).toContain('1 km');
    expect(text).toContain('fillText(N,');
    expect(text).toContain('2025-03-04');
    expect(text).toContain('底图：项目自绘');
    expect(log.some((c) => c.startsWith('drawImage(obj,'))).toBe(true);
    expect(log).toContain(`rotate(${(-30 * Math.PI) / 180})`);
  });

  it('without paper: no dpi written, sheet sized from the map', async () => {
    const blob = await composeMapPng(base({ createCanvas: (w, h) => recordingCanvas(w, h, []) }));
    expect(readPngDpi(new Uint8Array(await blob.arrayBuffer()))).toBeNull();
  });
});
