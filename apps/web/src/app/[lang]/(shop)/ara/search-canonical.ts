import { hasFilters, type SearchState, searchHref } from '@/lib/search-state';

/**
 * Which address a search stands for, and whether search engines should index it:
 * - exactly one category and one brand (nothing else) is the category × brand landing page;
 * - exactly one category (nothing else) is the category page;
 * - everything else (text, more filters, sorts, pages) is `noindex, follow` with itself as canonical.
 */
export function searchCanonical(state: SearchState): { path: string; index: boolean } {
  const sorted = searchHref('/ara', state).includes('sort=');
  const plain = !state.q && !sorted && state.page === 1 && state.category !== null;
  if (plain) {
    const onlyCategory = { ...state, category: null };
    const onlyBrand = { ...onlyCategory, brand: [] };
    if (!hasFilters(onlyCategory)) return { path: `/kategori/${state.category}`, index: true };
    if (state.brand.length === 1 && !hasFilters(onlyBrand)) {
      return { path: `/kategori/${state.category}/${state.brand[0]}`, index: true };
    }
  }
  return { path: searchHref('/ara', state), index: false };
}
