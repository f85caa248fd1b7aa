/**
 * The shader program MapLibre would link for a style layer, computed from its paint as MapLibre does
 * (ProgramConfiguration: per paint property that can be data-driven, `u_` for a constant or zoom-only
 * value, `a_` for a per-feature one, `z_` for one per feature and zoom), without a browser: the unit
 * tests' check that the style builders write each layer type one way (src/map/style/programs.ts).
 * The browser test (tests/e2e/viewer.e2e.ts) reads the real program cache.
 */
import { createPropertyExpression, isExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';

type PropertySpec = { 'property-type'?: string };
const spec = latest as unknown as Record<string, Record<string, PropertySpec>>;

/** The program's name: a dashed line is MapLibre's `lineSDF`, labels are `symbolSDF`; null for a type not counted here. */
function programName(l: LayerSpecification): string | null {
  const paint = ('paint' in l ? l.paint : undefined) as Record<string, unknown> | undefined;
  if (l.type === 'line') return paint?.['line-dasharray'] !== undefined ? 'lineSDF' : 'line';
  if (l.type === 'symbol') return 'symbolSDF';
  return l.type === 'fill' || l.type === 'circle' ? l.type : null;
}

function binding(type: string, property: string, value: unknown): 'u' | 'a' | 'z' {
  // A plain value (a number, a colour, a dash array) is a constant.
  if (!isExpression(value) || (value as unknown[])[0] === 'literal') return 'u';
  const e = createPropertyExpression(value, `paint.${property}`, spec[`paint_${type}`]![property] as never);
  if (e.result !== 'success') throw new Error(`${type} ${property}: ${JSON.stringify(e.value)}`);
  const kind = e.value.kind;
  return kind === 'source' ? 'a' : kind === 'composite' ? 'z' : 'u';
}

/** `name/u_…/a_…` for a fill, line, circle or symbol layer (its text paint), as MapLibre keys its program; null otherwise. */
export function programKey(l: LayerSpecification): string | null {
  const name = programName(l);
  if (!name) return null;
  const paint = (('paint' in l ? l.paint : undefined) ?? {}) as Record<string, unknown>;
  const keys: string[] = [];
  for (const [property, s] of Object.entries(spec[`paint_${l.type}`] ?? {})) {
    if (s['property-type'] !== 'data-driven' && s['property-type'] !== 'cross-faded-data-driven') continue;
    if (l.type === 'symbol' && !property.startsWith('text-')) continue;
    // An absent fill outline colour is the fill colour (MapLibre's FillStyleLayer).
    const value = property === 'fill-outline-color' && paint[property] === undefined ? paint['fill-color'] : paint[property];
    keys.push(`/${binding(l.type, property, value)}_${property}`);
  }
  return name + keys.sort().join('');
}

/** Each program's name with the keys of its variants among `layers`, and the layers of each. */
export function programVariants(layers: readonly LayerSpecification[]): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  for (const l of layers) {
    const key = programKey(l);
    if (!key) continue;
    const name = key.split('/')[0]!;
    const variants = out.get(name) ?? new Map<string, string[]>();
    variants.set(key, [...(variants.get(key) ?? []), l.id]);
    out.set(name, variants);
  }
  return out;
}

/** The program names that have more than one variant among `layers`, each with its variants' layers (for a failure's message). */
export function programsWithVariants(layers: readonly LayerSpecification[]): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  for (const [name, variants] of programVariants(layers)) if (variants.size > 1) out[name] = Object.fromEntries(variants);
  return out;
}
