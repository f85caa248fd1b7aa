import type { Messages } from '../catalogue.ts';

export const legend: Messages['legend'] = {
  title: 'Legend and layers',
  expand: 'Expand the legend',
  collapse: 'Collapse the legend',
  status: 'Status',
  accuracy: 'Geometry accuracy',
  solid: 'Solid: approximated from road descriptions or public boundaries',
  dashed: 'Dashed: schematic area',
  hollow: 'Hollow point: schematic site (exact place unknown)',
  layers: 'Layers',
  opacity: 'Opacity',
  opacityOf: (layer) => `Opacity of ${layer}`,
  filters: 'Filters',
  shown: (shown, total) => `showing ${shown} / ${total}`,
  period: 'Plan period',
  periods: { '13th-plan': '13th Five-Year Plan (2016–2020)', '14th-plan': '14th Five-Year Plan (2021–2025)', context: 'Existing and base' },
  theme: 'Theme',
  sub: 'Sub-district',
  subHint: 'The sub-district filter keeps only features whose sub-district the plan names.',
  reset: 'Clear filters',
  unlocated: (n) => `No known place (${n}): no public boundary or seat point, so not on the map`,
};
