import {
  ratingBucketKey,
  type SearchFacetName,
  type SearchFilters,
  type SearchSort,
  searchPriceRanges,
  searchRatingThresholds,
} from '@tarodan/contracts';
import { and, type SQL, sql } from 'drizzle-orm';
import type { QueryTerms } from './search-text.js';

/** SQL pieces of the PostgreSQL adapter's queries over `search_documents` (aliased `d`). */

const list = (values: readonly string[]) =>
  sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** One condition per facet-able filter, so a facet's counts can leave out its own filter. */
export function filterConditions(filters: SearchFilters): Map<SearchFacetName, SQL> {
  const conditions = new Map<SearchFacetName, SQL>();
  const any = (values: readonly string[] | undefined) => values !== undefined && values.length > 0;
  if (any(filters.categoryIds)) {
    conditions.set(
      'category',
      sql`d.category_ids && array[${sql.join(
        filters.categoryIds!.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[]`,
    );
  }
  if (any(filters.brands)) conditions.set('brand', sql`d.brand_slug in ${list(filters.brands!)}`);
  if (any(filters.scales)) conditions.set('scale', sql`d.scale in ${list(filters.scales!)}`);
  if (any(filters.conditions)) conditions.set('condition', sql`d.condition in ${list(filters.conditions!)}`);
  if (any(filters.packagings)) conditions.set('packaging', sql`d.packaging in ${list(filters.packagings!)}`);
  if (any(filters.flags)) conditions.set('flag', sql`d.flags && ${textArray(filters.flags!)}`);
  if (any(filters.cities)) {
    conditions.set(
      'city',
      sql`search_fold(d.city) in (${sql.join(
        filters.cities!.map((c) => sql`search_fold(${c})`),
        sql`, `,
      )})`,
    );
  }
  if (filters.yearMin !== undefined || filters.yearMax !== undefined) {
    conditions.set(
      'year',
      and(
        filters.yearMin !== undefined ? sql`d.year >= ${filters.yearMin}` : undefined,
        filters.yearMax !== undefined ? sql`d.year <= ${filters.yearMax}` : undefined,
      )!,
    );
  }
  if (filters.priceMin !== undefined || filters.priceMax !== undefined) {
    conditions.set(
      'price',
      and(
        filters.priceMin !== undefined ? sql`d.price_kurus >= ${filters.priceMin}` : undefined,
        filters.priceMax !== undefined ? sql`d.price_kurus <= ${filters.priceMax}` : undefined,
      )!,
    );
  }
  if (filters.freeShipping !== undefined) {
    conditions.set('free_shipping', sql`d.free_shipping = ${filters.freeShipping}`);
  }
  if (filters.ratingMin !== undefined) {
    conditions.set('seller_rating', sql`d.seller_rating >= ${filters.ratingMin}`);
  }
  return conditions;
}

/** A prefix tsquery of every word (`camaro:* & 69:*`), or null without words. */
export function prefixTsQuery(words: readonly string[]): SQL | null {
  if (words.length === 0) return null;
  return sql`to_tsquery('turkish', ${words.map((w) => `${w}:*`).join(' & ')})`;
}

/**
 * Every term must match. Strict: the word (stemmed, as a prefix) is in the document's tsvector. Fuzzy (typo
 * tolerance, words of 3+ letters): or the word is close to a word of the title/brand/series text (pg_trgm
 * `<%`, with `pg_trgm.word_similarity_threshold` set for the transaction).
 */
export function textCondition(terms: QueryTerms, fuzzy: boolean): SQL | undefined {
  const parts: SQL[] = terms.words.map((word) => {
    const exact = sql`d.tsv @@ to_tsquery('turkish', ${`${word}:*`})`;
    return fuzzy && word.length >= 3 ? sql`(${exact} or ${word} <% d.folded)` : exact;
  });
  for (const scale of terms.scales) parts.push(sql`d.scale = ${scale}`);
  return parts.length > 0 ? and(...parts) : undefined;
}

export function rankExpression(terms: QueryTerms, fuzzy: boolean): SQL {
  const query = prefixTsQuery(terms.words);
  if (!query) return sql`0`;
  const rank = sql`ts_rank_cd(d.tsv, ${query}, 1)`;
  if (!fuzzy) return rank;
  const similarity = terms.words.map((w) => sql`word_similarity(${w}, d.folded)`);
  return sql`(ts_rank_cd(d.tsv, to_tsquery('turkish', ${terms.words.map((w) => `${w}:*`).join(' | ')}), 1) + ${sql.join(similarity, sql` + `)})`;
}

export function orderBy(sort: SearchSort, hasText: boolean, rank: SQL): SQL {
  switch (sort) {
    case 'price_asc':
      return sql`d.price_kurus asc, d.id asc`;
    case 'price_desc':
      return sql`d.price_kurus desc, d.id asc`;
    case 'newest':
      return sql`d.published_at desc, d.id asc`;
    case 'relevance':
      return hasText ? sql`${rank} desc, d.published_at desc, d.id asc` : sql`d.published_at desc, d.id asc`;
  }
}

/** The columns FACET_VALUE reads (with `price_kurus`, which the CTE selects anyway for sorting). */
export const FACET_COLUMNS = sql`d.category_ids, d.brand_slug, d.scale, d.condition, d.packaging, d.flags, d.year,
  d.city, d.free_shipping, d.seller_rating`;

/** The price bucket's key (packages/contracts `searchPriceRanges`): `[min, below)`, so buckets never overlap. */
const PRICE_BUCKET = sql`case ${sql.join(
  searchPriceRanges.map((range) =>
    range.below === null
      ? sql`when d.price_kurus >= ${sql.raw(String(range.min))} then ${range.key}`
      : sql`when d.price_kurus < ${sql.raw(String(range.below))} then ${range.key}`,
  ),
  sql` `,
)} end`;

/** Cumulative rating buckets: a 4.3 average counts in "4+", "3+", "2+" and "1+" (array_remove drops the misses). */
const RATING_BUCKETS = sql`unnest(array_remove(array[${sql.join(
  searchRatingThresholds.map(
    (threshold) =>
      sql`case when d.seller_rating >= ${sql.raw(String(threshold))} then ${ratingBucketKey(threshold)} end`,
  ),
  sql`, `,
)}]::text[], null))`;

/**
 * The value a facet groups by; `category` and `flag` unnest their arrays. `year` counts decades ("1980s"), `price`
 * the contract's ranges, `seller_rating` the cumulative thresholds.
 */
export const FACET_VALUE: Record<SearchFacetName, SQL> = {
  category: sql`unnest(d.category_ids)::text`,
  brand: sql`d.brand_slug`,
  scale: sql`d.scale`,
  condition: sql`d.condition`,
  packaging: sql`d.packaging`,
  flag: sql`unnest(d.flags)`,
  year: sql`(floor(d.year / 10.0) * 10)::int::text || 's'`,
  price: PRICE_BUCKET,
  city: sql`d.city`,
  free_shipping: sql`d.free_shipping::text`,
  seller_rating: RATING_BUCKETS,
};
