import { z } from 'zod';
import { conditionGrades, listingCardSchema, packagingStates } from './listings.js';

// ── Vocabulary ───────────────────────────────────────────────────────────────────────────────────────────────────────

export const searchSorts = ['relevance', 'newest', 'price_asc', 'price_desc'] as const;
export type SearchSort = (typeof searchSorts)[number];

/** Every filter that has a facet. Counts of a facet ignore that facet's own filter (disjunctive faceting). */
export const searchFacetNames = [
  'category',
  'brand',
  'scale',
  'condition',
  'packaging',
  'flag',
  'year',
  'price',
  'city',
  'free_shipping',
  'seller_rating',
] as const;
export type SearchFacetName = (typeof searchFacetNames)[number];

/**
 * The `price` facet's buckets, in kuruş: `min` is included, `below` is not (null: no upper bound), so the buckets
 * never overlap. A bucket's `key` is its facet value; as a filter it is `priceRangeFilter(range)`.
 */
export type SearchPriceRange = { key: string; min: number; below: number | null };
const LIRA = 100;
export const searchPriceRanges: readonly SearchPriceRange[] = [
  0, 100, 250, 500, 1_000, 2_500, 5_000, 10_000,
].map((lira, i, all) => {
  const next = all[i + 1];
  const min = lira * LIRA;
  const below = next === undefined ? null : next * LIRA;
  return { key: `${min}-${below ?? ''}`, min, below };
});

/** A price bucket as the price filter: `priceMin` ≤ price ≤ `priceMax` (the bucket's upper bound less one kuruş). */
export function priceRangeFilter(range: SearchPriceRange): { priceMin?: number; priceMax?: number } {
  return {
    ...(range.min > 0 ? { priceMin: range.min } : {}),
    ...(range.below !== null ? { priceMax: range.below - 1 } : {}),
  };
}

/** The `year` facet counts decades: 1987 → `"1980s"`, a filter of 1980–1989 (`yearDecadeRange`). */
export const yearDecadeKey = (year: number) => `${Math.floor(year / 10) * 10}s`;
export function yearDecadeRange(key: string): { yearMin: number; yearMax: number } | null {
  const match = /^(\d{3,4}0)s$/.exec(key);
  if (!match) return null;
  const start = Number(match[1]);
  return { yearMin: start, yearMax: start + 9 };
}

/**
 * The `seller_rating` facet is cumulative: `"4+"` counts listings whose seller's average is at least 4 (they count
 * in "3+" too), the same thing the `ratingMin=4` filter keeps. Sellers without reviews count in none.
 */
export const searchRatingThresholds = [4, 3, 2, 1] as const;
export const ratingBucketKey = (threshold: number) => `${threshold}+`;

/** Flag attributes that are searchable facets (booleans of the listing's attributes). */
export const searchFlags = [
  'treasure_hunt',
  'super_treasure_hunt',
  'chase',
  'limited_edition',
  'error_variation',
  'first_edition',
] as const;

export const SEARCH_MAX_QUERY_LENGTH = 200;
/** Deep pagination is refused: page × limit may not reach past this many results (narrow the search instead). */
export const SEARCH_MAX_WINDOW = 10_000;

// ── What the engine indexes and answers (the port's shapes) ─────────────────────────────────────────────────────────

/** One active listing, denormalized for search. `version` is the listing's version: an older one never wins. */
export const searchDocumentSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  title: z.string(),
  description: z.string(),
  brandSlug: z.string().nullable(),
  brandName: z.string().nullable(),
  series: z.string().nullable(),
  model: z.string().nullable(),
  /** The listing's category and its ancestors, root first; the last one is the listing's own category. */
  categoryIds: z.array(z.uuid()).min(1),
  scale: z.string().nullable(),
  condition: z.enum(conditionGrades),
  packaging: z.enum(packagingStates),
  flags: z.array(z.string()),
  year: z.number().int().nullable(),
  priceKurus: z.number().int().min(0),
  city: z.string().nullable(),
  freeShipping: z.boolean(),
  /** The seller's average review (1–5) when they have at least one review, else null. */
  sellerRating: z.number().min(1).max(5).nullable(),
  /** ISO 8601. */
  publishedAt: z.string(),
});
export type SearchDocument = z.infer<typeof searchDocumentSchema>;

export interface SearchFilters {
  /** Any of these category ids (pass a category with its descendants). */
  categoryIds?: readonly string[];
  brands?: readonly string[];
  scales?: readonly string[];
  conditions?: readonly string[];
  packagings?: readonly string[];
  /** Any of these flags. */
  flags?: readonly string[];
  cities?: readonly string[];
  yearMin?: number;
  yearMax?: number;
  priceMin?: number;
  priceMax?: number;
  freeShipping?: boolean;
  /** Sellers whose average review is at least this (1–5); sellers without reviews are left out. */
  ratingMin?: number;
}

/** What the SearchEngine port answers. */
export interface SearchQuery {
  text?: string;
  filters: SearchFilters;
  sort: SearchSort;
  offset: number;
  limit: number;
  facets: readonly SearchFacetName[];
}

export const facetBucketSchema = z.object({ value: z.string(), count: z.number().int() });
export type FacetBucket = z.infer<typeof facetBucketSchema>;

export type SearchFacets = Partial<Record<SearchFacetName, FacetBucket[]>>;

export interface SearchResult {
  total: number;
  ids: string[];
  facets: SearchFacets;
  /** A corrected query when the words as typed match nothing exactly (typo tolerance may still have found hits). */
  didYouMean: string | null;
}

export const suggestionKinds = ['brand', 'series', 'title'] as const;
export const suggestionSchema = z.object({
  kind: z.enum(suggestionKinds),
  text: z.string(),
  /** The brand's slug for `brand` suggestions, the listing id for `title` suggestions. */
  ref: z.string().nullable(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

// ── REST: GET /v1/search, GET /v1/search/suggest ────────────────────────────────────────────────────────────────────

/** `brand=a&brand=b` and `brand=a,b` both mean [a, b]. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]))
        .map((v) => (typeof v === 'string' ? v.trim() : v))
        .filter((v) => v !== ''),
    z.array(item).max(50, 'must list at most 50 values'),
  );

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,119}$/, 'must be a slug');
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const year = z.coerce.number().int().min(1800).max(2100);
const kurus = z.coerce.number().int().min(0).max(100_000_000_000);
const rating = z.coerce.number().min(1, 'must be between 1 and 5').max(5, 'must be between 1 and 5');

export const searchQuerySchema = z
  .strictObject(
    {
      q: z.string().trim().max(SEARCH_MAX_QUERY_LENGTH, 'must be at most 200 characters').optional(),
      locale: z.enum(['tr', 'en']).default('tr'),
      /** A category slug; its subcategories are included. */
      category: slug.optional(),
      brand: list(slug).optional(),
      scale: list(z.string().regex(/^\d{1,3}:\d{1,4}(\.\d)?$/, 'must be a scale such as 1:64')).optional(),
      condition: list(z.enum(conditionGrades)).optional(),
      packaging: list(z.enum(packagingStates)).optional(),
      flag: list(z.enum(searchFlags)).optional(),
      city: list(z.string().min(1).max(60)).optional(),
      yearMin: year.optional(),
      yearMax: year.optional(),
      priceMin: kurus.optional(),
      priceMax: kurus.optional(),
      freeShipping: bool.optional(),
      /** Sellers rated at least this many stars on average (1–5). */
      ratingMin: rating.optional(),
      sort: z.enum(searchSorts).optional(),
      page: z.coerce.number().int().min(1).default(1),
      limit: z.coerce.number().int().min(1).max(96).default(24),
      facets: list(z.enum(searchFacetNames)).optional(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? 'is not a search parameter' : undefined) },
  )
  .superRefine((query, ctx) => {
    if (query.priceMin !== undefined && query.priceMax !== undefined && query.priceMin > query.priceMax) {
      ctx.addIssue({ code: 'custom', path: ['priceMax'], message: 'must not be below priceMin' });
    }
    if (query.yearMin !== undefined && query.yearMax !== undefined && query.yearMin > query.yearMax) {
      ctx.addIssue({ code: 'custom', path: ['yearMax'], message: 'must not be below yearMin' });
    }
    if (query.page * query.limit > SEARCH_MAX_WINDOW) {
      ctx.addIssue({
        code: 'custom',
        path: ['page'],
        message: `must stay within the first ${SEARCH_MAX_WINDOW} results (narrow the search instead)`,
      });
    }
  });
export type SearchQueryInput = z.input<typeof searchQuerySchema>;
export type SearchRequest = z.output<typeof searchQuerySchema>;

export const suggestQuerySchema = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
export type SuggestRequest = z.output<typeof suggestQuerySchema>;

export const searchResponseSchema = z.object({
  items: z.array(listingCardSchema),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
  facets: z.partialRecord(z.enum(searchFacetNames), z.array(facetBucketSchema)),
  didYouMean: z.string().nullable(),
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;

export const suggestResponseSchema = z.object({ suggestions: z.array(suggestionSchema) });
export type SuggestResponse = z.infer<typeof suggestResponseSchema>;
