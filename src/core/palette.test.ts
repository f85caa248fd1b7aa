import { describe, expect, it } from 'vitest';
import { darkPalette, lightPalette } from './palette.ts';

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const n = parseInt(hex.slice(1), 16);
    const [r, g, bl] = [n >> 16, (n >> 8) & 255, n & 255].map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('palette contrast (WCAG 2.2 AA)', () => {
  it('computes the known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each(Object.entries(lightPalette.status))('light %s (%s) carries white badge text at 4.5:1 and stands 3:1 off the map', (_, colour) => {
    expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colour, lightPalette.background)).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.entries(darkPalette.status))('dark %s (%s) reads as text on the dark ground at 4.5:1', (_, colour) => {
    // The presentation writes completion words in these colours (CompletionDashboard).
    expect(contrast(colour, darkPalette.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colour, darkPalette.districtFill)).toBeGreaterThanOrEqual(3);
  });

  it('labels stand out from their halos in both themes', () => {
    expect(contrast(lightPalette.label, lightPalette.labelHalo)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(darkPalette.label, darkPalette.labelHalo)).toBeGreaterThanOrEqual(4.5);
  });
});
