import { sql } from 'drizzle-orm';
import { check, integer, numeric, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity.schema.js';

/**
 * Each seller's review aggregate: the average of their reviews' stars (1–5) and how many there are. The reviews
 * feature (with orders) maintains it; search documents and seller cards read it. A trigger (`seller_ratings_search_outbox`,
 * migration 0007) queues the seller's active listings for re-indexing whenever it changes.
 */
export const sellerRatings = pgTable(
  'seller_ratings',
  {
    sellerId: uuid('seller_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    average: numeric('average', { precision: 3, scale: 2, mode: 'number' }).notNull(),
    count: integer('count').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('seller_ratings_average_range', sql`${t.average} >= 0 and ${t.average} <= 5`),
    check('seller_ratings_count_nonnegative', sql`${t.count} >= 0`),
  ],
);
