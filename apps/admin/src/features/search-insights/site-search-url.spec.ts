import { describe, expect, it } from 'vitest';
import { siteSearchUrl } from './site-search-url';

describe('siteSearchUrl', () => {
  it('opens the Turkish search page at the root and the English one under /en, with the query encoded', () => {
    expect(siteSearchUrl('https://tarodan.com/', 'tr', 'hot wheels 1:64 & co')).toBe(
      'https://tarodan.com/ara?q=hot+wheels+1%3A64+%26+co',
    );
    expect(siteSearchUrl('http://127.0.0.1:4000', 'en', 'sahin')).toBe(
      'http://127.0.0.1:4000/en/ara?q=sahin',
    );
  });
});
