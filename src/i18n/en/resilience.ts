import type { Messages } from '../catalogue.ts';

export const resilience: Messages['resilience'] = {
  mapContextLost: 'The map cannot draw for the moment (its WebGL graphics context was lost) and is being restored. If it does not come back, reload the page.',
};
