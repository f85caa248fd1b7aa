import type { LazyMessages } from '../catalogue.ts';

export const panels: LazyMessages['panels'] = {
  states: {
    mapped: 'Mapped',
    'district-wide': 'District-wide',
    policy: 'Policy',
    indicator: 'Indicator',
    unplaceable: 'Place unknown',
    missing: 'Missing',
  },
  listTitle: 'Feature list',
  listCount: (n) => `${n} features under the current filters; click a row to see it on the map.`,
  cols: { name: 'Name', layer: 'Layer', status: 'Status', asOf: 'As of', subdistrict: 'Sub-district', measure: 'Area / length' },
  coverageTitle: 'Plan coverage check',
  coverageSummary: (c) =>
    `${c.items} plan items; of the ${c.placeable} that have a place, ${c.mapped} are mapped (${c.pct}%); ${c.districtWide} district-wide items, ${c.policy} policies and ${c.indicator} indicators have no single place.`,
  checkOk: 'Check passed: every reference is valid, and the plan’s areas and lengths match the map’s (within tolerance).',
  checkFailed: (n) => `The check found ${n} problem${n === 1 ? '' : 's'}.`,
  show: 'Show: ',
  all: 'All',
  counted: (word, n) => `${word} (${n})`,
  coverageCols: { ref: 'Plan reference', item: 'Item', state: 'State', measures: 'Area / length check' },
  tolerance: (diff, tol, widened) => `(${diff}%, tolerance ±${tol}%${widened ? ', widened for schematic geometry' : ''})`,
  districtWideTitle: 'District-wide items',
  districtWideIntro:
    'These plan items have no single place: they cover the whole district or many unnamed places, or they are policies and indicators. The map draws no point for them, so as not to mislead.',
  toc: 'Contents',
  tocLabel: 'Plan contents',
  pager: 'Chapters',
  appendix: 'Appendix table',
  expand: (label) => `Expand ${label}`,
  placesN: (n) => `${n} place${n === 1 ? '' : 's'}`,
  mapCol: 'Map',
  showOnMap: (name) => `Show on the map: ${name}`,
  sectionPlaces: 'Places of this section on the map',
  sectionItems: 'Plan items of this section',
};
