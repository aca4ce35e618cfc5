import { describe, expect, it } from 'vitest';
import { firstParam, pageParam } from './search-params';

describe('search params', () => {
  it('takes the first of a repeated parameter', () => {
    expect(firstParam(['a', 'b'])).toBe('a');
    expect(firstParam('a')).toBe('a');
    expect(firstParam(undefined)).toBeUndefined();
  });

  it('reads a page number, falling back to 1 and stopping at the last page', () => {
    expect(pageParam('3')).toBe(3);
    expect(pageParam(undefined)).toBe(1);
    expect(pageParam('abc')).toBe(1);
    expect(pageParam('-4')).toBe(1);
    expect(pageParam('99999')).toBe(1000);
    expect(pageParam('99999', 10_000)).toBe(10_000);
  });
});
