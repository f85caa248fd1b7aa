import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureOf, involvesSchematic, toSignificant } from './figure.ts';

describe('figures from schematic geometry', () => {
  it('leaves figures from surveyed or approximate geometry as they are', () => {
    expect(figureOf(201.37, 'distance', ['surveyed'])).toEqual({ value: 201.37, schematic: false });
    expect(figureOf(1234567, 'area', ['approximate', 'surveyed'])).toEqual({ value: 1234567, schematic: false });
    expect(figureOf(37.44, 'share', [])).toEqual({ value: 37.44, schematic: false });
  });

  it('rounds a schematic distance to 100 m (2 significant figures from 10 km), and marks it', () => {
    expect(figureOf(201, 'distance', ['schematic'])).toEqual({ value: 200, schematic: true });
    expect(figureOf(951, 'distance', ['surveyed', 'schematic'])).toEqual({ value: 1000, schematic: true });
    expect(figureOf(12_345, 'distance', ['schematic']).value).toBe(12_000);
    // Inside a schematic area stays 0; a few metres reads "under 100 m", never 0.
    expect(figureOf(0, 'distance', ['schematic'])).toEqual({ value: 0, schematic: true });
    expect(figureOf(23, 'distance', ['schematic'])).toEqual({ value: 0, schematic: true, below: 100 });
    expect(figureOf(60, 'distance', ['schematic'])).toEqual({ value: 100, schematic: true });
  });

  it('gives schematic areas and lengths 2 significant figures and shares 5-point steps', () => {
    expect(figureOf(1_234_567, 'area', ['schematic']).value).toBe(1_200_000);
    expect(figureOf(8_660, 'area', ['schematic']).value).toBe(8_700);
    expect(figureOf(0.3456, 'length', ['schematic']).value).toBe(0.35);
    expect(figureOf(37.4, 'share', ['schematic']).value).toBe(35);
    expect(figureOf(98.9, 'share', ['schematic']).value).toBe(100);
  });

  it('counts only "schematic" as schematic', () => {
    expect(involvesSchematic(['surveyed', undefined, 'approximate'])).toBe(false);
    expect(involvesSchematic(new Set(['approximate', 'schematic']))).toBe(true);
  });

  it('never moves a schematic distance by more than half its step, nor a 2-figure value by more than 5%', () => {
    fc.assert(
      fc.property(fc.double({ min: 50, max: 9_999, noNaN: true }), (d) => {
        const f = figureOf(d, 'distance', ['schematic']);
        return Math.abs(f.value - d) <= 50 + 1e-9 && f.value % 100 === 0;
      }),
    );
    fc.assert(fc.property(fc.double({ min: 1e-3, max: 1e9, noNaN: true }), (x) => Math.abs(toSignificant(x, 2) - x) <= 0.05 * x + 1e-12));
  });
});
