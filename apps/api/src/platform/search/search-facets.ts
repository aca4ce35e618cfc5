import {
  type FacetBucket,
  ratingBucketKey,
  type SearchFacetName,
  searchPriceRanges,
  searchRatingThresholds,
} from '@tarodan/contracts';

const PRICE_ORDER = new Map(searchPriceRanges.map((range, i) => [range.key, i]));
const RATING_ORDER = new Map(searchRatingThresholds.map((threshold, i) => [ratingBucketKey(threshold), i]));

/**
 * Both adapters answer range facets in the ranges' own order (price from cheapest, decades from oldest, ratings from
 * the highest threshold) and leave empty buckets out; value facets stay as counted (most hits first).
 */
export function orderBuckets(facet: SearchFacetName, buckets: readonly FacetBucket[]): FacetBucket[] {
  const present = buckets.filter((bucket) => bucket.count > 0);
  const by = (order: Map<string, number>) =>
    present.sort((a, b) => (order.get(a.value) ?? 99) - (order.get(b.value) ?? 99));
  switch (facet) {
    case 'price':
      return by(PRICE_ORDER);
    case 'seller_rating':
      return by(RATING_ORDER);
    case 'year':
      return present.sort((a, b) => Number.parseInt(a.value, 10) - Number.parseInt(b.value, 10));
    default:
      return present;
  }
}
