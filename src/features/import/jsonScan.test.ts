import { describe, expect, it } from 'vitest';
import { excerptAt, formatPath, makeLocator } from './jsonScan.ts';
import { utf8Length } from './importLimits.ts';

describe('scanner helpers', () => {
  it('formats paths', () => {
    expect(formatPath(['features', 3, 'geometry', 'coordinates', 0, 2])).toBe('features[3].geometry.coordinates[0][2]');
    expect(formatPath(['properties', 'a b'])).toBe('properties["a b"]');
    expect(formatPath([])).toBe('');
  });
  it('locates offsets as line and column, forwards and back', () => {
    const t = 'ab\ncd\n\nef';
    const at = makeLocator(t);
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(4)).toEqual({ line: 2, column: 2 });
    expect(at(7)).toEqual({ line: 4, column: 1 });
    expect(at(1)).toEqual({ line: 1, column: 2 });
    expect(excerptAt('x'.repeat(100), 50, 5)).toBe('…xxxxxxxxxx…');
  });
  it('counts UTF-8 bytes', () => {
    expect(utf8Length('a区😀')).toBe(1 + 3 + 4);
    expect(utf8Length('é')).toBe(2);
  });
});
