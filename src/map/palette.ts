import type { Status } from '../data/featureSchema.ts';

/**
 * Every colour the map and the legend use. A theme is one more palette, not a second set of layers
 * (the habit of protomaps/basemaps' flavors).
 */
export interface Palette {
  background: string;
  neighbourFill: string;
  neighbourLine: string;
  districtFill: string;
  districtLine: string;
  subdistrictLine: string;
  water: string;
  road: string;
  roadCasing: string;
  label: string;
  labelHalo: string;
  selection: string;
  status: Record<Status, string>;
}

/** Status colours were chosen to stay apart for the common colour-vision deficiencies and to keep 3:1 contrast against the background. */
export const lightPalette: Palette = {
  background: '#efece4',
  neighbourFill: '#e4e0d6',
  neighbourLine: '#a39b8b',
  districtFill: '#faf8f2',
  districtLine: '#5a4632',
  subdistrictLine: '#8a7a66',
  water: '#6fa8dc',
  road: '#ffffff',
  roadCasing: '#b9b0a0',
  label: '#2b2118',
  labelHalo: '#ffffff',
  selection: '#e11d74',
  status: {
    existing: '#6b7280',
    planned: '#1d5fd1',
    'under-construction': '#c2570c',
    completed: '#15803d',
    exceeded: '#0e7490',
    'basically-completed': '#7c8a12',
    'not-completed': '#b91c1c',
  },
};
