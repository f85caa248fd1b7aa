/**
 * How exact a figure computed from the map's geometry may be shown: one rule for "near here", the life
 * circles, the list and the exports. A distance, area, length or share computed from a schematic
 * position (one whose site is not known, only the part of town) is rounded coarsely and marked 示意, so
 * that nobody reads "201 m" to the metre; from surveyed or approximate geometry it is shown as before.
 *
 * - distance (m), schematic: to 100 m below 10 km, else 2 significant figures; under 50 m it reads
 *   "under 100 m" (`below`), not 0 m.
 * - area (m²), length (km), schematic: 2 significant figures.
 * - share (%), schematic: to 5 percentage points.
 *
 * Pure; words (示意 / approx.) live in src/i18n.
 */
export type FigureKind = 'distance' | 'area' | 'length' | 'share';

export interface Figure {
  /** The value to show and export (rounded when schematic). */
  value: number;
  /** True when the figure rests on schematic geometry: show it marked 示意 / approx. */
  schematic: boolean;
  /** Set when a schematic figure is too small for its rounding: show "< below" instead of 0. */
  below?: number;
}

/** True when any of the accuracies involved is schematic (unknown accuracies do not count). */
export function involvesSchematic(accuracies: Iterable<string | undefined>): boolean {
  for (const a of accuracies) if (a === 'schematic') return true;
  return false;
}

/** `x` to `n` significant figures (0 stays 0). */
export function toSignificant(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(x))) - n + 1);
  return Number((Math.round(x / step) * step).toPrecision(n));
}

const roundTo = (x: number, step: number) => Math.round(x / step) * step;

/** The figure to show for `value` of `kind` computed from geometry of the given accuracies. */
export function figureOf(value: number, kind: FigureKind, accuracies: Iterable<string | undefined>): Figure {
  if (!involvesSchematic(accuracies) || !Number.isFinite(value)) return { value, schematic: false };
  switch (kind) {
    case 'distance': {
      if (value > 0 && value < 50) return { value: 0, schematic: true, below: 100 };
      return { value: value < 10_000 ? roundTo(value, 100) : toSignificant(value, 2), schematic: true };
    }
    case 'share':
      return { value: Math.min(100, Math.max(0, roundTo(value, 5))), schematic: true };
    case 'area':
    case 'length':
      return { value: toSignificant(value, 2), schematic: true };
  }
}
