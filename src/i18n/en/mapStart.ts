import type { LazyMessages } from '../catalogue.ts';

export const mapStart: LazyMessages['mapStart'] = {
  failed: 'The map cannot start. Check that the browser has WebGL (hardware acceleration) on, that the server sends .mjs files as JavaScript (text/javascript), and that nothing blocks the files under assets/.',
};
