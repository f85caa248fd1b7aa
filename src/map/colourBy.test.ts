import { describe, expect, it } from 'vitest';
import { lightPalette } from '../core/palette.ts';
import { colourPaints } from './colourBy.ts';
import { statusColourExpression } from './statusYear.ts';
import { loadTestProject } from '../../tests/support/project.ts';

const { store } = loadTestProject();
const paintOf = (paints: ReturnType<typeof colourPaints>, id: string, property: string) => paints.find(([l, p]) => l === id && p === property)?.[2];
// The status colour is the year-aware match (src/map/statusYear.ts): the status as of the time control's year.
const statusMatch = (v: unknown) => JSON.stringify(v) === JSON.stringify(statusColourExpression(lightPalette));

describe('colour by kind or status', () => {
  const byKind = colourPaints(store, lightPalette, 'kind');
  const byStatus = colourPaints(store, lightPalette, 'status');

  it('by kind, parks are green and the water works blue; their edges keep the status', () => {
    expect(paintOf(byKind, 'parks-fill', 'fill-color')).toBe(lightPalette.kind?.park);
    expect(paintOf(byKind, 'water-works-line', 'line-color')).toBe(lightPalette.kind?.water);
    expect(statusMatch(paintOf(byKind, 'parks-outline', 'line-color'))).toBe(true);
    // A known school's ring is its status, a schematic one's its kind.
    const ring = paintOf(byKind, 'schools-point', 'circle-stroke-color') as unknown[];
    expect(ring[0]).toBe('case');
    expect(ring[2]).toBe(lightPalette.kind?.school);
    expect(statusMatch(ring[3])).toBe(true);
  });

  it('by kind, a line shows its status as a casing and a hollow site as a dot at its centre', () => {
    expect(statusMatch(paintOf(byKind, 'water-works-line-status', 'line-color'))).toBe(true);
    expect(statusMatch(paintOf(byKind, 'roads-works-line-status', 'line-color'))).toBe(true);
    expect(statusMatch(paintOf(byKind, 'schools-point-status', 'circle-color'))).toBe(true);
  });

  it('by status, every plan colour is the status match (as before) and the casing and dot are not drawn', () => {
    expect(statusMatch(paintOf(byStatus, 'parks-fill', 'fill-color'))).toBe(true);
    expect(statusMatch(paintOf(byStatus, 'water-works-line', 'line-color'))).toBe(true);
    expect(paintOf(byStatus, 'water-works-line-status', 'line-color')).toBe('rgba(0,0,0,0)');
    expect(paintOf(byStatus, 'schools-point-status', 'circle-color')).toBe('rgba(0,0,0,0)');
  });

  it('the two colourings set the same properties of the same layers, so a switch leaves nothing behind', () => {
    expect(byKind.map(([id, p]) => `${id}:${p}`)).toEqual(byStatus.map(([id, p]) => `${id}:${p}`));
    expect(byKind.length).toBeGreaterThan(10);
  });

  it('layers without a kind (the district, the sub-districts) look the same in both', () => {
    for (const l of store.layers.filter((x) => x.role === 'plan' && !x.kind)) {
      expect(byKind.filter(([id]) => id.startsWith(`${l.id}-`))).toEqual(byStatus.filter(([id]) => id.startsWith(`${l.id}-`)));
    }
  });

  it('every plan layer but the frame declares a kind with a colour in the light palette', () => {
    for (const l of store.layers.filter((x) => x.role === 'plan' && x.purpose !== 'district' && x.purpose !== 'subdistricts')) {
      expect(l.kind, l.id).toBeDefined();
      expect(lightPalette.kind?.[l.kind ?? 'park']).toMatch(/^#[0-9a-f]{6}$/);
    }
  });
});
