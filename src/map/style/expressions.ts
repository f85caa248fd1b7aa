import type { ExpressionSpecification } from 'maplibre-gl';
import type { LookColour, LookSize } from '../../core/layerRegistry.ts';
import type { Palette } from '../../core/palette.ts';
import { statusColourExpression } from '../statusYear.ts';

export type GeometryKind = 'polygon' | 'line' | 'point';

const TYPES: Record<GeometryKind, [string, string]> = {
  polygon: ['Polygon', 'MultiPolygon'],
  line: ['LineString', 'MultiLineString'],
  point: ['Point', 'MultiPoint'],
};

/** True for the features of one geometry kind, single or multi. */
export function geometryIs(kind: GeometryKind): ExpressionSpecification {
  return ['in', ['geometry-type'], ['literal', TYPES[kind]]];
}

/** Features whose place is only sketched (`accuracy: "schematic"`): drawn dashed or hollow. */
export const SCHEMATIC: ExpressionSpecification = ['==', ['get', 'accuracy'], 'schematic'];
export const NOT_SCHEMATIC: ExpressionSpecification = ['!=', ['get', 'accuracy'], 'schematic'];

/** A look's colour in a palette: a role's colour, or the status match expression (by the time control's year). */
export function colourOf(c: LookColour, p: Palette): string | ExpressionSpecification {
  return c === 'status' ? statusColourExpression(p) : p[c];
}

/** A look's size as a paint value: the number, or a linear interpolation over zoom. */
export function sizeOf(s: LookSize): number | ExpressionSpecification {
  return typeof s === 'number' ? s : (['interpolate', ['linear'], ['zoom'], ...s.flat()] as unknown as ExpressionSpecification);
}
