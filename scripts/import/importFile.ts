/**
 * The import pipeline: open the file with GDAL, read the numbers as they are written to recognise the
 * usual mistakes (projected coordinates without a CRS, swapped longitude/latitude, an empty layer),
 * repair invalid geometry with GDAL's make-valid and say so, convert to WGS-84 (GCJ-02 and BD-09 with
 * gcoord), and refuse a result that lands far from the district. Returns the features or throws an
 * ImportError whose message says what to do; nothing is written here.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as turf from '@turf/turf';
import gcoord from 'gcoord';
import { bboxOfGeometries, guessCoordinates } from '../../src/core/crs/gaussKruger.ts';
import type { CrsOption, ImportArgs } from './args.ts';
import { ImportError, layersOf, toGeoJson, type LayerInfo } from './gdal.ts';
import { prepareSource } from './source.ts';

export interface ImportedFeature {
  type: 'Feature';
  geometry: GeoJSON.Geometry;
  properties: Record<string, unknown>;
}

export interface ImportResult {
  features: ImportedFeature[];
  /** Which coordinate system was used and why, in words for the summary. */
  crsUsed: string;
  /** Things the planner should know that did not stop the import (repairs, other layers). */
  notes: string[];
  sourceLayer: string;
}

/** Where the district is: its outline's bounding box, from the committed geo/district.geojson. */
export interface DistrictFrame {
  bbox: [number, number, number, number];
  centreLon: number;
}

export function districtFrame(districtGeoJsonText: string): DistrictFrame {
  const fc = JSON.parse(districtGeoJsonText) as GeoJSON.FeatureCollection;
  const bbox = turf.bbox(fc) as [number, number, number, number];
  return { bbox, centreLon: (bbox[0] + bbox[2]) / 2 };
}

const crsName = (c: CrsOption) => (c.kind === 'epsg' ? `EPSG:${c.code}` : c.kind === 'gcj02' ? 'GCJ-02' : 'BD-09');

function readCollection(file: string): ImportedFeature[] {
  const fc = JSON.parse(readFileSync(file, 'utf8')) as { features?: ImportedFeature[] };
  return (fc.features ?? []).map((f) => ({ type: 'Feature', geometry: f.geometry, properties: f.properties ?? {} }));
}

/** Which features have geometry GEOS would call invalid, by the checks turf can make cheaply. */
function invalidGeometries(features: readonly ImportedFeature[]): string[] {
  const out: string[] = [];
  features.forEach((f, i) => {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return;
    const label = `#${i + 1}${typeof f.properties.name === 'string' ? ` (${f.properties.name})` : ''}`;
    try {
      if (turf.kinks(g as GeoJSON.Polygon).features.length > 0) out.push(`${label}: self-intersecting ring`);
    } catch {
      out.push(`${label}: unreadable ring`);
    }
  });
  return out;
}

function shiftDatum(features: ImportedFeature[], from: 'gcj02' | 'bd09'): void {
  const crs = from === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
  for (const f of features) if (f.geometry) gcoord.transform(f.geometry as Parameters<typeof gcoord.transform>[0], crs, gcoord.WGS84);
}

/** 7 decimals (about 1 cm), as RFC 7946 GeoJSON written by GDAL here: gcoord leaves 15. */
function roundPositions(features: ImportedFeature[]): void {
  const round = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? (c as number[]).map((v) => Math.round(v * 1e7) / 1e7) : (c as unknown[]).map(round));
  const walk = (g: GeoJSON.Geometry): void => {
    if (g.type === 'GeometryCollection') g.geometries.forEach(walk);
    else (g as { coordinates: unknown }).coordinates = round(g.coordinates);
  };
  for (const f of features) if (f.geometry) walk(f.geometry);
}

/** Distance in km from a position to a bounding box (0 inside). */
function kmFromBbox([lon, lat]: number[], [w, s, e, n]: readonly number[]): number {
  const nearest = [Math.min(Math.max(lon!, w!), e!), Math.min(Math.max(lat!, s!), n!)];
  return turf.distance(nearest, [lon!, lat!], { units: 'kilometers' });
}

function chooseLayer(layers: LayerInfo[], wanted: string | undefined, file: string): LayerInfo {
  if (layers.length === 0) throw new ImportError(`${basename(file)}: GDAL found no layer in it`);
  if (wanted === undefined) return layers[0]!;
  const l = layers.find((x) => x.name === wanted);
  if (!l) throw new ImportError(`${basename(file)}: no layer "${wanted}"; its layers are ${layers.map((x) => x.name).join(', ')}`);
  return l;
}

export function importFile(args: ImportArgs, district: DistrictFrame): ImportResult {
  const src = prepareSource(args.file, args);
  const work = mkdtempSync(join(tmpdir(), 'plan-map-ogr-'));
  try {
    const layers = layersOf(src.path, src.openOptions);
    const layer = chooseLayer(layers, args.sourceLayer, args.file);
    const notes: string[] = [];
    if (layers.length > 1 && args.sourceLayer === undefined) {
      notes.push(`the file has ${layers.length} layers (${layers.map((l) => l.name).join(', ')}); imported "${layer.name}" (choose with --source-layer)`);
    }
    let where: string | undefined;
    if (src.format === 'dxf' && args.cadLayers?.length) {
      where = `"Layer" IN (${args.cadLayers.map((l) => `'${l.replace(/'/g, "''")}'`).join(', ')})`;
    } else if (args.cadLayers?.length) throw new ImportError('--cad-layer is for DXF files');
    const common = { layer: layer.name, openOptions: src.openOptions, ...(where ? { where } : {}), ...(args.encoding ? { encoding: args.encoding } : {}) };

    // 1. The numbers as written, to recognise the file's coordinates before trusting any CRS.
    const rawFile = join(work, 'raw.geojson');
    toGeoJson(src.path, rawFile, { ...common, toWgs84: false });
    const raw = readCollection(rawFile);
    const withGeometry = raw.filter((f) => f.geometry);
    if (withGeometry.length === 0) {
      const cad = where ? ` on CAD layer(s) ${args.cadLayers!.join(', ')}` : '';
      throw new ImportError(`${basename(args.file)}: layer "${layer.name}" has no features with geometry${cad}${raw.length ? ` (${raw.length} rows without coordinates)` : ''}`);
    }
    const rawBbox = bboxOfGeometries(withGeometry.map((f) => f.geometry))!;
    const guess = guessCoordinates(rawBbox, district.centreLon);
    const fmt = (n: number) => Math.round(n).toLocaleString('en').replace(/,/g, ' ');

    // Degrees with the axes swapped are wrong whatever CRS names them (only a projected --crs reads other numbers).
    const projectedCrs = args.crs?.kind === 'epsg' && args.crs.code !== 4326 && args.crs.code !== 4490;
    if (guess.kind === 'latlon-swapped' && !projectedCrs) {
      throw new ImportError(
        `${basename(args.file)}: longitude and latitude look swapped (x from ${rawBbox[0].toFixed(4)} to ${rawBbox[2].toFixed(4)} reads like a latitude, y like a longitude). ` +
          (src.format === 'csv' ? 'Swap the columns with --x <longitude column> --y <latitude column>.' : 'Fix the axis order where the file was made, or export it again as longitude, latitude.'),
      );
    }

    // 2. Which CRS: the one asked for, else the file's own, else degrees if they plainly are.
    let sourceSrs: string | undefined;
    let datumShift: 'gcj02' | 'bd09' | undefined;
    let crsUsed: string;
    if (args.crs) {
      if (args.crs.kind === 'epsg') sourceSrs = `EPSG:${args.crs.code}`;
      else {
        sourceSrs = 'EPSG:4326';
        datumShift = args.crs.kind;
      }
      crsUsed = `${crsName(args.crs)} (--crs)`;
    } else if (layer.srsWkt) {
      crsUsed = `the file's own: ${/^\w+\["([^"]+)"/.exec(layer.srsWkt)?.[1] ?? 'as its .prj/metadata says'}`;
    } else if (guess.kind === 'lonlat') {
      sourceSrs = 'EPSG:4326';
      crsUsed = 'none named; the numbers are longitude/latitude, read as WGS-84/CGCS2000 (if they come from Amap or Tencent use --crs GCJ02, from Baidu --crs BD09)';
    } else if (guess.kind === 'gk-zoned') {
      throw new ImportError(
        `${basename(args.file)}: the coordinates are projected (x ≈ ${fmt(rawBbox[0])} m: a Gauss–Krüger easting with zone ${guess.zone} in front) but the file names no CRS. ` +
          `Run again with --crs EPSG:${guess.epsg} (CGCS2000 / ${guess.zoneWidthDeg}-degree Gauss-Kruger zone ${guess.zone}, central meridian ${guess.centralMeridianDeg}°E).`,
      );
    } else if (guess.kind === 'gk-unzoned') {
      throw new ImportError(
        `${basename(args.file)}: the coordinates are projected (x ≈ ${fmt(rawBbox[0])} m, y ≈ ${fmt(rawBbox[1])} m: a Gauss–Krüger easting without zone number) but the file names no CRS. ` +
          `For Panjin that is usually --crs EPSG:${guess.epsg3} (CGCS2000 / 3-degree Gauss-Kruger CM ${guess.centralMeridianDeg}E), or EPSG:${guess.epsg6} for a 6° zone; ask who made the file which one.`,
      );
    } else {
      throw new ImportError(`${basename(args.file)}: the file names no CRS and its numbers (x ${fmt(rawBbox[0])}…${fmt(rawBbox[2])}, y ${fmt(rawBbox[1])}…${fmt(rawBbox[3])}) are neither degrees nor a CGCS2000 Gauss–Krüger projection: name it with --crs EPSG:<code>`);
    }

    // 3. Invalid geometry is repaired by GEOS and reported, never silently kept or dropped.
    const invalid = invalidGeometries(withGeometry);
    if (invalid.length) notes.push(`${invalid.length} invalid geometr${invalid.length === 1 ? 'y' : 'ies'} repaired with GDAL's make-valid: ${invalid.slice(0, 5).join('; ')}${invalid.length > 5 ? ' …' : ''}`);

    const outFile = join(work, 'wgs84.geojson');
    toGeoJson(src.path, outFile, { ...common, toWgs84: true, makeValid: true, ...(sourceSrs ? { sourceSrs } : {}) });
    const features = readCollection(outFile).filter((f) => f.geometry);
    if (datumShift) shiftDatum(features, datumShift);
    roundPositions(features);

    // 4. Far from the district: nearly always a wrong CRS, zone or datum.
    const far = features
      .map((f, i) => ({ i, km: kmFromBbox(turf.centroid(f as GeoJSON.Feature).geometry.coordinates, district.bbox), name: f.properties.name }))
      .filter((x) => x.km > args.maxDistanceKm);
    if (far.length) {
      const worst = far.reduce((a, b) => (b.km > a.km ? b : a));
      throw new ImportError(
        `${basename(args.file)}: ${far.length} of ${features.length} features land more than ${args.maxDistanceKm} km from the district ` +
          `(the farthest, #${worst.i + 1}${typeof worst.name === 'string' ? ` ${worst.name}` : ''}, ${Math.round(worst.km)} km) with the CRS used (${crsUsed}). ` +
          'Check the CRS: a wrong Gauss–Krüger zone puts data hundreds of km away; GCJ-02 read as WGS-84 is about 0.5 km off (--crs GCJ02). Raise --max-distance-km if they really are that far.',
      );
    }
    return { features, crsUsed, notes, sourceLayer: layer.name };
  } finally {
    rmSync(work, { recursive: true, force: true });
    if (src.tempDir) rmSync(src.tempDir, { recursive: true, force: true });
  }
}
