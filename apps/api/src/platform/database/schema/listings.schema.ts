import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { brands, categories } from './catalog.schema.js';
import { users } from './identity.schema.js';
import { mediaAssets } from './media.schema.js';

export const attributeType = pgEnum('attribute_type', ['enum', 'number', 'text', 'boolean']);

export interface AttributeOptionRecord {
  value: string;
  labelTr: string;
  labelEn: string;
}

/** An attribute admins define once (scale, series, production year, Treasure Hunt...) and attach to categories. */
export const attributeDefinitions = pgTable('attribute_definitions', {
  key: text('key').primaryKey(),
  type: attributeType('type').notNull(),
  labelTr: text('label_tr').notNull(),
  labelEn: text('label_en').notNull(),
  options: jsonb('options').$type<AttributeOptionRecord[]>(),
  min: doublePrecision('min'),
  max: doublePrecision('max'),
  unit: text('unit'),
  maxLength: smallint('max_length'),
  isFlag: boolean('is_flag').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A category's own attribute set; subcategories inherit their ancestors' sets. */
export const categoryAttributes = pgTable(
  'category_attributes',
  {
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
    attributeKey: text('attribute_key')
      .notNull()
      .references(() => attributeDefinitions.key, { onDelete: 'restrict', onUpdate: 'cascade' }),
    required: boolean('required').notNull().default(false),
    position: smallint('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.categoryId, t.attributeKey] })],
);

export const listingStatus = pgEnum('listing_status', [
  'draft',
  'pending_review',
  'active',
  'paused',
  'sold',
  'rejected',
  'archived',
]);
export const conditionGrade = pgEnum('condition_grade', [
  'mint',
  'near_mint',
  'very_good',
  'good',
  'played_with',
  'for_parts',
]);
export const packagingState = pgEnum('packaging_state', ['sealed', 'box_damaged', 'loose']);
export const authenticity = pgEnum('authenticity', ['original', 'reproduction']);
export const shippingPayer = pgEnum('shipping_payer', ['seller', 'buyer']);

export interface ModerationFindingRecord {
  rule: 'banned_word' | 'phone_number' | 'iban' | 'email_address' | 'price_too_low' | 'price_too_high';
  field: string;
  message: string;
}

/**
 * A toy for sale. Money is integer kuruş; `version` grows with every change (search indexing orders updates by it);
 * `favoriteCount` is kept in the same transaction as the favorites rows so a card needs no count query.
 */
export const listings = pgTable(
  'listings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    sellerId: uuid('seller_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'restrict' }),
    brandId: uuid('brand_id').references(() => brands.id, { onDelete: 'set null' }),
    status: listingStatus('status').notNull().default('draft'),
    title: text('title').notNull(),
    slug: text('slug').notNull(),
    description: text('description').notNull(),
    condition: conditionGrade('condition').notNull(),
    packaging: packagingState('packaging').notNull(),
    authenticity: authenticity('authenticity').notNull().default('original'),
    attributes: jsonb('attributes').$type<Record<string, string | number | boolean>>().notNull().default({}),
    priceKurus: bigint('price_kurus', { mode: 'number' }).notNull(),
    quantity: smallint('quantity').notNull().default(1),
    acceptsOffers: boolean('accepts_offers').notNull().default(false),
    shippingPayer: shippingPayer('shipping_payer').notNull().default('buyer'),
    shippingFeeKurus: integer('shipping_fee_kurus').notNull().default(0),
    shipsWithinDays: smallint('ships_within_days').notNull().default(2),
    findings: jsonb('findings').$type<ModerationFindingRecord[]>().notNull().default([]),
    rejectionReason: text('rejection_reason'),
    favoriteCount: integer('favorite_count').notNull().default(0),
    version: integer('version').notNull().default(1),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    soldAt: timestamp('sold_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('listings_category_status_published_idx').on(t.categoryId, t.status, t.publishedAt),
    index('listings_status_price_idx').on(t.status, t.priceKurus),
    index('listings_seller_status_idx').on(t.sellerId, t.status, t.updatedAt),
    index('listings_review_queue_idx').on(t.submittedAt).where(sql`status = 'pending_review'`),
  ],
);

/** Ordered photos; position 0 is the cover. */
export const listingPhotos = pgTable(
  'listing_photos',
  {
    listingId: uuid('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    assetId: uuid('asset_id')
      .notNull()
      .references(() => mediaAssets.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.listingId, t.assetId] }),
    uniqueIndex('listing_photos_position_idx').on(t.listingId, t.position),
  ],
);

/** The audit trail of the state machine: every transition, who made it and why. */
export const listingTransitions = pgTable(
  'listing_transitions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    listingId: uuid('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    fromStatus: listingStatus('from_status'),
    toStatus: listingStatus('to_status').notNull(),
    action: text('action').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    actorKind: text('actor_kind').notNull(),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('listing_transitions_listing_idx').on(t.listingId, t.createdAt)],
);

export const listingPriceHistory = pgTable(
  'listing_price_history',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    listingId: uuid('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    priceKurus: bigint('price_kurus', { mode: 'number' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('listing_price_history_listing_idx').on(t.listingId, t.createdAt)],
);

export const favorites = pgTable(
  'favorites',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    listingId: uuid('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.listingId] }), index('favorites_listing_idx').on(t.listingId)],
);
