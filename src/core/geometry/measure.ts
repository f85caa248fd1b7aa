import { area, length } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { LANG_TAG, type Lang } from '../lang.ts';

/** 1 亩 = 10000/15 m² (1 公顷 = 15 亩). */
export const M2_PER_MU = 10000 / 15;
export const M2_PER_HECTARE = 10000;

export interface ComputedMeasures {
  /** Geodesic area of the polygons, when there are any. */
  areaM2?: number;
  /** Geodesic length of the lines, when there are any. */
  lengthKm?: number;
}

function hasType(g: Geometry, types: string[]): boolean {
  if (g.type === 'GeometryCollection') return g.geometries.some((x) => hasType(x, types));
  return types.includes(g.type);
}

/** Area and length computed from the geometry with turf (WGS-84, geodesic). */
export function computeMeasures(geometry: Geometry): ComputedMeasures {
  const f: Feature = { type: 'Feature', geometry, properties: {} };
  const out: ComputedMeasures = {};
  if (hasType(geometry, ['Polygon', 'MultiPolygon'])) out.areaM2 = area(f);
  if (hasType(geometry, ['LineString', 'MultiLineString'])) out.lengthKm = length(f, { units: 'kilometers' });
  return out;
}

/** Signed difference of computed against declared, in percent of declared. */
export function diffPct(computed: number, declared: number): number {
  return ((computed - declared) / declared) * 100;
}

const nf = (digits: number, lang: Lang) => new Intl.NumberFormat(LANG_TAG[lang], { maximumFractionDigits: digits });

/** The Chinese units' names: 亩 is written "mu" in English, 公顷 "ha". */
const MU: Record<Lang, string> = { zh: '亩', en: 'mu' };
const HA: Record<Lang, string> = { zh: '公顷', en: 'ha' };

/** Area in the three units a Chinese planner reads: m², km² and 亩 (and 公顷), named in `lang`. */
export function formatArea(areaM2: number, lang: Lang = 'zh'): { m2: string; km2: string; mu: string; ha: string } {
  return {
    m2: `${nf(0, lang).format(Math.round(areaM2))} m²`,
    km2: `${nf(areaM2 >= 1e6 ? 2 : 3, lang).format(areaM2 / 1e6)} km²`,
    mu: `${nf(areaM2 / M2_PER_MU >= 100_000 ? 0 : 1, lang).format(areaM2 / M2_PER_MU)} ${MU[lang]}`,
    ha: `${nf(1, lang).format(areaM2 / M2_PER_HECTARE)} ${HA[lang]}`,
  };
}

/** A rounded (schematic) area: km² and 亩 to 2 significant figures, no trailing zeros (see figure.ts). */
export function formatAreaRounded(areaM2: number, lang: Lang = 'zh'): { km2: string; mu: string } {
  const sig = new Intl.NumberFormat(LANG_TAG[lang], { maximumSignificantDigits: 2 });
  return { km2: `${sig.format(areaM2 / 1e6)} km²`, mu: `${sig.format(areaM2 / M2_PER_MU)} ${MU[lang]}` };
}

/** A rounded (schematic) length: 2 significant figures, in km from 1 km, else m. */
export function formatLengthRounded(lengthKm: number, lang: Lang = 'zh'): string {
  const sig = new Intl.NumberFormat(LANG_TAG[lang], { maximumSignificantDigits: 2 });
  return lengthKm >= 1 ? `${sig.format(lengthKm)} km` : `${sig.format(lengthKm * 1000)} m`;
}

export function formatLength(lengthKm: number, lang: Lang = 'zh'): string {
  return lengthKm >= 1 ? `${nf(2, lang).format(lengthKm)} km` : `${nf(0, lang).format(lengthKm * 1000)} m`;
}

/** An area in every unit a Chinese planner reads, as numbers: m², km², 公顷 (ha) and 亩. */
export function areaInUnits(areaM2: number): { m2: number; km2: number; ha: number; mu: number } {
  return { m2: areaM2, km2: areaM2 / 1e6, ha: areaM2 / M2_PER_HECTARE, mu: areaM2 / M2_PER_MU };
}
