import { describe, expect, it } from 'vitest';
import { glyphRanges } from './glyphCache.ts';
import { SHIPPED_IDEOGRAPHS } from './style/glyphs.ts';

const shippedRanges = [...new Set([...SHIPPED_IDEOGRAPHS].map((cp) => Math.floor(cp / 256) * 256))].map((s) => `${s}-${s + 255}`);

describe('glyph ranges to keep for offline', () => {
  it('are every range of the shipped CJK characters, and those of the labels’ Latin letters, digits and punctuation', () => {
    expect(shippedRanges.length).toBeGreaterThan(50);
    const cjk = glyphRanges([]);
    expect(cjk).toEqual(['0-255', ...shippedRanges].sort((a, b) => parseInt(a) - parseInt(b)));
    // 兴隆台区 are the data's (shipped); 龘 is no name's and is drawn locally: no range of its own.
    expect(cjk).toContain('20736-20991');
    expect(glyphRanges(['龘', 'Dawa District', '1984'])).toEqual(cjk);
    expect(glyphRanges(['（“龘”）', 'Ł']).filter((r) => !cjk.includes(r))).toEqual(['256-511', '8192-8447']);
  });
});
