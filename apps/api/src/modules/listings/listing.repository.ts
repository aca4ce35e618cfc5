import { Injectable } from '@nestjs/common';
import type { ListingSort, ListingStatus } from '@tarodan/contracts';
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { Database, type Db } from '../../platform/database/database.js';
import {
  listingPhotos,
  listingPriceHistory,
  listings,
  listingTransitions,
} from '../../platform/database/schema/index.js';

export type ListingRow = typeof listings.$inferSelect;
export type NewListingRow = typeof listings.$inferInsert;
export type ListingPatch = Partial<Omit<NewListingRow, 'id' | 'sellerId' | 'createdAt' | 'version'>>;
export type TransitionRecord = {
  action: string;
  actorId: string | null;
  actorKind: 'seller' | 'moderator' | 'system';
  reason: string | null;
};
export type TransitionRow = typeof listingTransitions.$inferSelect;
export type PriceRow = typeof listingPriceHistory.$inferSelect;

export interface BrowseFilter {
  categoryIds?: readonly string[];
  sellerId?: string;
  statuses: readonly ListingStatus[];
  sort: ListingSort;
  limit: number;
  offset: number;
}

const ORDER: Record<ListingSort, SQL[]> = {
  newest: [sql`${listings.publishedAt} desc nulls last`, desc(listings.id)],
  price_asc: [asc(listings.priceKurus), desc(listings.id)],
  price_desc: [desc(listings.priceKurus), desc(listings.id)],
  popular: [desc(listings.favoriteCount), sql`${listings.publishedAt} desc nulls last`, desc(listings.id)],
};

/** Listings, their ordered photos, the transition audit trail and the price history. */
@Injectable()
export class ListingRepository {
  constructor(private readonly database: Database) {}

  /** A new draft with its photos, its first price and its `created` transition, all in one transaction. */
  async insert(
    row: NewListingRow,
    photoIds: readonly string[],
    transition: TransitionRecord,
  ): Promise<ListingRow> {
    return this.database.db.transaction(async (tx) => {
      const [created] = await tx.insert(listings).values(row).returning();
      if (!created) throw new Error('insert returned no listing');
      await replacePhotos(tx, created.id, photoIds);
      await tx.insert(listingPriceHistory).values({ listingId: created.id, priceKurus: created.priceKurus });
      await tx.insert(listingTransitions).values({
        listingId: created.id,
        fromStatus: null,
        toStatus: created.status,
        ...transition,
      });
      return created;
    });
  }

  /**
   * Applies an edit (and, when given, a status change with its audit row) only if the listing is still at the
   * version the caller read: a concurrent edit makes this return null instead of silently winning.
   */
  async update(
    current: ListingRow,
    patch: ListingPatch,
    options: { photoIds?: readonly string[]; transition?: TransitionRecord },
  ): Promise<ListingRow | null> {
    return this.database.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(listings)
        .set({ ...patch, version: sql`${listings.version} + 1`, updatedAt: new Date() })
        .where(and(eq(listings.id, current.id), eq(listings.version, current.version)))
        .returning();
      if (!updated) return null;
      if (options.photoIds) await replacePhotos(tx, current.id, options.photoIds);
      if (patch.priceKurus !== undefined && patch.priceKurus !== current.priceKurus) {
        await tx.insert(listingPriceHistory).values({ listingId: current.id, priceKurus: patch.priceKurus });
      }
      if (options.transition && updated.status !== current.status) {
        await tx.insert(listingTransitions).values({
          listingId: current.id,
          fromStatus: current.status,
          toStatus: updated.status,
          ...options.transition,
        });
      }
      return updated;
    });
  }

  async delete(id: string): Promise<void> {
    await this.database.db.delete(listings).where(eq(listings.id, id));
  }

  async findById(id: string): Promise<ListingRow | null> {
    const [row] = await this.database.db.select().from(listings).where(eq(listings.id, id)).limit(1);
    return row ?? null;
  }

  async findByIds(ids: readonly string[]): Promise<ListingRow[]> {
    if (ids.length === 0) return [];
    return this.database.db
      .select()
      .from(listings)
      .where(inArray(listings.id, [...ids]));
  }

  /** Photo ids of many listings in one query, each list in display order. */
  async photoIdsOf(listingIds: readonly string[]): Promise<Map<string, string[]>> {
    const byListing = new Map<string, string[]>(listingIds.map((id) => [id, []]));
    if (listingIds.length === 0) return byListing;
    const rows = await this.database.db
      .select()
      .from(listingPhotos)
      .where(inArray(listingPhotos.listingId, [...listingIds]))
      .orderBy(asc(listingPhotos.listingId), asc(listingPhotos.position));
    for (const row of rows) byListing.get(row.listingId)?.push(row.assetId);
    return byListing;
  }

  async browse(filter: BrowseFilter): Promise<{ rows: ListingRow[]; total: number }> {
    const where = and(
      inArray(listings.status, [...filter.statuses]),
      filter.categoryIds ? inArray(listings.categoryId, [...filter.categoryIds]) : undefined,
      filter.sellerId ? eq(listings.sellerId, filter.sellerId) : undefined,
    );
    const db = this.database.db;
    const [rows, totals] = await Promise.all([
      db
        .select()
        .from(listings)
        .where(where)
        .orderBy(...ORDER[filter.sort])
        .limit(filter.limit)
        .offset(filter.offset),
      db.select({ total: count() }).from(listings).where(where),
    ]);
    return { rows, total: totals[0]?.total ?? 0 };
  }

  async listOfSeller(
    sellerId: string,
    query: { status?: ListingStatus; limit: number; offset: number },
  ): Promise<{ rows: ListingRow[]; total: number }> {
    const where = and(
      eq(listings.sellerId, sellerId),
      query.status ? eq(listings.status, query.status) : sql`${listings.status} <> 'archived'`,
    );
    const db = this.database.db;
    const [rows, totals] = await Promise.all([
      db
        .select()
        .from(listings)
        .where(where)
        .orderBy(desc(listings.updatedAt))
        .limit(query.limit)
        .offset(query.offset),
      db.select({ total: count() }).from(listings).where(where),
    ]);
    return { rows, total: totals[0]?.total ?? 0 };
  }

  async reviewQueue(limit: number, offset: number): Promise<{ rows: ListingRow[]; total: number }> {
    const where = eq(listings.status, 'pending_review');
    const db = this.database.db;
    const [rows, totals] = await Promise.all([
      db.select().from(listings).where(where).orderBy(asc(listings.submittedAt)).limit(limit).offset(offset),
      db.select({ total: count() }).from(listings).where(where),
    ]);
    return { rows, total: totals[0]?.total ?? 0 };
  }

  async history(listingId: string): Promise<{ transitions: TransitionRow[]; prices: PriceRow[] }> {
    const db = this.database.db;
    const [transitions, prices] = await Promise.all([
      db
        .select()
        .from(listingTransitions)
        .where(eq(listingTransitions.listingId, listingId))
        .orderBy(asc(listingTransitions.createdAt)),
      db
        .select()
        .from(listingPriceHistory)
        .where(eq(listingPriceHistory.listingId, listingId))
        .orderBy(asc(listingPriceHistory.createdAt)),
    ]);
    return { transitions, prices };
  }

  /** The median active price in these categories and how many listings it rests on. */
  async medianActivePrice(categoryIds: readonly string[]): Promise<{ medianKurus: number; sample: number }> {
    const [row] = await this.database.db
      .select({
        median: sql<string | null>`percentile_cont(0.5) within group (order by ${listings.priceKurus})`,
        sample: count(),
      })
      .from(listings)
      .where(and(eq(listings.status, 'active'), inArray(listings.categoryId, [...categoryIds])));
    return { medianKurus: Number(row?.median ?? 0), sample: row?.sample ?? 0 };
  }

  /** Active listings per seller, for seller cards. */
  async activeCountsBySeller(sellerIds: readonly string[]): Promise<Map<string, number>> {
    if (sellerIds.length === 0) return new Map();
    const rows = await this.database.db
      .select({ sellerId: listings.sellerId, total: count() })
      .from(listings)
      .where(and(eq(listings.status, 'active'), inArray(listings.sellerId, [...sellerIds])))
      .groupBy(listings.sellerId);
    return new Map(rows.map((row) => [row.sellerId, row.total]));
  }

  /** Public listings (active and sold) for sitemap.xml, most recently changed first. */
  async sitemapPage(
    limit: number,
    offset: number,
  ): Promise<{ rows: Pick<ListingRow, 'id' | 'slug' | 'updatedAt'>[]; total: number }> {
    const where = inArray(listings.status, ['active', 'sold']);
    const db = this.database.db;
    const [rows, totals] = await Promise.all([
      db
        .select({ id: listings.id, slug: listings.slug, updatedAt: listings.updatedAt })
        .from(listings)
        .where(where)
        .orderBy(desc(listings.updatedAt), desc(listings.id))
        .limit(limit)
        .offset(offset),
      db.select({ total: count() }).from(listings).where(where),
    ]);
    return { rows, total: totals[0]?.total ?? 0 };
  }

  async countByStatus(): Promise<Map<ListingStatus, number>> {
    const rows = await this.database.db
      .select({ status: listings.status, total: count() })
      .from(listings)
      .groupBy(listings.status);
    return new Map(rows.map((row) => [row.status, row.total]));
  }

  /** Erasure: every listing of a member goes with them (photos, trail and favorites cascade). */
  async deleteAllOf(sellerId: string): Promise<number> {
    const rows = await this.database.db
      .delete(listings)
      .where(eq(listings.sellerId, sellerId))
      .returning({ id: listings.id });
    return rows.length;
  }
}

async function replacePhotos(tx: Db, listingId: string, photoIds: readonly string[]): Promise<void> {
  await tx.delete(listingPhotos).where(eq(listingPhotos.listingId, listingId));
  if (photoIds.length === 0) return;
  await tx
    .insert(listingPhotos)
    .values(photoIds.map((assetId, position) => ({ listingId, assetId, position })));
}
