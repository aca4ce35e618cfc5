import { Injectable } from '@nestjs/common';
import type { SearchDocument } from '@tarodan/contracts';
import { and, asc, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import { Database } from '../../platform/database/database.js';
import {
  attributeDefinitions,
  brands,
  categories,
  listings,
  searchIndexerLease,
  searchOutbox,
  sellerRatings,
  users,
} from '../../platform/database/schema/index.js';

export type OutboxRow = typeof searchOutbox.$inferSelect;

const LEASE = 'search-indexer';

/**
 * The outbox of listing changes, the indexer's lease, and the listing data a search document is built from (with the
 * brand, the category path, the seller's city and rating).
 */
@Injectable()
export class SearchIndexingRepository {
  constructor(private readonly database: Database) {}

  private get db() {
    return this.database.db;
  }

  /** Takes (or renews) the one indexer lease; false while another holder's lease has not expired. */
  async acquireLease(holder: string, ttlMs: number): Promise<boolean> {
    const expiresAt = new Date(Date.now() + ttlMs);
    const taken = await this.db
      .insert(searchIndexerLease)
      .values({ name: LEASE, holder, expiresAt })
      .onConflictDoUpdate({
        target: searchIndexerLease.name,
        set: { holder, expiresAt },
        setWhere: or(eq(searchIndexerLease.holder, holder), lt(searchIndexerLease.expiresAt, new Date())),
      })
      .returning({ holder: searchIndexerLease.holder });
    return taken.length === 1;
  }

  async releaseLease(holder: string): Promise<void> {
    await this.db
      .delete(searchIndexerLease)
      .where(and(eq(searchIndexerLease.name, LEASE), eq(searchIndexerLease.holder, holder)));
  }

  /** The oldest outbox rows of a stage (0: PostgreSQL index, 1: Elasticsearch). */
  async batch(stage: 0 | 1, limit: number): Promise<OutboxRow[]> {
    return this.db
      .select()
      .from(searchOutbox)
      .where(eq(searchOutbox.stage, stage))
      .orderBy(asc(searchOutbox.id))
      .limit(limit);
  }

  async advance(ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .update(searchOutbox)
      .set({ stage: 1 })
      .where(inArray(searchOutbox.id, [...ids]));
  }

  async delete(ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.delete(searchOutbox).where(inArray(searchOutbox.id, [...ids]));
  }

  async backlog(): Promise<number> {
    const [row] = await this.db.select({ n: sql<number>`count(*)::int` }).from(searchOutbox);
    return Number(row?.n ?? 0);
  }

  async countActive(): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(listings)
      .where(eq(listings.status, 'active'));
    return Number(row?.n ?? 0);
  }

  /** Documents of the listings among `ids` that are active now; the others are to be removed. */
  async activeDocuments(ids: readonly string[]): Promise<SearchDocument[]> {
    if (ids.length === 0) return [];
    return this.documents(and(eq(listings.status, 'active'), inArray(listings.id, [...ids])));
  }

  /** Every active listing's document, `size` at a time in id order (for a reindex). */
  async *allActiveDocuments(size: number): AsyncGenerator<SearchDocument[]> {
    let after: string | null = null;
    for (;;) {
      const page = await this.documents(
        and(eq(listings.status, 'active'), after ? gt(listings.id, after) : undefined),
        size,
      );
      if (page.length === 0) return;
      yield page;
      after = page[page.length - 1]!.id;
      if (page.length < size) return;
    }
  }

  private async documents(where: ReturnType<typeof and>, limit?: number): Promise<SearchDocument[]> {
    const [flagKeys, parents] = await Promise.all([this.flagKeys(), this.categoryParents()]);
    const query = this.db
      .select({
        id: listings.id,
        version: listings.version,
        title: listings.title,
        description: listings.description,
        attributes: listings.attributes,
        categoryId: listings.categoryId,
        condition: listings.condition,
        packaging: listings.packaging,
        priceKurus: listings.priceKurus,
        shippingPayer: listings.shippingPayer,
        publishedAt: listings.publishedAt,
        updatedAt: listings.updatedAt,
        brandSlug: brands.slug,
        brandName: brands.name,
        city: users.city,
        ratingAverage: sellerRatings.average,
        ratingCount: sellerRatings.count,
      })
      .from(listings)
      .leftJoin(brands, eq(brands.id, listings.brandId))
      .innerJoin(users, eq(users.id, listings.sellerId))
      .leftJoin(sellerRatings, eq(sellerRatings.sellerId, listings.sellerId))
      .where(where)
      .orderBy(asc(listings.id));
    const rows = limit ? await query.limit(limit) : await query;
    return rows.map((row) => {
      const attributes = row.attributes ?? {};
      const text = (key: string) =>
        typeof attributes[key] === 'string' ? (attributes[key] as string) : null;
      const year = attributes.production_year;
      return {
        id: row.id,
        version: row.version,
        title: row.title,
        description: row.description,
        brandSlug: row.brandSlug,
        brandName: row.brandName,
        series: text('series'),
        model: text('model'),
        categoryIds: categoryPath(row.categoryId, parents),
        scale: text('scale'),
        condition: row.condition,
        packaging: row.packaging,
        flags: Object.keys(attributes)
          .filter((key) => attributes[key] === true && flagKeys.has(key))
          .sort(),
        year: typeof year === 'number' && Number.isInteger(year) ? year : null,
        priceKurus: row.priceKurus,
        city: row.city,
        freeShipping: row.shippingPayer === 'seller',
        sellerRating: sellerRating(row.ratingAverage, row.ratingCount),
        publishedAt: (row.publishedAt ?? row.updatedAt).toISOString(),
      };
    });
  }

  private async flagKeys(): Promise<Set<string>> {
    const rows = await this.db
      .select({ key: attributeDefinitions.key })
      .from(attributeDefinitions)
      .where(eq(attributeDefinitions.isFlag, true));
    return new Set(rows.map((r) => r.key));
  }

  private async categoryParents(): Promise<Map<string, string | null>> {
    const rows = await this.db.select({ id: categories.id, parentId: categories.parentId }).from(categories);
    return new Map(rows.map((r) => [r.id, r.parentId]));
  }
}

/** The average only counts once there is a review (a 0-review row is the aggregate's starting state). */
function sellerRating(average: number | null, count: number | null): number | null {
  return average !== null && count !== null && count >= 1 ? Number(average) : null;
}

/** Root first, the listing's own category last. */
function categoryPath(id: string, parents: Map<string, string | null>): string[] {
  const path: string[] = [];
  for (
    let current: string | null | undefined = id;
    current && path.length < 20;
    current = parents.get(current)
  ) {
    path.unshift(current);
  }
  return path;
}
