import type { LazyMessages } from '../catalogue.ts';

export const nearby: LazyMessages['nearby'] = {
  title: 'Planned near here',
  intro: 'Tap a point on the map, or use your location, to list the plan items within 1 km, nearest first.',
  picking: 'Tap a point on the map.',
  pickOnMap: 'Pick on the map',
  pickAgain: 'Pick another point',
  cancelPick: 'Cancel',
  useLocation: 'Use my location',
  useCentre: 'Use the map centre',
  locating: 'Finding your location…',
  denied: 'Your location was not allowed. Allow it in the browser’s site settings, or tap a point on the map.',
  unavailable: 'Your location could not be found. Try again later, or tap a point on the map.',
  timeout: 'Finding your location took too long. Try again, or tap a point on the map.',
  unsupported: 'This browser cannot give a location (it needs HTTPS). Tap a point on the map.',
  from: { map: 'Around the point you picked', location: 'Around your location', centre: 'Around the map centre' },
  count: (n: number) => (n === 1 ? '1 plan item within 1 km:' : `${n} plan items within 1 km:`),
  none: 'No plan items within 1 km (under the current filters and layers).',
  nearest: 'The nearest:',
  inside: 'inside',
  listLabel: 'Plan items nearby, nearest first',
  note: 'Straight-line distance; areas are measured to their edge, 0 m inside. The district and sub-district outlines are left out.',
  subdistrictIn: (name) => `Sub-district: ${name}`,
  subdistrictOutside: 'Sub-district: outside every loaded sub-district boundary',
  noSubdistricts:
    'No sub-district boundaries are loaded: the sub-districts are known only by name and seat point (no boundary is public), so nothing is grouped by sub-district. To load boundaries: npm run data:import -- <file> --layer subdistricts --match <name field> --accuracy … --source …, then npm run data:apply.',
};
