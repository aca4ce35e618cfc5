import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity.schema.js';

/** What an image is for: its bucket, its limits and the variants it gets follow from it. */
export const mediaKind = pgEnum('media_kind', ['listing-photo', 'avatar']);
/** `pending` until the `process-image` job has written every variant; `failed` carries a reason the owner sees. */
export const mediaStatus = pgEnum('media_status', ['pending', 'ready', 'failed']);

/** One resized copy of an image: `size` is the box it fits in (its file name), width × height what came out. */
export interface MediaVariantRecord {
  size: number;
  width: number;
  height: number;
  format: 'avif' | 'webp' | 'jpeg';
  key: string;
  bytes: number;
}

/**
 * An uploaded image (listing photo or avatar). The original stays private in storage; the variants are public,
 * immutable files under `variants/<id>/<size>.<format>`. Width, height, blurhash and dominant colour describe the
 * image after auto-orientation and are known once the job has run.
 */
export const mediaAssets = pgTable(
  'media_assets',
  {
    id: uuid('id').primaryKey(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: mediaKind('kind').notNull(),
    status: mediaStatus('status').notNull().default('pending'),
    /** Why processing failed, Turkish first then English; shown to the owner as it is. */
    failureReason: text('failure_reason'),
    originalKey: text('original_key').notNull(),
    originalContentType: text('original_content_type').notNull(),
    originalBytes: integer('original_bytes').notNull(),
    width: integer('width'),
    height: integer('height'),
    blurhash: text('blurhash'),
    /** `#rrggbb` */
    dominantColor: text('dominant_color'),
    variants: jsonb('variants').$type<MediaVariantRecord[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (t) => [index('media_assets_owner_idx').on(t.ownerId, t.createdAt)],
);
