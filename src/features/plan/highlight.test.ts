import { describe, expect, it } from 'vitest';
import { findQuoteRanges } from './highlight.tsx';

describe('quote highlighting', () => {
  it('finds a quote across line breaks and spaces', () => {
    const text = '公园西起林丰路、南至\n环城南街、北至盛世街';
    const [r] = findQuoteRanges(text, ['南至环城南街']);
    expect(r).toBeDefined();
    expect(text.slice(r![0], r![1])).toBe('南至\n环城南街');
  });
  it('merges overlapping quotes and ignores missing ones', () => {
    expect(findQuoteRanges('甲乙丙丁戊', ['乙丙', '丙丁', '无'])).toEqual([[1, 4]]);
    expect(findQuoteRanges('甲乙丙', [])).toEqual([]);
  });
});
