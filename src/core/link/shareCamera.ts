import type { Bounds } from '../geometry/anchor.ts';
import { MAX_PITCH, MAX_ZOOM, MIN_ZOOM, type Camera, type CameraProblem } from './shareFormat.ts';

/* The `c=` camera of a link: its checks, its rounding and its writing. */

const NUMBER = /^[-+]?\d{1,4}(\.\d{1,12})?$/;
const noNegZero = (x: number) => x + 0;
/** `x` rounded to `decimals` places as a link writes it (never −0). */
export const roundTo = (x: number, decimals: number) => noNegZero(Number(x.toFixed(decimals)));

/** Bearing in whole degrees folded into −179…180. */
function normalizeBearing(b: number): number {
  const m = ((b % 360) + 360) % 360;
  return noNegZero(m > 180 ? m - 360 : m);
}

/**
 * A `c=` value read as a camera, or why it is refused. `bounds`: cameras whose centre lies outside
 * `[west, south, east, north]` are refused.
 */
export function readCamera(v: string, bounds?: Bounds): { camera: Camera } | { problem: CameraProblem } {
  const fail = (problem: CameraProblem) => ({ problem });
  const parts = v.split(',');
  if ((parts.length !== 3 && parts.length !== 5) || v.length > 120) return fail({ kind: 'shape' });
  if (!parts.every((p) => NUMBER.test(p))) return fail({ kind: 'notNumber' });
  const [lng = 0, lat = 0, zoom = 0, bearing = 0, pitch = 0] = parts.map(Number);
  if (lat < -90 || lat > 90) return fail({ kind: 'lat', lat, swapped: lng >= -90 && lng <= 90 });
  if (lng < -180 || lng > 180) return fail({ kind: 'lng', lng });
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return fail({ kind: 'zoom', zoom, min: MIN_ZOOM, max: MAX_ZOOM });
  if (pitch < 0 || pitch > MAX_PITCH) return fail({ kind: 'pitch', pitch, max: MAX_PITCH });
  const b = bounds;
  if (b && (lng < b[0] || lng > b[2] || lat < b[1] || lat > b[3])) {
    return fail({ kind: 'outside', lng, lat, swapped: lat >= b[0] && lat <= b[2] && lng >= b[1] && lng <= b[3] });
  }
  return {
    camera: {
      lng: roundTo(lng, 5),
      lat: roundTo(lat, 5),
      zoom: roundTo(zoom, 2),
      bearing: normalizeBearing(roundTo(bearing, 0)),
      pitch: roundTo(pitch, 0),
    },
  };
}

/** `c=` value of a camera, rounded as documented; bearing and pitch only when not 0. */
export function formatCamera(c: Camera): string {
  const parts = [roundTo(c.lng, 5), roundTo(c.lat, 5), roundTo(c.zoom, 2)];
  const bearing = normalizeBearing(roundTo(c.bearing, 0));
  const pitch = roundTo(c.pitch, 0);
  if (bearing !== 0 || pitch !== 0) parts.push(bearing, pitch);
  return parts.map(String).join(',');
}

