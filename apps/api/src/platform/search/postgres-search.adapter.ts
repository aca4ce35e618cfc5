import type { FacetBucket, SearchFacets, SearchQuery, SearchResult, Suggestion } from '@tarodan/contracts';
import { and, type SQL, sql } from 'drizzle-orm';
import type { Database, Db } from '../database/database.js';
import { escapeLike } from '../database/escape-like.js';
import { searchDocuments, searchVocabulary } from '../database/schema/index.js';
import {
  FACET_COLUMNS,
  FACET_VALUE,
  filterConditions,
  orderBy,
  rankExpression,
  textCondition,
} from './postgres-search-sql.js';
import { type ReindexProgress, type SearchDocument, SearchEngine } from './search.port.js';
import { orderBuckets } from './search-facets.js';
import { foldText, metaText, type QueryTerms, queryTerms, vocabularyWords } from './search-text.js';

type Executor = Pick<Db, 'execute' | 'insert' | 'delete'>;
type Row = Record<string, unknown>;

/** Words must reach this pg_trgm word similarity to count as a typo of a document word ("camro" → "camaro"). */
const WORD_SIMILARITY = '0.5';
const FACET_LIMIT = 100;

async function rows<T extends Row>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * Full-text search in the application's own PostgreSQL (or PGlite): `search_documents` with a `turkish` tsvector
 * over unaccented text, pg_trgm for typos, facet counts by grouped queries. See docs/search.md.
 */
export class PostgresSearchEngine extends SearchEngine {
  readonly name = 'postgres' as const;

  constructor(private readonly database: Database) {
    super();
  }

  private get db() {
    return this.database.db;
  }

  /** The table comes from the migrations. */
  async ensureIndex(): Promise<void> {
    await this.db.execute(sql`select 1 from search_documents limit 0`);
  }

  upsert(docs: readonly SearchDocument[]): Promise<void> {
    return writeDocuments(this.db, docs);
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.execute(
      sql`delete from search_documents where id in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const terms = queryTerms(query.text);
    const strict = await this.run(this.db, query, terms, false);
    if (strict.total > 0 || (terms.words.length === 0 && terms.scales.length === 0)) {
      return { ...strict, didYouMean: null };
    }
    const didYouMean = await this.correction(terms);
    const fuzzy = terms.words.some((w) => w.length >= 3)
      ? await this.db.transaction(async (tx) => {
          await tx.execute(
            sql`select set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY}, true)`,
          );
          return this.run(tx as unknown as Executor, query, terms, true);
        })
      : strict;
    return { ...fuzzy, didYouMean };
  }

  async suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    const folded = foldText(prefix).trim();
    if (!folded) return [];
    const starts = `${escapeLike(folded)}%`;
    const compact = `${escapeLike(folded.replace(/\s+/g, ''))}%`;
    const brands = await rows<{ slug: string; name: string }>(
      this.db,
      sql`select brand_slug as slug, min(brand_name) as name from search_documents
          where brand_slug is not null
            and (search_fold(brand_name) like ${starts} or replace(search_fold(brand_name), ' ', '') like ${compact})
          group by brand_slug order by count(*) desc, brand_slug limit ${limit}`,
    );
    const series = await rows<{ name: string }>(
      this.db,
      sql`select min(series) as name from search_documents
          where series is not null and search_fold(series) like ${starts}
          group by search_fold(series) order by count(*) desc, 1 limit ${limit}`,
    );
    // Titles by substring of the folded text (pg_trgm's GIN index serves LIKE): a half-typed word is not stemmed.
    const contains = `%${escapeLike(folded)}%`;
    const titles = await rows<{ id: string; title: string }>(
      this.db,
      sql`select id, title from search_documents d where d.folded like ${contains}
          order by strpos(d.folded, ${folded}), d.published_at desc, d.id limit ${limit}`,
    );
    return [
      ...brands.map((b) => ({ kind: 'brand' as const, text: b.name, ref: b.slug })),
      ...series.map((s) => ({ kind: 'series' as const, text: s.name, ref: null })),
      ...titles.map((t) => ({ kind: 'title' as const, text: t.title, ref: t.id })),
    ].slice(0, limit);
  }

  /**
   * One transaction replaces every document: readers see the old index until it commits (PostgreSQL's MVCC is the
   * alias swap). On PGlite, which runs one statement at a time, searches wait for the rebuild instead, and the
   * source is read into memory first (development databases are small).
   */
  async reindex(
    batches: AsyncIterable<readonly SearchDocument[]>,
    onProgress?: ReindexProgress,
  ): Promise<number> {
    // PGlite runs one statement at a time: a source that reads the same database would wait for this transaction
    // forever, so there the batches are read first.
    const source = this.database.driver === 'pglite' ? await collect(batches) : batches;
    return this.db.transaction(async (tx) => {
      const executor = tx as unknown as Executor;
      await executor.delete(searchDocuments);
      await executor.delete(searchVocabulary);
      let done = 0;
      for await (const batch of source) {
        await writeDocuments(executor, batch);
        done += batch.length;
        onProgress?.(done);
      }
      return done;
    });
  }

  async ping(): Promise<void> {
    await this.db.execute(sql`select 1`);
  }

  /** The Database port owns the connection. */
  async close(): Promise<void> {}

  /**
   * Count, page and facets in one statement: the documents matching the text and the filters that have no facet in
   * the request are read once (the `m` CTE, with one boolean per faceted filter) and every aggregate runs over that
   * set. A document that two faceted filters reject counts nowhere, so `m` leaves it out too.
   */
  private async run(db: Executor, query: SearchQuery, terms: QueryTerms, fuzzy: boolean) {
    const requested = new Set<string>(query.facets);
    const filters = [...filterConditions(query.filters)];
    const strict = filters.filter(([name]) => !requested.has(name)).map(([, condition]) => condition);
    const faceted = filters
      .filter(([name]) => requested.has(name))
      .map(([name, condition]) => ({
        name,
        passes: sql`coalesce(${condition}, false)`,
        column: sql.raw(`f_${name}`),
      }));
    const allBut = (without?: string) =>
      and(...faceted.filter((f) => f.name !== without).map((f) => sql`d.${f.column}`)) ?? sql`true`;
    const atMostOneFails =
      faceted.length > 1
        ? sql`(${sql.join(
            faceted.map((f) => sql`(not ${f.passes})::int`),
            sql` + `,
          )}) <= 1`
        : undefined;
    const order = orderBy(query.sort, terms.words.length > 0, sql`d.rank`);
    const facetColumns = query.facets.map(
      (facet) => sql`, (select coalesce(json_agg(json_build_object('value', b.value, 'count', b.count)
          order by b.count desc, b.value asc), '[]'::json) from (
            select value, count(*)::int as count from (select ${FACET_VALUE[facet]} as value from m d where ${allBut(facet)}) f
            where value is not null group by value order by count desc, value asc limit ${FACET_LIMIT}
          ) b) as ${sql.raw(`"facet_${facet}"`)}`,
    );
    const [row] = await rows<Row & { total: number; ids: string[] | null }>(
      db,
      sql`with m as materialized (
            select d.id, d.price_kurus, d.published_at, ${rankExpression(terms, fuzzy)} as rank, ${FACET_COLUMNS}
              ${sql.join(
                faceted.map((f) => sql`, ${f.passes} as ${f.column}`),
                sql``,
              )}
            from search_documents d
            where ${and(textCondition(terms, fuzzy), ...strict, atMostOneFails) ?? sql`true`}
          )
          select (select count(*)::int from m d where ${allBut()}) as total,
            (select json_agg(d.id order by ${order}) from (
              select d.id, d.rank, d.published_at, d.price_kurus from m d where ${allBut()}
              order by ${order} limit ${query.limit} offset ${query.offset}
            ) d) as ids
            ${sql.join(facetColumns, sql``)}`,
    );
    const facets: SearchFacets = {};
    for (const facet of query.facets) {
      const buckets = (row?.[`facet_${facet}`] ?? []) as FacetBucket[];
      facets[facet] = orderBuckets(
        facet,
        buckets.map((b) => ({ value: String(b.value), count: Number(b.count) })),
      );
    }
    return { total: Number(row?.total ?? 0), ids: row?.ids ?? [], facets };
  }

  /** Each word not in the vocabulary replaced by its closest vocabulary word (pg_trgm similarity ≥ 0.3). */
  private async correction(terms: QueryTerms): Promise<string | null> {
    let changed = false;
    const corrected: string[] = [];
    for (const word of terms.words) {
      if (word.length < 3 || /^\d+$/.test(word)) {
        corrected.push(word);
        continue;
      }
      const [best] = await rows<{ word: string }>(
        this.db,
        sql`select word from search_vocabulary where word % ${word}
            order by word = ${word} desc, similarity(word, ${word}) desc, word limit 1`,
      );
      if (best && best.word !== word) changed = true;
      corrected.push(best?.word ?? word);
    }
    return changed ? [...corrected, ...terms.scales].join(' ') : null;
  }
}

async function collect<T>(batches: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const batch of batches) all.push(batch);
  return all;
}

/** Inserts or replaces documents unless the stored version is newer, and records their words for corrections. */
async function writeDocuments(db: Executor, docs: readonly SearchDocument[]): Promise<void> {
  if (docs.length === 0) return;
  // Within one batch the newest version of a listing wins (one row per id per statement).
  const latest = new Map<string, SearchDocument>();
  for (const doc of docs) {
    const seen = latest.get(doc.id);
    if (!seen || seen.version <= doc.version) latest.set(doc.id, doc);
  }
  const values = [...latest.values()].map((doc) => {
    const meta = metaText(doc);
    return {
      id: doc.id,
      version: doc.version,
      title: doc.title,
      description: doc.description,
      brandSlug: doc.brandSlug,
      brandName: doc.brandName,
      series: doc.series,
      model: doc.model,
      categoryIds: doc.categoryIds,
      scale: doc.scale,
      condition: doc.condition,
      packaging: doc.packaging,
      flags: doc.flags,
      year: doc.year,
      priceKurus: doc.priceKurus,
      city: doc.city,
      freeShipping: doc.freeShipping,
      sellerRating: doc.sellerRating,
      publishedAt: new Date(doc.publishedAt),
      tsv: sql`setweight(to_tsvector('turkish', search_fold(${doc.title})), 'A')
        || setweight(to_tsvector('turkish', search_fold(${meta})), 'B')
        || setweight(to_tsvector('turkish', search_fold(${doc.description})), 'D')`,
      folded: sql`search_fold(${`${doc.title} ${meta}`})`,
    };
  });
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  await db
    .insert(searchDocuments)
    .values(values as never)
    .onConflictDoUpdate({
      target: searchDocuments.id,
      set: Object.fromEntries(
        Object.entries({
          version: 'version',
          title: 'title',
          description: 'description',
          brandSlug: 'brand_slug',
          brandName: 'brand_name',
          series: 'series',
          model: 'model',
          categoryIds: 'category_ids',
          scale: 'scale',
          condition: 'condition',
          packaging: 'packaging',
          flags: 'flags',
          year: 'year',
          priceKurus: 'price_kurus',
          city: 'city',
          freeShipping: 'free_shipping',
          sellerRating: 'seller_rating',
          publishedAt: 'published_at',
          tsv: 'tsv',
          folded: 'folded',
        }).map(([key, column]) => [key, excluded(column)]),
      ),
      setWhere: sql`${searchDocuments.version} <= excluded.version`,
    });
  const words = [
    ...new Set(docs.flatMap((doc) => vocabularyWords(doc.title, doc.brandName, doc.series, metaText(doc)))),
  ];
  if (words.length > 0) {
    await db
      .insert(searchVocabulary)
      .values(words.map((word) => ({ word })))
      .onConflictDoNothing();
  }
}
