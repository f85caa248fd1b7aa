import { describe, expect, it } from 'vitest';
import { epsgGk3ByMeridian, epsgGk3Zoned, epsgGk6ByMeridian, epsgGk6Zoned, guessCoordinates } from './gaussKruger.ts';

const PANJIN_LON = 122;

describe('recognising coordinates by their numbers', () => {
  it('names the EPSG codes of CGCS2000 Gauss–Krüger around Panjin', () => {
    expect([epsgGk3Zoned(41), epsgGk3ByMeridian(123), epsgGk6Zoned(21), epsgGk6ByMeridian(123)]).toEqual([4529, 4550, 4499, 4510]);
    expect([epsgGk3Zoned(24), epsgGk3Zoned(46), epsgGk6Zoned(24), epsgGk3ByMeridian(124)]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('tells degrees, swapped degrees, zoned and unzoned eastings apart', () => {
    expect(guessCoordinates([121.9, 41.0, 122.2, 41.3], PANJIN_LON).kind).toBe('lonlat');
    expect(guessCoordinates([41.0, 121.9, 41.3, 122.2], PANJIN_LON).kind).toBe('latlon-swapped');
    expect(guessCoordinates([41_415_006, 4_553_000, 41_430_000, 4_560_000], PANJIN_LON)).toMatchObject({ kind: 'gk-zoned', zone: 41, zoneWidthDeg: 3, epsg: 4529 });
    expect(guessCoordinates([21_415_006, 4_553_000, 21_430_000, 4_560_000], PANJIN_LON)).toMatchObject({ kind: 'gk-zoned', zone: 21, zoneWidthDeg: 6, epsg: 4499 });
    expect(guessCoordinates([415_006, 4_553_000, 430_000, 4_560_000], PANJIN_LON)).toMatchObject({ kind: 'gk-unzoned', epsg3: 4550, epsg6: 4510 });
    expect(guessCoordinates([3_000, 2_000, 4_000, 3_000], PANJIN_LON).kind).toBe('unknown');
  });
});
