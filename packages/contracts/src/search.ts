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
  'city',
  'free_shipping',
] as const;
export type SearchFacetName = (typeof searchFacetNames)[number];

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
