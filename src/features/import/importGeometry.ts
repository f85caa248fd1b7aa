import { kinks } from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { Bounds, ImportProblemCode } from './importTypes.ts';

/* The checks of an imported geometry that passed `checkGeometry`: where it lies, and whether its polygons cross themselves. */

/** Largest feature (in positions) checked for self-intersections. */
export const KINKS_MAX_POSITIONS = 10_000;
/** Total work allowed for the self-intersection check: Σ positions² over checked features. */
export const KINKS_BUDGET = 3e8;

/** Visits every position of a geometry without recursion; returns how many there were. */
function forEachPosition(g: Geometry, fn: (p: Position) => void): number {
  let count = 0;
  const geoms: Geometry[] = [g];
  while (geoms.length > 0) {
    const x = geoms.pop();
    if (!x) break;
    switch (x.type) {
      case 'GeometryCollection':
        // A loop, not push(...): a collection of 200,000 geometries would overflow the argument list.
        for (const g of x.geometries) geoms.push(g);
        break;
      case 'Point':
        fn(x.coordinates);
        count++;
        break;
      case 'MultiPoint':
      case 'LineString':
        for (const p of x.coordinates) fn(p);
        count += x.coordinates.length;
        break;
      case 'MultiLineString':
      case 'Polygon':
        for (const l of x.coordinates) {
          for (const p of l) fn(p);
          count += l.length;
        }
        break;
      case 'MultiPolygon':
        for (const poly of x.coordinates)
          for (const l of poly) {
            for (const p of l) fn(p);
            count += l.length;
          }
        break;
    }
  }
  return count;
}

function polygonsOf(g: Geometry): (Polygon | MultiPolygon)[] {
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return [g];
  if (g.type === 'GeometryCollection') {
    const out: (Polygon | MultiPolygon)[] = [];
    const stack = [...g.geometries];
    while (stack.length > 0) {
      const x = stack.pop();
      if (!x) break;
      if (x.type === 'Polygon' || x.type === 'MultiPolygon') out.push(x);
      else if (x.type === 'GeometryCollection') for (const y of x.geometries) stack.push(y);
    }
    return out;
  }
  return [];
}

function widen(b: Bounds, km: number): Bounds {
  const dLat = km / 111.32;
  const midLat = ((b[1] + b[3]) / 2) * (Math.PI / 180);
  const dLon = km / (111.32 * Math.max(0.1, Math.cos(midLat)));
  return [b[0] - dLon, b[1] - dLat, b[2] + dLon, b[3] + dLat];
}

const meets = (a: Bounds, b: Bounds) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

type Warn = (code: ImportProblemCode, path: string, zh: string, en: string) => void;

/**
 * The geometry checks of one file, feature by feature: the bounds of everything, the "outside the
 * district" and "swapped" warnings, and self-intersections within one budget for the whole file.
 */
export class GeometryChecks {
  private kinksBudget = KINKS_BUDGET;
  /** Polygons too large for the self-intersection check. */
  unchecked = 0;
  totalPositions = 0;
  bbox: Bounds | null = null;
  /** Whether some feature meets the district's widened box (false: all of the file is far away). */
  anyNear = false;
  private readonly wide: Bounds | null;

  constructor(
    districtBbox: Bounds | undefined,
    private readonly marginKm: number,
  ) {
    this.wide = districtBbox ? widen(districtBbox, marginKm) : null;
  }

  check(geometry: Geometry, i: number, geomPath: string, warn: Warn): void {
    const fb: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
    const count = forEachPosition(geometry, (p) => {
      const x = p[0] as number;
      const y = p[1] as number;
      if (x < fb[0]) fb[0] = x;
      if (y < fb[1]) fb[1] = y;
      if (x > fb[2]) fb[2] = x;
      if (y > fb[3]) fb[3] = y;
    });
    this.totalPositions += count;
    if (count > 0) {
      const bbox = this.bbox;
      this.bbox = bbox ? [Math.min(bbox[0], fb[0]), Math.min(bbox[1], fb[1]), Math.max(bbox[2], fb[2]), Math.max(bbox[3], fb[3])] : [...fb];
      if (this.wide && meets(fb, this.wide)) this.anyNear = true;
      else if (this.wide) {
        const swapped: Bounds = [fb[1], fb[0], fb[3], fb[2]];
        if (meets(swapped, this.wide)) {
          warn('swapped', geomPath, `要素 #${i} 不在本区附近，但经纬度对调后就在：坐标可能写成了 [纬度, 经度]`, `feature #${i} lies far from the district but would lie in it with longitude and latitude swapped: [lat, lon] written?`);
        } else {
          warn(
            'outside-district',
            geomPath,
            `要素 #${i} 位于兴隆台区周边 ${this.marginKm} km 范围之外（请核对坐标：应为 WGS-84 经纬度）`,
            `feature #${i} lies more than ${this.marginKm} km from the district (check the coordinates: WGS-84 longitude/latitude expected)`,
          );
        }
      }
    }

    for (const poly of polygonsOf(geometry)) {
      let n = 0;
      forEachPosition(poly, () => n++);
      if (n > KINKS_MAX_POSITIONS || n * n > this.kinksBudget) {
        this.unchecked++;
        continue;
      }
      this.kinksBudget -= n * n;
      const k = kinks(poly);
      const first = k.features[0]?.geometry.coordinates;
      if (first) {
        warn(
          'self-intersection',
          geomPath,
          `要素 #${i} 的面自相交（${k.features.length} 处，首处约在 [${first.map((x) => x.toFixed(6)).join(', ')}]），面积可能不准`,
          `feature #${i}: the polygon crosses itself (${k.features.length} point(s), first near [${first.map((x) => x.toFixed(6)).join(', ')}]); its area may be wrong`,
        );
      }
    }
  }
}
