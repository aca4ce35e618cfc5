import { Injectable } from '@nestjs/common';
import { asc, count, eq, ilike, inArray, or } from 'drizzle-orm';
import { Database } from '../../platform/database/database.js';
import { escapeLike } from '../../platform/database/escape-like.js';
import { brands, categories, listings } from '../../platform/database/schema/index.js';

export type CategoryRow = typeof categories.$inferSelect;
export type BrandRow = typeof brands.$inferSelect;

@Injectable()
export class CatalogRepository {
  constructor(private readonly database: Database) {}

  listCategories(): Promise<CategoryRow[]> {
    return this.database.db
      .select()
      .from(categories)
      .orderBy(asc(categories.position), asc(categories.nameTr));
  }

  async listBrands(query: {
    q?: string;
    limit: number;
    offset: number;
  }): Promise<{ rows: BrandRow[]; total: number }> {
    const where = query.q
      ? or(ilike(brands.name, `%${escapeLike(query.q)}%`), ilike(brands.slug, `%${escapeLike(query.q)}%`))
      : undefined;
    const db = this.database.db;
    const [rows, totals] = await Promise.all([
      db.select().from(brands).where(where).orderBy(asc(brands.name)).limit(query.limit).offset(query.offset),
      db.select({ total: count() }).from(brands).where(where),
    ]);
    return { rows, total: totals[0]?.total ?? 0 };
  }

  async findBrandsByIds(ids: readonly string[]): Promise<BrandRow[]> {
    if (ids.length === 0) return [];
    return this.database.db
      .select()
      .from(brands)
      .where(inArray(brands.id, [...ids]));
  }

  /** Active listings per category (own listings only; callers add up subtrees). */
  async activeListingCounts(): Promise<Map<string, number>> {
    const rows = await this.database.db
      .select({ categoryId: listings.categoryId, total: count() })
      .from(listings)
      .where(eq(listings.status, 'active'))
      .groupBy(listings.categoryId);
    return new Map(rows.map((row) => [row.categoryId, row.total]));
  }

  async findBrand(by: { id: string } | { slug: string }): Promise<BrandRow | null> {
    const condition = 'id' in by ? eq(brands.id, by.id) : eq(brands.slug, by.slug);
    const [row] = await this.database.db.select().from(brands).where(condition).limit(1);
    return row ?? null;
  }
}
