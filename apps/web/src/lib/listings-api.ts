import {
  type CategoryAttributesResponse,
  categoryAttributesResponseSchema,
  type ListingCard,
  type ListingDetail,
  type ListingSort,
  type Locale,
  listingCardSchema,
  listingDetailSchema,
  type Page,
  pageSchema,
  type SitemapPage,
  type Storefront,
  sitemapPageSchema,
  storefrontSchema,
} from '@tarodan/contracts';
import { cache } from 'react';
import { z } from 'zod';
import { ApiError, apiRequest } from './api-client';

/**
 * Public listing reads for server components (docs/listings.md). Browse pages are kept in Next's data cache for a
 * minute under the `listings` tag; the web's own listing actions revalidate the tag at once.
 */

export const LISTINGS_TAG = 'listings';
export const LISTINGS_PER_PAGE = 48;
const BROWSE_CACHE = { revalidate: 60, tags: [LISTINGS_TAG] };

const cardPageSchema = pageSchema(listingCardSchema);
const detailResponseSchema = z.object({ listing: listingDetailSchema });

export type BrowseQuery = {
  locale: Locale;
  category?: string;
  seller?: string;
  sort?: ListingSort;
  page?: number;
};

/** One page (1-based) of active listings as cards. */
export function browseListings(query: BrowseQuery): Promise<Page<ListingCard>> {
  const params = new URLSearchParams({ locale: query.locale, limit: String(LISTINGS_PER_PAGE) });
  if (query.category) params.set('category', query.category);
  if (query.seller) params.set('seller', query.seller);
  if (query.sort) params.set('sort', query.sort);
  params.set('offset', String(((query.page ?? 1) - 1) * LISTINGS_PER_PAGE));
  return apiRequest(`/v1/listings?${params}`, { schema: cardPageSchema, cache: BROWSE_CACHE });
}

function notFoundAsNull<T>(call: Promise<T>): Promise<T | null> {
  return call.catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  });
}

/**
 * The listing page's data, or null for an unknown (or hidden) listing. A signed-in caller's token tells the API
 * whether they favorited it (and lets an owner preview a draft); an expired token falls back to the public view.
 */
export const getListing = cache(
  async (id: string, locale: Locale, token?: string): Promise<ListingDetail | null> => {
    const path = `/v1/listings/${encodeURIComponent(id)}?locale=${locale}`;
    try {
      return await notFoundAsNull(
        apiRequest(path, { schema: detailResponseSchema, token }).then((body) => body.listing),
      );
    } catch (error) {
      if (!(token && error instanceof ApiError && error.status === 401)) throw error;
      return getListing(id, locale);
    }
  },
);

/** The storefront header of a seller, or null when there is no such seller. */
export const getStorefront = cache(
  async (id: string, locale: Locale): Promise<Storefront['seller'] | null> => {
    const path = `/v1/sellers/${encodeURIComponent(id)}?locale=${locale}`;
    const body = await notFoundAsNull(apiRequest(path, { schema: storefrontSchema, cache: BROWSE_CACHE }));
    return body?.seller ?? null;
  },
);

/** The attribute set a category asks for (own + inherited), localized; null for an unknown slug. */
export const getCategoryAttributes = cache(
  (slug: string, locale: Locale): Promise<CategoryAttributesResponse | null> =>
    notFoundAsNull(
      apiRequest(`/v1/categories/${encodeURIComponent(slug)}/attributes?locale=${locale}`, {
        schema: categoryAttributesResponseSchema,
      }),
    ),
);

/** One page (0-based) of listing paths for sitemap.xml. */
export function getSitemapListings(page: number): Promise<SitemapPage> {
  return apiRequest(`/v1/sitemap/listings?page=${page}`, {
    schema: sitemapPageSchema,
    cache: { revalidate: 600, tags: [LISTINGS_TAG] },
  });
}
