import type { Brand, Locale } from '@tarodan/contracts';
import { cache } from 'react';
import { type CategoryDetail, getCategory } from '@/lib/api';
import { getBrand, type SearchOutcome, searchListings } from '@/lib/search-api';
import { emptySearchState, type SearchState } from '@/lib/search-state';

export type Landing = { detail: CategoryDetail; brand: Brand; state: SearchState; outcome: SearchOutcome };

/**
 * A category × brand landing page's data, or null when the category or brand is unknown or the pair has no
 * active listings (404). Memoised per request: the layout (page 1) and the page share it.
 */
export const loadLanding = cache(
  async (category: string, brandSlug: string, page: number, locale: Locale): Promise<Landing | null> => {
    const [detail, brand] = await Promise.all([getCategory(category, locale), getBrand(brandSlug)]);
    if (!detail || !brand) return null;
    const state: SearchState = {
      ...emptySearchState,
      category: detail.category.slug,
      brand: [brand.slug],
      page,
    };
    const outcome = await searchListings(state, locale);
    if (outcome.response.total === 0 || outcome.notices.length > 0) return null;
    return { detail, brand, state, outcome };
  },
);

/** `?sayfa=` of a landing page (like the category page); anything odd is page 1. */
export function landingPage(raw: string | undefined): number {
  const page = Number(raw);
  return Number.isInteger(page) && page >= 1 && page <= 400 ? page : 1;
}
