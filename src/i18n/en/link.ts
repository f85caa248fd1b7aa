import type { CameraProblem, ListWhat, ShareParam } from '../../core/link/shareState.ts';
import type { Messages } from '../catalogue.ts';

const PARAMS: Record<ShareParam, string> = {
  v: 'version',
  c: 'map view',
  hide: 'hidden layers',
  op: 'layer opacity',
  status: 'status filter',
  period: 'period filter',
  theme: 'theme filter',
  sub: 'sub-district filter',
  feature: 'feature',
  plan: 'plan passage',
  panel: 'panel',
  year: 'year',
  lang: 'language',
  colour: 'colour by',
};

/** Singular and plural. */
const WHAT: Record<ListWhat, [string, string]> = {
  layer: ['layer', 'layers'],
  status: ['status', 'statuses'],
  period: ['period', 'periods'],
  theme: ['theme', 'themes'],
  subdistrict: ['sub-district', 'sub-districts'],
};

const head = (p: ShareParam) => `Link parameter ${p} (${PARAMS[p]})`;
const swapped = (s: boolean) => (s ? ' (are longitude and latitude swapped?)' : '');

function camera(w: CameraProblem): string {
  switch (w.kind) {
    case 'shape':
      return 'it should be “longitude,latitude,zoom” or “longitude,latitude,zoom,bearing,pitch”';
    case 'notNumber':
      return 'a part of it is not a number';
    case 'lat':
      return `latitude ${w.lat} is outside −90…90${swapped(w.swapped)}`;
    case 'lng':
      return `longitude ${w.lng} is outside −180…180`;
    case 'zoom':
      return `zoom ${w.zoom} is outside ${w.min}…${w.max}`;
    case 'pitch':
      return `pitch ${w.pitch} is outside 0…${w.max}`;
    case 'outside':
      return `${w.lng},${w.lat} is not near Xinglongtai District${swapped(w.swapped)}`;
  }
}

export const link: Messages['link'] = {
  notice(n) {
    switch (n.kind) {
      case 'linkTooLong':
        return `The link is too long (${n.length} characters); only its first ${n.max} characters were read`;
      case 'unreadable':
        return 'The link’s parameters could not be read; the default view is open';
      case 'badVersion':
        return `${head(n.param)}: ${n.value} is not valid; read as version ${n.version}`;
      case 'newerVersion':
        return `${head(n.param)} is ${n.version}: the link comes from a newer version; what could be understood was restored`;
      case 'badId':
        return `${head(n.param)}: ${n.value} is malformed and was ignored`;
      case 'notFound':
        return `${head(n.param)}: ${n.value} was not found and was ignored`;
      case 'tooLong':
        return `${head(n.param)} is too long (${n.length} characters) and was ignored`;
      case 'tooMany':
        return `${head(n.param)} lists too many items (${n.count}) and was ignored`;
      case 'unknownItems':
        return `${head(n.param)}: ${n.items.join(', ')}${n.count > n.items.length ? ` and others, ${n.count} in all,` : ''} ${n.count === 1 ? `is not a known ${WHAT[n.what][0]}` : `are not known ${WHAT[n.what][1]}`}; ignored`;
      case 'badCamera':
        return `${head(n.param)}: ${n.value} is not valid: ${camera(n.why)}; the default view is shown`;
      case 'badOpacity':
        return `${head(n.param)}: ${n.items.join(', ')} should be “layer:a number from 0 to 1”; ignored`;
      case 'unknownPanel':
        return `${head(n.param)}: ${n.value} is unknown and was ignored`;
      case 'badYear':
        return `${head(n.param)}: ${n.value} is not between ${n.first} and ${n.last}; ignored`;
      case 'unknownLang':
        return `${head(n.param)}: ${n.value} is unknown (zh or en); Chinese is used`;
      case 'unknownColour':
        return `${head(n.param)}: ${n.value} is unknown (kind or status); coloured by kind`;
      case 'badTourStep':
        return `The presentation step ${n.value} in the link is not a whole number from 1 to ${n.max}; ignored`;
      case 'badAutoplay':
        return `The autoplay interval ${n.value} in the link is not ${n.min}–${n.max} seconds; ignored`;
      case 'badLoop':
        return `The loop parameter ${n.value} in the link should be 0 or 1; ignored`;
    }
  },
};
