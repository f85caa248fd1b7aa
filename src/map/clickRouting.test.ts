import { describe, expect, it } from 'vitest';
import { pickTopmost, routeClick, type ClickTool } from './clickRouting.ts';
import type { MapClick } from './overlays/MapOverlay.ts';

const click: MapClick = { lngLat: [122, 41.1], point: { x: 10, y: 20 } };

describe('routeClick', () => {
  it('gives the click to the active tool and nobody else', () => {
    const got: MapClick[] = [];
    const tool: ClickTool = { click: (e) => got.push(e) };
    let overlayAsked = false;
    const overlay = { rank: 2, click: () => (overlayAsked = true) };
    expect(routeClick(tool, [overlay], click)).toBe('tool');
    expect(got).toEqual([click]);
    expect(overlayAsked).toBe(false);
  });
  it('asks the overlays from the top one down; the first that takes it wins', () => {
    const asked: number[] = [];
    const overlay = (rank: number, takes: boolean) => ({
      rank,
      click: () => {
        asked.push(rank);
        return takes;
      },
    });
    expect(routeClick(null, [overlay(0, true), overlay(3, false), overlay(2, true)], click)).toBe('overlay');
    expect(asked).toEqual([3, 2]);
  });
  it('leaves it to the plan when no overlay takes it (or has no click)', () => {
    expect(routeClick(null, [{ rank: 1 }, { rank: 2, click: () => false }], click)).toBe('plan');
  });
});

describe('pickTopmost', () => {
  const hit = (id: string, type: string, layerId = `${id}-${type}`) => ({ properties: { id }, layer: { id: layerId, type } });
  it('prefers points over lines over areas, and the district last', () => {
    const containers = { district: 'outline', subdistricts: 'parts' };
    expect(pickTopmost([hit('d', 'fill', 'outline-fill'), hit('a', 'fill'), hit('l', 'line'), hit('p', 'circle')], containers)).toBe('p');
    expect(pickTopmost([hit('d', 'fill', 'outline-fill'), hit('s', 'fill', 'parts-fill'), hit('a', 'fill')], containers)).toBe('a');
    expect(pickTopmost([hit('d', 'fill', 'outline-fill'), hit('s', 'fill', 'parts-fill')], containers)).toBe('s');
    // Without the registry's purposes nothing is a container: the topmost area wins.
    expect(pickTopmost([hit('d', 'fill', 'outline-fill'), hit('s', 'fill', 'parts-fill')])).toBe('d');
  });
  it('is null without a hit or an id', () => {
    expect(pickTopmost([])).toBeNull();
    expect(pickTopmost([{ properties: {}, layer: { id: 'x', type: 'fill' } }])).toBeNull();
  });
});
