import type { Messages } from '../catalogue.ts';

export const present: Messages['present'] = {
  opening: 'Opening the presentation…',
  cannotOpen: (reason) => `The presentation cannot open: ${reason}`,
  backToMap: 'Back to the map',
};
