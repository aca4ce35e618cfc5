import {
  type Locale,
  priceRangeFilter,
  ratingBucketKey,
  type SearchPriceRange,
  type SearchResponse,
  searchPriceRanges,
  searchRatingThresholds,
  yearDecadeRange,
} from '@tarodan/contracts';
import { getSearchMessages } from '@/lib/i18n/search-messages';
import { formatTryShort } from '@/lib/money';
import { type SearchState, searchHref, withChanges } from '@/lib/search-state';
import type { FacetOption } from './facet-model';

/**
 * The range facets (packages/contracts: price ranges, decades, seller-rating thresholds) as the sidebar shows them.
 * Price ranges and decades are links (each one sets both ends of its range; the chosen one links to the search
 * without it), so they need no JavaScript and leave the min/max inputs as they are. Ratings are one form field.
 */

export type RangeLink = { key: string; label: string; count: number; selected: boolean; href: string };

function countsOf(response: SearchResponse, name: 'price' | 'year' | 'seller_rating'): Map<string, number> {
  return new Map((response.facets[name] ?? []).map((bucket) => [bucket.value, bucket.count]));
}

export function priceRangeLabel(range: SearchPriceRange, locale: Locale): string {
  const t = getSearchMessages(locale);
  return t.priceRange(
    range.min > 0 ? formatTryShort(range.min, locale) : null,
    range.below !== null ? formatTryShort(range.below, locale) : null,
  );
}

/** The price range the state's min/max are exactly, if any (what a range link sets). */
export function selectedPriceRange(state: SearchState): SearchPriceRange | undefined {
  return searchPriceRanges.find((range) => {
    const filter = priceRangeFilter(range);
    return (state.priceMin ?? 0) === (filter.priceMin ?? 0) && state.priceMax === (filter.priceMax ?? null);
  });
}

/** Ranges with hits, cheapest first; the chosen one stays even without hits, so it can be undone. */
export function priceLinks(path: string, response: SearchResponse, state: SearchState, locale: Locale) {
  const counts = countsOf(response, 'price');
  const chosen = selectedPriceRange(state);
  return searchPriceRanges.flatMap((range): RangeLink[] => {
    const count = counts.get(range.key) ?? 0;
    const selected = range === chosen;
    if (count === 0 && !selected) return [];
    const filter = priceRangeFilter(range);
    const changes = selected
      ? { priceMin: null, priceMax: null }
      : { priceMin: filter.priceMin ?? null, priceMax: filter.priceMax ?? null };
    return [
      {
        key: range.key,
        label: priceRangeLabel(range, locale),
        count,
        selected,
        href: searchHref(path, withChanges(state, changes)),
      },
    ];
  });
}

/** The decade the state's year range is exactly, as its first year. */
export function selectedDecade(state: SearchState): number | null {
  const start = state.yearMin;
  return start !== null && start % 10 === 0 && state.yearMax === start + 9 ? start : null;
}

/** Decades with hits, oldest first (the API answers them in that order). */
export function decadeLinks(path: string, response: SearchResponse, state: SearchState, locale: Locale) {
  const t = getSearchMessages(locale);
  const chosen = selectedDecade(state);
  const buckets = (response.facets.year ?? []).flatMap((bucket) => {
    const range = yearDecadeRange(bucket.value);
    return range ? [{ ...range, count: bucket.count }] : [];
  });
  if (chosen !== null && !buckets.some((b) => b.yearMin === chosen)) {
    buckets.push({ yearMin: chosen, yearMax: chosen + 9, count: 0 });
    buckets.sort((a, b) => a.yearMin - b.yearMin);
  }
  return buckets.map(
    ({ yearMin, yearMax, count }): RangeLink => ({
      key: String(yearMin),
      label: t.decade(yearMin),
      count,
      selected: yearMin === chosen,
      href: searchHref(
        path,
        withChanges(state, yearMin === chosen ? { yearMin: null, yearMax: null } : { yearMin, yearMax }),
      ),
    }),
  );
}

/** Placeholders of the year inputs: from the oldest decade with hits to the newest (not past this year). */
export function yearBounds(response: SearchResponse): { min: number; max: number } | null {
  const starts = (response.facets.year ?? []).flatMap((b) => yearDecadeRange(b.value)?.yearMin ?? []);
  if (starts.length === 0) return null;
  return { min: Math.min(...starts), max: Math.min(Math.max(...starts) + 9, new Date().getFullYear()) };
}

/**
 * Radio options of `ratingMin`: "any" and each threshold with hits (cumulative counts: "3+" includes "4+"). Empty
 * when no listing's seller has reviews and no rating is chosen (the section is then hidden).
 */
export function ratingOptions(response: SearchResponse, state: SearchState, locale: Locale): FacetOption[] {
  const t = getSearchMessages(locale);
  const counts = countsOf(response, 'seller_rating');
  const thresholds = searchRatingThresholds.filter(
    (n) => (counts.get(ratingBucketKey(n)) ?? 0) > 0 || state.ratingMin === n,
  );
  if (thresholds.length === 0 && state.ratingMin === null) return [];
  const option = (value: string, label: string, count: number | null, checked: boolean): FacetOption => ({
    value,
    label,
    count,
    checked,
    depth: 0,
  });
  const chosenElsewhere = state.ratingMin !== null && !thresholds.some((n) => n === state.ratingMin);
  return [
    // Without the rating filter the hits are all the listings; with it, that count is not known.
    option('', t.anyRating, state.ratingMin === null ? response.total : null, state.ratingMin === null),
    ...thresholds.map((n) =>
      option(String(n), t.ratingAtLeast(n), counts.get(ratingBucketKey(n)) ?? 0, state.ratingMin === n),
    ),
    // A hand-written `ratingMin=4.5` stays visible and chosen, so it can be changed.
    ...(chosenElsewhere ? [option(String(state.ratingMin), t.ratingAtLeast(state.ratingMin!), 0, true)] : []),
  ];
}
