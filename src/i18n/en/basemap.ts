import type { BasemapWords } from '../../core/basemapTypes.ts';

export const basemap: BasemapWords = {
  presets: {
    embedded: 'Offline schematic base',
    osm: 'OpenStreetMap',
    'tianditu-vec': 'Tianditu · vector',
    'tianditu-img': 'Tianditu · imagery',
    style: 'Custom style',
    pmtiles: 'PMTiles basemap',
  },
  missingKey: 'not offered on this site',
  noStyleUrl: 'not offered on this site',
  noPmtilesUrl: 'not offered on this site',
  prefix: 'Basemap: ',
  embedded: 'schematic, drawn by this project (offline)',
  osm: '© OpenStreetMap contributors',
  tianditu: 'Tianditu',
  review: 'map review number: ',
  failure(label, kind, status, tianditu) {
    const http = status ? ` (HTTP ${status})` : '';
    let cause: string;
    let retries = true;
    switch (kind) {
      case 'missing-key':
        return 'Tianditu is not offered on this site: the offline schematic base stays, and the plan layers with it.';
      case 'offline':
        cause = `The network is unavailable; ${label} cannot load`;
        break;
      case 'timeout':
        cause = `${label} did not answer in time`;
        break;
      case 'refused':
        cause = tianditu ? `Tianditu refused the key${http}: check the tk, the domain whitelist and the quota` : `${label} refused access${http}`;
        break;
      case 'not-found':
        cause = `${label}’s address does not exist${http}; check the configured address`;
        break;
      case 'cors':
        cause = tianditu
          ? 'Tianditu refused the key or this site’s cross-origin request (its refusals carry no CORS header, so the browser cannot see the 418): check the tk and the domain whitelist'
          : `${label} does not allow this site to read it cross-origin (the server sends no CORS headers)`;
        break;
      case 'network':
        cause = `${label}’s server cannot be reached`;
        break;
      case 'server':
        cause = `${label}’s server failed${http}`;
        break;
      case 'no-range':
        cause = `${label}: the server does not support HTTP range requests, so the PMTiles file cannot be read`;
        retries = false;
        break;
      case 'invalid':
        cause = `${label}’s content cannot be read`;
        retries = false;
        break;
    }
    return `${cause}. The offline schematic base is shown instead and the plan layers stay${retries ? '; it retries when the network is back' : ''}.`;
  },
  layerTiles: 'Tiles of some layers could not load (no network, or the server refused); the other plan layers stay, and it retries when the network is back.',
  datum: 'A basemap changes only the background: the plan layers, the filters and the chosen place stay.',
};
