import { Injectable } from '@nestjs/common';
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { Database } from '../../platform/database/database.js';
import { favorites, listings } from '../../platform/database/schema/index.js';
import type { ListingRow } from './listing.repository.js';

/** Favorites, with the listing's `favorite_count` kept in step in the same transaction. */
@Injectable()
export class FavoriteRepository {
  constructor(private readonly database: Database) {}

  /** Idempotent: favoriting twice counts once. Returns the listing's new count. */
  async add(userId: string, listingId: string): Promise<number> {
    return this.database.db.transaction(async (tx) => {
      const inserted = await tx
        .insert(favorites)
        .values({ userId, listingId })
        .onConflictDoNothing()
        .returning({ listingId: favorites.listingId });
      const delta = inserted.length;
      const [row] = await tx
        .update(listings)
        .set({ favoriteCount: sql`${listings.favoriteCount} + ${delta}` })
        .where(eq(listings.id, listingId))
        .returning({ favoriteCount: listings.favoriteCount });
      return row?.favoriteCount ?? 0;
    });
  }

  async remove(userId: string, listingId: string): Promise<number> {
    return this.database.db.transaction(async (tx) => {
      const deleted = await tx
        .delete(favorites)
        .where(and(eq(favorites.userId, userId), eq(favorites.listingId, listingId)))
        .returning({ listingId: favorites.listingId });
      const [row] = await tx
        .update(listings)
        .set({ favoriteCount: sql`greatest(${listings.favoriteCount} - ${deleted.length}, 0)` })
        .where(eq(listings.id, listingId))
        .returning({ favoriteCount: listings.favoriteCount });
      return row?.favoriteCount ?? 0;
    });
  }

  /** Which of these listings the member has favorited, in one query. */
  async favoritedAmong(userId: string, listingIds: readonly string[]): Promise<Set<string>> {
    if (listingIds.length === 0) return new Set();
    const rows = await this.database.db
      .select({ listingId: favorites.listingId })
      .from(favorites)
      .where(and(eq(favorites.userId, userId), inArray(favorites.listingId, [...listingIds])));
    return new Set(rows.map((row) => row.listingId));
  }

  /** The member's favorites that are still public (active or sold), newest favorite first. */
  async listOf(
    userId: string,
    limit: number,
    offset: number,
  ): Promise<{ rows: ListingRow[]; total: number }> {
    const where = and(eq(favorites.userId, userId), inArray(listings.status, ['active', 'sold']));
    const db = this.database.db;
    const [rows, totals] = await Promise.all([
      db
        .select({ listing: listings })
        .from(favorites)
        .innerJoin(listings, eq(listings.id, favorites.listingId))
        .where(where)
        .orderBy(desc(favorites.createdAt))
        .limit(limit)
        .offset(offset),
      db
        .select({ total: count() })
        .from(favorites)
        .innerJoin(listings, eq(listings.id, favorites.listingId))
        .where(where),
    ]);
    return { rows: rows.map((row) => row.listing), total: totals[0]?.total ?? 0 };
  }
}
