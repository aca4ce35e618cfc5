import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity.schema.js';

export const dataExportStatus = pgEnum('data_export_status', ['pending', 'ready', 'failed']);

/** KVKK article 11: a member's request for a copy of their data, fulfilled by a job. */
export const dataExports = pgTable(
  'data_exports',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: dataExportStatus('status').notNull().default('pending'),
    /** Object key in the documents bucket. */
    objectKey: text('object_key'),
    failureReason: text('failure_reason'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [index('data_exports_user_idx').on(t.userId, t.requestedAt)],
);

/** Kept after an account is erased: proof that the request was honoured, with no personal data in it. */
export const accountDeletions = pgTable('account_deletions', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  userId: uuid('user_id').notNull(),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
  completedAt: timestamp('completed_at', { withTimezone: true }).notNull().defaultNow(),
  /** What was done, e.g. `{"users":1,"consents":3,"avatar":true,"sessions":2}`. */
  summary: text('summary').notNull(),
});
