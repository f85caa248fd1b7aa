import type { Palette } from '../../core/palette.ts';

/** The colours of the tools' overlays; a theme passes its own (MapControllerOptions.overlayPalette). */
export interface OverlayPalette {
  nearby: string;
  measure: string;
  imported: string;
  /** The ring around points and the measure's vertices. */
  halo: string;
  /** Life circles by radius (m), the nearer circle the stronger; `lifeCircleOther` for any other radius. */
  lifeCircles: readonly (readonly [radiusM: number, colour: string])[];
  lifeCircleOther: string;
}

/** Tool colours that have no role in the plan's palette. */
export interface ToolColours {
  imported: string;
  lifeCircles: readonly (readonly [radiusM: number, colour: string])[];
  lifeCircleOther: string;
}

/** The light map's tool colours: violet for a foreign file, and the life circles teal, blue, violet. */
export const LIGHT_TOOL_COLOURS: ToolColours = {
  imported: '#9333ea',
  lifeCircles: [
    [300, '#0f766e'],
    [500, '#2563eb'],
    [1000, '#7c3aed'],
  ],
  lifeCircleOther: '#7c3aed',
};

/**
 * The overlays' colours from a plan palette: the nearby circle in the planned status's blue, the
 * measurement in the selection's colour, the halos white as the labels' halo.
 */
export function overlayPaletteOf(palette: Palette, tools: ToolColours = LIGHT_TOOL_COLOURS): OverlayPalette {
  return { nearby: palette.status.planned, measure: palette.selection, halo: palette.labelHalo, ...tools };
}
