import { describe, expect, it } from 'vitest';
import { glyphRanges } from './glyphCache.ts';

describe('glyph ranges to keep for offline', () => {
  it('are the ranges of the Latin letters, digits and punctuation of labels and of the CJK characters shipped', () => {
    // 兴隆台区 and （） are the data's (shipped); 龘 is no name's and is drawn locally.
    expect(glyphRanges(['兴隆台区'])).toEqual(['0-255', '20736-20991', '21248-21503', '38400-38655']);
    expect(glyphRanges(['龘', 'Dawa District', '1984'])).toEqual(['0-255']);
    expect(glyphRanges(['（“龘”）', 'Ł'])).toEqual(['0-255', '256-511', '8192-8447', '65280-65535']);
  });
});
