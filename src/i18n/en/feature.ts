import type { LazyMessages } from '../catalogue.ts';

export const feature: LazyMessages['feature'] = {
  asOf: (date) => `as of ${date}`,
  source: 'Status source: ',
  noRecord: 'No record',
  noRecordBy: (year) => `no status recorded by the end of ${year}`,
  atYearEnd: (year) => ` (chosen: end of ${year})`,
  timeline: 'Status history',
  sourceShort: ' · ',
  sourcePlace: (p) => {
    const table = (t: number | null) => (t === null ? 'appendix table' : `table ${t}`);
    const where = p.kind === 'row' ? `${table(p.table)}, row ${p.row}` : p.kind === 'table' ? table(p.table) : `${p.kind} ${p.n}`;
    return `the plan, ${where} (quoted in Chinese): `;
  },
  external: 'external source',
  host: (h) => ` (${h})`,
  accuracy: 'Geometry: ',
  accuracyWhy: {
    surveyed: 'surveyed or official mapping data',
    approximate: 'drawn approximately from the roads or public boundaries the plan names, or a public seat point; may be off by several hundred metres',
    unlocated: 'no known place; not shown on the map',
    schematic: 'shows only the part of town; the exact site is unknown',
  },
  details: 'Details',
  basis: 'How it was drawn',
  basisAndNote: 'How it was drawn, and notes',
  area: 'Area',
  length: 'Length',
  capacity: 'Capacity',
  perDay: 'm³/day',
  declared: 'In the plan',
  computed: 'Measured on the map',
  schematicFigure: 'approx.',
  schematicFigureTitle: 'Measured on a schematic shape (its real outline is unknown); rounded to 2 significant figures',
  quoteBefore: 'The plan: ',
  quoteAfter: '; measured on the map with turf on the WGS-84 ellipsoid',
};
