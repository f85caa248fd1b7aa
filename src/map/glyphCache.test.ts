import { describe, expect, it } from 'vitest';
import { glyphRanges } from './glyphCache.ts';

describe('glyph ranges to keep for offline', () => {
  it('are the ranges of the Latin letters, digits and punctuation of labels, never of CJK drawn locally', () => {
    expect(glyphRanges(['盘锦市第三污水处理厂（“三污”）', 'Dawa District', '万达1984'])).toEqual(['0-255', '8192-8447']);
    expect(glyphRanges(['兴隆台区'])).toEqual(['0-255']);
    expect(glyphRanges(['Ł'])).toEqual(['0-255', '256-511']);
  });
});
