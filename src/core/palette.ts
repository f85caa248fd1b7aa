import type { Status } from './featureSchema.ts';

/**
 * Every colour the map and the legend use. A theme is one more palette, not a second set of layers
 * (the habit of protomaps/basemaps' flavors).
 */
export interface Palette extends Record<PaletteRole, string> {
  status: Record<Status, string>;
  /**
   * What a place is (a plan layer's `kind` in geo/layers.json), for 着色：按类别 / Colour by kind. A
   * palette without it colours by status only (the presentation's dark one: its steps colour by status).
   */
  kind?: Record<Kind, string>;
}

/**
 * The kinds of place a plan layer may declare (`kind` in geo/layers.json): the map's colour by kind
 * (parks green, water blue …). A layer without one keeps its status colour in both colourings.
 */
export const KINDS = ['park', 'ecology', 'water', 'school', 'housing', 'renewal', 'culture', 'industry', 'road', 'health', 'cooperation'] as const;
export type Kind = (typeof KINDS)[number];

/** What the plan's places are coloured by: what they are (default) or their status (the other one is the ring or outline). */
export const COLOUR_BY = ['kind', 'status'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];
/** What a link without `colour=` opens with. */
export const DEFAULT_COLOUR_BY: ColourBy = 'kind';

/**
 * The colour roles a layer's look (geo/layers.json) may name. Every palette gives each a colour, so a
 * theme changes colours without knowing which layer uses which role.
 */
export const PALETTE_ROLES = [
  'background',
  'neighbourFill',
  'neighbourLine',
  'districtFill',
  'districtLine',
  'subdistrictLine',
  'water',
  // River names: darker than the river, to read on it.
  'waterLabel',
  'road',
  'roadCasing',
  'roadLabel',
  'label',
  'labelHalo',
  'selection',
  // The inside of hollow (schematic) points.
  'hollowPoint',
] as const;
export type PaletteRole = (typeof PALETTE_ROLES)[number];

/**
 * Status colours were chosen to stay apart for the common colour-vision deficiencies and to keep 3:1
 * contrast against the background; as a badge's background they carry white text at 4.5:1 or more
 * (WCAG 1.4.3, checked in palette.test.ts).
 */
export const lightPalette: Palette = {
  background: '#efece4',
  neighbourFill: '#e4e0d6',
  neighbourLine: '#a39b8b',
  districtFill: '#faf8f2',
  districtLine: '#5a4632',
  subdistrictLine: '#8a7a66',
  water: '#6fa8dc',
  waterLabel: '#2f6aa3',
  road: '#ffffff',
  roadCasing: '#b9b0a0',
  roadLabel: '#5b5346',
  label: '#2b2118',
  labelHalo: '#ffffff',
  selection: '#e11d74',
  hollowPoint: '#ffffff',
  status: {
    existing: '#6b7280',
    planned: '#1d5fd1',
    'under-construction': '#c2570c',
    completed: '#15803d',
    exceeded: '#0e7490',
    'basically-completed': '#6b7a10',
    'not-completed': '#b91c1c',
  },
  kind: {
    park: '#2f8f46',
    ecology: '#7a9a2e',
    water: '#1f78b4',
    school: '#7b3fa0',
    housing: '#d08a1e',
    renewal: '#9c5a2c',
    culture: '#c2185b',
    industry: '#546e7a',
    road: '#8d6e63',
    health: '#d32f2f',
    cooperation: '#00838f',
  },
};

/**
 * The same roles for large screens in a dark room (the presentation mode): a deep blue-black ground,
 * light labels, and the status colours lifted so that each keeps at least 3:1 contrast against the
 * dark background while staying apart for the common colour-vision deficiencies.
 */
export const darkPalette: Palette = {
  background: '#0d141d',
  neighbourFill: '#141d28',
  neighbourLine: '#5b6b7d',
  districtFill: '#1a2533',
  districtLine: '#b4c3d6',
  subdistrictLine: '#8c9db1',
  water: '#4d9be6',
  waterLabel: '#4d9be6',
  road: '#3b4859',
  roadCasing: '#222c38',
  roadLabel: '#8c9db1',
  label: '#eef2f7',
  labelHalo: '#0d141d',
  selection: '#ffd23f',
  hollowPoint: '#0d141d',
  status: {
    existing: '#9aa6b4',
    planned: '#62a4ff',
    'under-construction': '#ff9d4d',
    completed: '#4fcf7a',
    exceeded: '#3fd0e0',
    'basically-completed': '#cfdc45',
    'not-completed': '#ff6f6f',
  },
};
