import { describe, expect, it } from 'vitest';
import { popupAnchorOf, popupRoomPx } from './placeCamera.ts';
import { selectionCamera } from './cameraPadding.ts';

describe('opening a place from a list', () => {
  it('points the popup at the top of an area (it opens upwards, above the place) and at a point itself', () => {
    const square = { type: 'Polygon' as const, coordinates: [[[122, 41], [122.02, 41], [122.02, 41.01], [122, 41.01], [122, 41]]] };
    const [lng, lat] = popupAnchorOf(square);
    expect(lng).toBeCloseTo(122.01, 9);
    expect(lat).toBe(41.01);
    expect(popupAnchorOf({ type: 'Point', coordinates: [122.05, 41.1] })).toEqual([122.05, 41.1]);
  });

  it('leaves room above the place for the popup as tall as it is, within the map', () => {
    const screen = { sheet: false, coveredPx: 0, canvasWidthPx: 1440, canvasHeightPx: 850 };
    const area = [121.9, 41.1, 122, 41.2] as const;
    expect(selectionCamera([...area], [121.95, 41.2], { ...screen, popupPx: 420 })).toMatchObject({ kind: 'fit', padding: { top: 460, bottom: 80 } });
    // A popup taller than the map can give keeps at least 200 px for the place.
    expect(selectionCamera([...area], [121.95, 41.2], { ...screen, popupPx: 2000 })).toMatchObject({ padding: { top: 650 } });
    expect(popupRoomPx(900)).toBe(454);
    // A point sits below the middle by half the popup, so the popup above it stays on screen.
    expect(selectionCamera([122, 41, 122, 41], [122, 41], { ...screen, popupPx: 400 })).toMatchObject({ kind: 'fly', offset: [0, 220] });
  });
});
