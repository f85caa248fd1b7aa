import planText from '../seeds/000_4eb92d59acbfb362.txt?raw';
import registryText from '../geo/layers.json?raw';
import inventoryText from '../geo/inventory.json?raw';
import { loadProject } from './data/loadProject.ts';
import { checkCoverage } from './plan/coverage.ts';

// Every geo/ file is bundled; the build plugin has already checked them, the loader checks again so a
// hand-edited deployment cannot show broken data silently.
const geoFiles = import.meta.glob('../geo/*.geojson', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

export const { plan, store } = loadProject(planText, registryText, (layerId) => geoFiles[`../geo/${layerId}.geojson`]);

/** The plan–map check, the same as `npm run check:plan` prints. */
export const coverage = checkCoverage(JSON.parse(inventoryText), plan, store);
