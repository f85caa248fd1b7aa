import type { Messages } from '../catalogue.ts';

export const a11y: Messages['a11y'] = {
  skipToList: 'Skip to the list of places',
  menu: 'Menu',
  search: 'Search',
  legend: 'Legend',
  nearby: 'Planned near here',
  closeDetails: 'Close details',
};
