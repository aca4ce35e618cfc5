import {
  bigint,
  bigserial,
  boolean,
  customType,
  index,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The PostgreSQL search engine's index: one denormalized row per active listing. `tsv` (turkish configuration over
 * unaccented, lowercased text) and `folded` (the same text for pg_trgm typo tolerance) are computed by the adapter
 * when it writes, so no index expression depends on the merely STABLE `unaccent()`. The migration creates the
 * extensions first (pg_trgm, unaccent).
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    id: uuid('id').primaryKey(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    brandSlug: text('brand_slug'),
    brandName: text('brand_name'),
    series: text('series'),
    model: text('model'),
    categoryIds: uuid('category_ids').array().notNull(),
    scale: text('scale'),
    condition: text('condition').notNull(),
    packaging: text('packaging').notNull(),
    flags: text('flags').array().notNull(),
    year: smallint('year'),
    priceKurus: bigint('price_kurus', { mode: 'number' }).notNull(),
    city: text('city'),
    freeShipping: boolean('free_shipping').notNull(),
    /** The seller's average review when they have one (seller_ratings), for the rating filter and facet. */
    sellerRating: numeric('seller_rating', { precision: 3, scale: 2, mode: 'number' }),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    tsv: tsvector('tsv').notNull(),
    folded: text('folded').notNull(),
  },
  (t) => [
    index('search_documents_tsv_idx').using('gin', t.tsv),
    index('search_documents_folded_trgm_idx').using('gin', t.folded.op('gin_trgm_ops')),
    index('search_documents_category_ids_idx').using('gin', t.categoryIds),
    index('search_documents_flags_idx').using('gin', t.flags),
    index('search_documents_published_idx').on(t.publishedAt),
    index('search_documents_price_idx').on(t.priceKurus),
    index('search_documents_brand_idx').on(t.brandSlug),
  ],
);

/** Words of titles, brands and series, for "did you mean" (trigram similarity) and suggestions. */
export const searchVocabulary = pgTable(
  'search_vocabulary',
  {
    word: text('word').primaryKey(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('search_vocabulary_trgm_idx').using('gin', t.word.op('gin_trgm_ops'))],
);

/**
 * The transactional outbox of listing changes, written by the `listings_search_outbox` trigger in the same
 * transaction as the change. `stage` 0 waits for the PostgreSQL index, 1 (only with Elasticsearch) for Elasticsearch.
 */
export const searchOutbox = pgTable(
  'search_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    listingId: uuid('listing_id').notNull(),
    version: integer('version').notNull(),
    op: text('op').notNull(),
    stage: smallint('stage').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('search_outbox_stage_idx').on(t.stage, t.id)],
);

/** One indexer at a time: the drain and the reindex take this lease so updates apply in order. */
export const searchIndexerLease = pgTable('search_indexer_lease', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** Searches that found nothing, counted per normalized query, for the admin. */
export const searchZeroResults = pgTable(
  'search_zero_results',
  {
    query: text('query').primaryKey(),
    count: integer('count').notNull().default(1),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('search_zero_results_last_seen_idx').on(t.lastSeenAt)],
);
