import {
  type Brand,
  brandSchema,
  type Locale,
  pageSchema,
  type SearchResponse,
  type SuggestResponse,
  searchResponseSchema,
  suggestResponseSchema,
} from '@tarodan/contracts';
import { cache } from 'react';
import { ApiError, apiRequest } from './api-client';
import { LISTINGS_TAG } from './listings-api';
import { apiSearchParams, RESULTS_PER_PAGE, type SearchState, withoutField } from './search-state';

/**
 * Search reads for server components and the suggestion route (docs/search.md). Results are not cached (they are
 * the freshest view of the catalog); the brand list that names facet values is, for ten minutes.
 */

export type SearchNotice = { key: string; field: string; reason: string };
export type SearchOutcome = {
  response: SearchResponse;
  /** The state the API answered for: a 400-named filter is left out and the search tried again. */
  state: SearchState;
  notices: SearchNotice[];
};

function runSearch(state: SearchState, locale: Locale, limit: number): Promise<SearchResponse> {
  return apiRequest(`/v1/search?${apiSearchParams(state, locale, limit)}`, { schema: searchResponseSchema });
}

/**
 * One page of results. A 400 (a reversed price range, page 10 000, an unknown category) does not break the page:
 * the named filters are dropped, the search runs again, and the reasons come back as notices.
 */
export const searchListings = cache(
  async (state: SearchState, locale: Locale, limit = RESULTS_PER_PAGE): Promise<SearchOutcome> => {
    let current = state;
    const notices: SearchNotice[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        return { response: await runSearch(current, locale, limit), state: current, notices };
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 400)) throw error;
        const issues = error.details.length > 0 ? error.details : [{ field: '', reason: error.message }];
        let changed = false;
        for (const issue of issues) {
          const next = withoutField(current, issue.field);
          notices.push({ key: next?.key ?? 'other', field: issue.field, reason: issue.reason });
          if (next) {
            current = next.state;
            changed = true;
          }
        }
        if (!changed) break;
      }
    }
    const empty: SearchResponse = { items: [], total: 0, page: 1, limit, facets: {}, didYouMean: null };
    return { response: empty, state: current, notices };
  },
);

const brandPageSchema = pageSchema(brandSchema);

/** Every brand by slug, to name the brand facet's values (the API gives slugs). Cached ten minutes. */
export const getBrandNames = cache(async (): Promise<Map<string, Brand>> => {
  const page = await apiRequest('/v1/brands?limit=200', {
    schema: brandPageSchema,
    cache: { revalidate: 600, tags: ['brands'] },
  });
  return new Map(page.items.map((brand) => [brand.slug, brand]));
});

/** One brand, or null when the slug is unknown. */
export const getBrand = cache(async (slug: string): Promise<Brand | null> => {
  try {
    return await apiRequest(`/v1/brands/${encodeURIComponent(slug)}`, {
      schema: brandSchema,
      cache: { revalidate: 600, tags: ['brands'] },
    });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return null;
    throw error;
  }
});

/** Brand counts of a category (facet only, no hits), for landing-page links and the sitemap. Cached a minute. */
export const getCategoryBrandCounts = cache(
  async (category: string): Promise<{ value: string; count: number }[]> => {
    const params = new URLSearchParams({ category, facets: 'brand', limit: '1' });
    const body = await apiRequest(`/v1/search?${params}`, {
      schema: searchResponseSchema,
      cache: { revalidate: 60, tags: [LISTINGS_TAG] },
    });
    return body.facets.brand ?? [];
  },
);

/** Autocomplete for the header box (brands, series, titles). */
export function suggest(q: string, limit = 8): Promise<SuggestResponse> {
  const params = new URLSearchParams({ q, limit: String(limit) });
  return apiRequest(`/v1/search/suggest?${params}`, { schema: suggestResponseSchema, timeoutMs: 3000 });
}
