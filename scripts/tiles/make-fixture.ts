/**
 * Regenerates the small tile fixture the browser test reads (tests/fixtures/tiles/): 150 synthetic
 * parcels in the district, cut by GDAL into a `{z}/{x}/{y}.pbf` tree and packed into a PMTiles
 * archive. Needs ogr2ogr (gdal-bin).
 *
 *     tsx scripts/tiles/make-fixture.ts
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { featureCollectionText, polygonFeatures } from '../bench/synthetic.ts';
import { geojsonToTiles } from './geojson-to-tiles.ts';
import { treeToPmtiles } from './tree-to-pmtiles.ts';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../../tests/fixtures/tiles');

const dir = FIXTURE_DIR;
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const input = resolve(dir, 'parcels.geojson');
writeFileSync(input, featureCollectionText(polygonFeatures(150, 7)));
const r = geojsonToTiles({ input, outDir: resolve(dir, 'parcels'), layer: 'parcels', minzoom: 9, maxzoom: 12 });
const p = treeToPmtiles(resolve(dir, 'parcels'), resolve(dir, 'parcels.pmtiles'));
console.log(`${dir}: ${r.tiles} tiles (${(r.bytes / 1024).toFixed(0)} KB), bounds ${JSON.stringify(r.bounds)}; parcels.pmtiles ${(p.bytes / 1024).toFixed(0)} KB`);
