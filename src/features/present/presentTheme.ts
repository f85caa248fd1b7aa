import type { CSSProperties } from 'react';
import { darkPalette } from '../../core/palette.ts';

/** The palette's colours as CSS custom properties, so the page's dark theme is the map's. */
export const PRESENT_THEME = {
  '--p-bg': darkPalette.background,
  '--p-raised': darkPalette.districtFill,
  '--p-line': darkPalette.neighbourLine,
  '--p-ink': darkPalette.label,
  '--p-muted': darkPalette.subdistrictLine,
  '--p-accent': darkPalette.selection,
  '--p-from': darkPalette.neighbourLine,
  '--p-to': darkPalette.status.planned,
  '--p-binding': darkPalette.status['not-completed'],
  '--p-expected': darkPalette.status.planned,
  '--p-warn': darkPalette.status['under-construction'],
} as CSSProperties;
