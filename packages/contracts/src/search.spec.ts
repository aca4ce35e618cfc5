import { describe, expect, it } from 'vitest';
import {
  priceRangeFilter,
  searchPriceRanges,
  searchQuerySchema,
  yearDecadeKey,
  yearDecadeRange,
} from './search.js';

describe('search range facets', () => {
  it('price ranges cover every price once: each starts where the previous one ends, the last has no end', () => {
    expect(searchPriceRanges[0]!.min).toBe(0);
    for (let i = 1; i < searchPriceRanges.length; i++) {
      expect(searchPriceRanges[i]!.min).toBe(searchPriceRanges[i - 1]!.below);
    }
    expect(searchPriceRanges.at(-1)).toEqual({ key: '1000000-', min: 1_000_000, below: null });
  });

  it('a price range as a filter stops one kuruş before the next range', () => {
    const [first, second] = searchPriceRanges;
    expect(priceRangeFilter(first!)).toEqual({ priceMax: 9_999 });
    expect(second!.key).toBe('10000-25000');
    expect(priceRangeFilter(second!)).toEqual({ priceMin: 10_000, priceMax: 24_999 });
    expect(priceRangeFilter(searchPriceRanges.at(-1)!)).toEqual({ priceMin: 1_000_000 });
  });

  it('names decades and turns them back into year ranges', () => {
    expect(yearDecadeKey(1987)).toBe('1980s');
    expect(yearDecadeKey(2020)).toBe('2020s');
    expect(yearDecadeRange('1980s')).toEqual({ yearMin: 1980, yearMax: 1989 });
    expect(yearDecadeRange('1987')).toBeNull();
  });

  it('accepts a seller rating from 1 to 5 and names ratingMin otherwise', () => {
    expect(searchQuerySchema.parse({ ratingMin: '4' }).ratingMin).toBe(4);
    expect(searchQuerySchema.parse({ ratingMin: '4.5' }).ratingMin).toBe(4.5);
    for (const ratingMin of ['0', '6', 'dört']) {
      const result = searchQuerySchema.safeParse({ ratingMin });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['ratingMin']);
    }
  });
});
