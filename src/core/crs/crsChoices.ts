/**
 * The coordinate systems a user can name for an imported file (the import menu's list): automatic,
 * the geographic ones, the Chinese map offsets and the CGCS2000 Gauss–Krüger codes a Panjin file
 * is usually in (3° zone 41 / 6° zone 21, central meridian 123°E, with and without the zone number).
 */
import type { Crs } from './toWgs84.ts';

export const CRS_CHOICES = {
  auto: undefined,
  wgs84: { kind: 'wgs84' },
  cgcs2000: { kind: 'cgcs2000' },
  gcj02: { kind: 'gcj02' },
  bd09: { kind: 'bd09' },
  epsg4529: { kind: 'epsg', code: 4529 },
  epsg4550: { kind: 'epsg', code: 4550 },
  epsg4499: { kind: 'epsg', code: 4499 },
  epsg4510: { kind: 'epsg', code: 4510 },
} as const satisfies Record<string, Crs | undefined>;

export type CrsChoiceId = keyof typeof CRS_CHOICES;
export const CRS_CHOICE_IDS = Object.keys(CRS_CHOICES) as CrsChoiceId[];
