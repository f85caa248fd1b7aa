import { describe, expect, it } from 'vitest';
import { coveredBottomPx, paddingAboveCover, panAboveCoverPx, selectionCamera, type Rect } from './cameraPadding.ts';

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, width, height, right: left + width, bottom: top + height });
const canvas = rect(0, 0, 400, 800);

describe('coveredBottomPx', () => {
  it('counts the part of the map a bottom sheet hides', () => {
    expect(coveredBottomPx(canvas, rect(0, 500, 400, 300), NaN)).toBe(300);
  });
  it('counts a filling sheet by its max-height, not its height of the moment', () => {
    expect(coveredBottomPx(canvas, rect(0, 700, 400, 100), 400)).toBe(400);
  });
  it('is 0 for a sheet beside the map, above it or without width', () => {
    expect(coveredBottomPx(canvas, rect(400, 500, 300, 300), NaN)).toBe(0);
    expect(coveredBottomPx(canvas, rect(0, -100, 400, 100), NaN)).toBe(0);
    expect(coveredBottomPx(canvas, rect(0, 500, 0, 300), NaN)).toBe(0);
  });
  it('never exceeds the map', () => {
    expect(coveredBottomPx(canvas, rect(0, -50, 400, 900), NaN)).toBe(800);
  });
});

describe('panAboveCoverPx', () => {
  it('leaves an anchor in the free part alone', () => {
    expect(panAboveCoverPx(200, 800, 300)).toBe(0);
    expect(panAboveCoverPx(700, 800, 0)).toBe(0);
  });
  it('pans an anchor under the sheet to the middle of the free part', () => {
    // Free part: 500 px high, its middle at 250.
    expect(panAboveCoverPx(600, 800, 300)).toBe(350);
    expect(panAboveCoverPx(10, 800, 300)).toBe(-240);
  });
});

describe('selectionCamera', () => {
  const area = [121.9, 41.1, 122.0, 41.2] as const;
  const screen = { sheet: false, coveredPx: 0, canvasWidthPx: 1200, canvasHeightPx: 800 };
  it('fits an area with room above for the popup', () => {
    expect(selectionCamera([...area], [121.95, 41.15], screen)).toEqual({
      kind: 'fit',
      bounds: [...area],
      padding: { top: 280, bottom: 80, left: 80, right: 80 },
      maxZoom: 15,
    });
  });
  it('on a phone fits into what the sheet leaves free', () => {
    const cam = selectionCamera([...area], [121.95, 41.15], { sheet: true, coveredPx: 300, canvasWidthPx: 400, canvasHeightPx: 800 });
    expect(cam).toMatchObject({ kind: 'fit', padding: { top: 24, bottom: 324, left: 24, right: 24 } });
  });
  it('flies to a point, or when the map is too small for the padding', () => {
    expect(selectionCamera([122, 41, 122, 41], [122, 41], screen)).toEqual({ kind: 'fly', center: [122, 41], minZoom: 14, offset: [0, 100] });
    expect(selectionCamera([...area], [121.95, 41.15], { ...screen, canvasHeightPx: 400 })).toMatchObject({ kind: 'fly' });
    expect(selectionCamera([...area], [121.95, 41.15], { sheet: true, coveredPx: 700, canvasWidthPx: 400, canvasHeightPx: 800 })).toMatchObject({
      kind: 'fly',
      offset: [0, -350],
    });
  });
  it('pads bounds above a cover', () => {
    expect(paddingAboveCover(100)).toEqual({ top: 24, left: 24, right: 24, bottom: 124 });
  });
});
