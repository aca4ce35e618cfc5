import { Client, type estypes } from '@elastic/elasticsearch';
import {
  ratingBucketKey,
  type SearchFacetName,
  type SearchFacets,
  type SearchFilters,
  type SearchQuery,
  type SearchResult,
  type Suggestion,
  searchPriceRanges,
  searchRatingThresholds,
} from '@tarodan/contracts';
import { foldCity, INDEX_MAPPINGS, INDEX_SETTINGS, toSource } from './elasticsearch-index.js';
import { type ReindexProgress, type SearchDocument, SearchEngine } from './search.port.js';
import { orderBuckets } from './search-facets.js';
import { type QueryTerms, queryTerms } from './search-text.js';

export interface ElasticsearchOptions {
  node: string;
  /** The alias searches and writes use; versioned indexes are `<indexPrefix>-<timestamp>`. Default `tarodan-listings`. */
  indexPrefix?: string;
  /** Per-request timeout in milliseconds, default 2 000 (the circuit breaker has its own, shorter, search budget). */
  requestTimeoutMs?: number;
  /** Tests: make every write visible to the next search. */
  refreshOnWrite?: boolean;
}

type Query = estypes.QueryDslQueryContainer;
type Bucket = { key: string | number; key_as_string?: string; doc_count: number };
const TEXT_FIELDS = ['title^3', 'meta^2', 'description'];
const FACET_FIELD: Record<SearchFacetName, string> = {
  category: 'category_ids',
  brand: 'brand_slug',
  scale: 'scale',
  condition: 'condition',
  packaging: 'packaging',
  flag: 'flags',
  year: 'year',
  price: 'price_kurus',
  city: 'city',
  free_shipping: 'free_shipping',
  seller_rating: 'seller_rating',
};

/**
 * The bucket aggregation of a facet, run inside that facet's filter aggregation: `terms` for values, `range` for the
 * contract's price ranges (`from` included, `to` not, like PostgreSQL's buckets) and the cumulative rating thresholds
 * (overlapping ranges are allowed), a 10-year `histogram` for decades.
 */
function bucketAggregation(facet: SearchFacetName): estypes.AggregationsAggregationContainer {
  const field = FACET_FIELD[facet];
  switch (facet) {
    case 'price':
      return {
        range: {
          field,
          ranges: searchPriceRanges.map((range) => ({
            key: range.key,
            from: range.min,
            ...(range.below !== null ? { to: range.below } : {}),
          })),
        },
      };
    case 'seller_rating':
      return {
        range: {
          field,
          ranges: searchRatingThresholds.map((threshold) => ({
            key: ratingBucketKey(threshold),
            from: threshold,
          })),
        },
      };
    case 'year':
      return { histogram: { field, interval: 10, min_doc_count: 1 } };
    default:
      return { terms: { field, size: 100, order: [{ _count: 'desc' }, { _key: 'asc' }] } };
  }
}

/** A bucket's facet value: range keys as given, decades as "1980s", terms as their key. */
function bucketValue(facet: SearchFacetName, bucket: Bucket): string {
  if (facet === 'year') return `${Math.round(Number(bucket.key))}s`;
  if (facet === 'price' || facet === 'seller_rating') return String(bucket.key);
  return bucket.key_as_string ?? String(bucket.key);
}

/**
 * Elasticsearch behind an alias (`indexPrefix`), with external versioning (`external_gte`): a write carrying an
 * older listing version is refused by Elasticsearch itself, so a late batch can never undo a newer one.
 * Written against the client's documentation; no Elasticsearch server ran where it was written (docs/search.md).
 */
export class ElasticsearchSearchEngine extends SearchEngine {
  readonly name = 'elasticsearch' as const;
  private readonly client: Client;
  private readonly alias: string;

  constructor(private readonly options: ElasticsearchOptions) {
    super();
    this.client = new Client({
      node: options.node,
      requestTimeout: options.requestTimeoutMs ?? 2_000,
      maxRetries: 1,
    });
    this.alias = options.indexPrefix ?? 'tarodan-listings';
  }

  async ensureIndex(): Promise<void> {
    if (await this.client.indices.existsAlias({ name: this.alias })) return;
    await this.createIndex(true);
  }

  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    await this.write(this.alias, docs);
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const response = await this.client.bulk({
      refresh: this.options.refreshOnWrite ? 'wait_for' : false,
      operations: ids.map((id) => ({ delete: { _index: this.alias, _id: id } })),
    });
    throwOnItemErrors(response, ['not_found']);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const terms = queryTerms(query.text);
    const strict = await this.run(query, terms, false);
    if (strict.total > 0 || (terms.words.length === 0 && terms.scales.length === 0)) {
      return { ...strict, didYouMean: null };
    }
    const [fuzzy, didYouMean] = await Promise.all([this.run(query, terms, true), this.correction(terms)]);
    return { ...fuzzy, didYouMean };
  }

  async suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    const q = prefix.trim();
    if (!q) return [];
    const response = await this.client.search({
      index: this.alias,
      size: limit,
      query: { match: { 'title.auto': { query: q, operator: 'and' } } },
      sort: ['_score', { published_at: 'desc' }, { id: 'asc' }],
      _source: ['id', 'title'],
      aggs: {
        brands: {
          filter: { match: { 'brand_name.auto': { query: q, operator: 'and' } } },
          aggs: {
            values: {
              terms: { field: 'brand_slug', size: limit },
              aggs: { name: { terms: { field: 'brand_name', size: 1 } } },
            },
          },
        },
        series: {
          filter: { match: { 'series.auto': { query: q, operator: 'and' } } },
          aggs: { values: { terms: { field: 'series', size: limit } } },
        },
      },
    });
    type Bucket = { key: string; name?: { buckets: Array<{ key: string }> } };
    const buckets = (name: 'brands' | 'series') =>
      (response.aggregations?.[name] as { values: { buckets: Bucket[] } } | undefined)?.values.buckets ?? [];
    return [
      ...buckets('brands').map((b) => ({
        kind: 'brand' as const,
        text: b.name?.buckets[0]?.key ?? b.key,
        ref: b.key,
      })),
      ...buckets('series').map((b) => ({ kind: 'series' as const, text: b.key, ref: null })),
      ...response.hits.hits.map((hit) => {
        const source = hit._source as { id: string; title: string };
        return { kind: 'title' as const, text: source.title, ref: source.id };
      }),
    ].slice(0, limit);
  }

  async reindex(
    batches: AsyncIterable<readonly SearchDocument[]>,
    onProgress?: ReindexProgress,
  ): Promise<number> {
    const index = await this.createIndex(false);
    let done = 0;
    for await (const batch of batches) {
      await this.write(index, batch);
      done += batch.length;
      onProgress?.(done);
    }
    await this.client.indices.refresh({ index });
    const previous = await this.indexesOfAlias();
    await this.client.indices.updateAliases({
      actions: [
        ...previous.map((old) => ({ remove: { index: old, alias: this.alias } })),
        { add: { index, alias: this.alias, is_write_index: true } },
      ],
    });
    for (const old of previous) await this.client.indices.delete({ index: old, ignore_unavailable: true });
    return done;
  }

  async ping(): Promise<void> {
    if (!(await this.client.ping())) throw new Error('Elasticsearch did not answer the ping');
  }

  close(): Promise<void> {
    return this.client.close();
  }

  /** Tests: removes the alias's indexes. */
  async dropAll(): Promise<void> {
    await this.client.indices.delete({
      index: `${this.alias}-*`,
      ignore_unavailable: true,
      allow_no_indices: true,
    });
  }

  private async createIndex(withAlias: boolean): Promise<string> {
    const index = `${this.alias}-${Date.now()}`;
    await this.client.indices.create({
      index,
      settings: INDEX_SETTINGS,
      mappings: INDEX_MAPPINGS,
      ...(withAlias ? { aliases: { [this.alias]: { is_write_index: true } } } : {}),
    });
    return index;
  }

  private async indexesOfAlias(): Promise<string[]> {
    if (!(await this.client.indices.existsAlias({ name: this.alias }))) return [];
    return Object.keys(await this.client.indices.getAlias({ name: this.alias }));
  }

  private async write(index: string, docs: readonly SearchDocument[]): Promise<void> {
    if (docs.length === 0) return;
    const response = await this.client.bulk({
      refresh: this.options.refreshOnWrite ? 'wait_for' : false,
      operations: docs.flatMap((doc) => [
        {
          index: { _index: index, _id: doc.id, version: doc.version, version_type: 'external_gte' as const },
        },
        toSource(doc),
      ]),
    });
    // A conflict is the stale-update rule at work: a newer version is already stored.
    throwOnItemErrors(response, ['version_conflict_engine_exception']);
  }

  private async run(query: SearchQuery, terms: QueryTerms, fuzzy: boolean) {
    const filters = filterClauses(query.filters);
    const others = (facet: SearchFacetName) =>
      [...filters].filter(([name]) => name !== facet).map(([, clause]) => clause);
    const response = await this.client.search({
      index: this.alias,
      from: query.offset,
      size: query.limit,
      track_total_hits: true,
      _source: false,
      query: { bool: { must: textClauses(terms, fuzzy) } },
      post_filter: { bool: { filter: [...filters.values()] } },
      sort: sortOf(query.sort, terms.words.length > 0),
      aggs: Object.fromEntries(
        query.facets.map((facet) => [
          facet,
          { filter: { bool: { filter: others(facet) } }, aggs: { values: bucketAggregation(facet) } },
        ]),
      ),
    });
    const facets: SearchFacets = {};
    for (const facet of query.facets) {
      const agg = response.aggregations?.[facet] as { values: { buckets: Bucket[] } } | undefined;
      facets[facet] = orderBuckets(
        facet,
        (agg?.values.buckets ?? []).map((b) => ({ value: bucketValue(facet, b), count: b.doc_count })),
      );
    }
    const total = response.hits.total;
    return {
      total: typeof total === 'number' ? total : (total?.value ?? 0),
      ids: response.hits.hits.map((hit) => hit._id as string),
      facets,
    };
  }

  /** Each word Elasticsearch does not know, replaced by the term suggester's best guess from titles and brands. */
  private async correction(terms: QueryTerms): Promise<string | null> {
    const words = terms.words;
    if (words.length === 0) return null;
    const response = await this.client.search({
      index: this.alias,
      size: 0,
      suggest: Object.fromEntries(
        words.map((word, i) => [
          `w${i}`,
          {
            text: word,
            term: { field: 'vocabulary', suggest_mode: 'missing' as const, min_word_length: 3, size: 1 },
          },
        ]),
      ),
    });
    let changed = false;
    const corrected = words.map((word, i) => {
      const entry = response.suggest?.[`w${i}`]?.[0] as { options?: Array<{ text: string }> } | undefined;
      const option = Array.isArray(entry?.options) ? entry.options[0]?.text : undefined;
      if (option && option !== word) changed = true;
      return option ?? word;
    });
    return changed ? [...corrected, ...terms.scales].join(' ') : null;
  }
}

function textClauses(terms: QueryTerms, fuzzy: boolean): Query[] {
  const clauses: Query[] = terms.words.map((word) => {
    const prefix: Query = { multi_match: { query: word, type: 'bool_prefix', fields: TEXT_FIELDS } };
    if (!fuzzy || word.length < 3) return prefix;
    return {
      bool: {
        should: [
          prefix,
          { multi_match: { query: word, fields: TEXT_FIELDS, fuzziness: 'AUTO', prefix_length: 1 } },
        ],
        minimum_should_match: 1,
      },
    };
  });
  for (const scale of terms.scales) clauses.push({ term: { scale } });
  return clauses.length > 0 ? clauses : [{ match_all: {} }];
}

function filterClauses(filters: SearchFilters): Map<SearchFacetName, Query> {
  const clauses = new Map<SearchFacetName, Query>();
  const terms = (name: SearchFacetName, values: readonly string[] | undefined, field = FACET_FIELD[name]) => {
    if (values && values.length > 0) clauses.set(name, { terms: { [field]: [...values] } });
  };
  terms('category', filters.categoryIds);
  terms('brand', filters.brands);
  terms('scale', filters.scales);
  terms('condition', filters.conditions);
  terms('packaging', filters.packagings);
  terms('flag', filters.flags);
  terms('city', filters.cities?.map(foldCity), 'city.folded');
  if (filters.yearMin !== undefined || filters.yearMax !== undefined) {
    clauses.set('year', { range: { year: { gte: filters.yearMin, lte: filters.yearMax } } });
  }
  if (filters.priceMin !== undefined || filters.priceMax !== undefined) {
    clauses.set('price', { range: { price_kurus: { gte: filters.priceMin, lte: filters.priceMax } } });
  }
  if (filters.freeShipping !== undefined)
    clauses.set('free_shipping', { term: { free_shipping: filters.freeShipping } });
  if (filters.ratingMin !== undefined) {
    clauses.set('seller_rating', { range: { seller_rating: { gte: filters.ratingMin } } });
  }
  return clauses;
}

function sortOf(sort: SearchQuery['sort'], hasText: boolean): estypes.Sort {
  switch (sort) {
    case 'price_asc':
      return [{ price_kurus: 'asc' }, { id: 'asc' }];
    case 'price_desc':
      return [{ price_kurus: 'desc' }, { id: 'asc' }];
    case 'newest':
      return [{ published_at: 'desc' }, { id: 'asc' }];
    case 'relevance':
      return hasText
        ? ['_score', { published_at: 'desc' }, { id: 'asc' }]
        : [{ published_at: 'desc' }, { id: 'asc' }];
  }
}

function throwOnItemErrors(response: estypes.BulkResponse, tolerated: string[]): void {
  if (!response.errors) return;
  for (const item of response.items) {
    const result = Object.values(item)[0] as estypes.BulkResponseItem | undefined;
    if (result?.error && !tolerated.includes(result.error.type)) {
      throw new Error(
        `Elasticsearch refused ${result._id}: ${result.error.type} ${result.error.reason ?? ''}`,
      );
    }
    if (result && result.status === 404 && tolerated.includes('not_found')) continue;
  }
}
