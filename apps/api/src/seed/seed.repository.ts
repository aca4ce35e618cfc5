import { count, eq, sql } from 'drizzle-orm';
import type { Database } from '../platform/database/database.js';
import {
  attributeDefinitions,
  brands,
  categories,
  categoryAttributes,
  listings,
  users,
} from '../platform/database/schema/index.js';

type NewCategory = typeof categories.$inferInsert;
type NewBrand = typeof brands.$inferInsert;
type NewUser = typeof users.$inferInsert;
type NewAttributeDefinition = Omit<typeof attributeDefinitions.$inferInsert, 'createdAt' | 'updatedAt'>;
type NewCategoryAttribute = typeof categoryAttributes.$inferInsert;

/** Upserts by natural key (slug, email, attribute key): running the seed twice changes nothing the second time. */
export class SeedRepository {
  constructor(private readonly database: Database) {}

  async upsertCategory(row: NewCategory): Promise<string> {
    const [saved] = await this.database.db
      .insert(categories)
      .values(row)
      .onConflictDoUpdate({
        target: categories.slug,
        set: {
          parentId: row.parentId,
          nameTr: row.nameTr,
          nameEn: row.nameEn,
          descriptionTr: row.descriptionTr,
          descriptionEn: row.descriptionEn,
          icon: row.icon,
          position: row.position,
          updatedAt: sql`now()`,
        },
      })
      .returning({ id: categories.id });
    return saved!.id;
  }

  async upsertBrand(row: NewBrand): Promise<void> {
    await this.database.db
      .insert(brands)
      .values(row)
      .onConflictDoUpdate({
        target: brands.slug,
        set: {
          name: row.name,
          country: row.country,
          founded: row.founded,
          website: row.website,
          updatedAt: sql`now()`,
        },
      });
  }

  /** Creates a user once; an existing account (and any password its owner set) is left alone. */
  async insertUserIfMissing(row: NewUser): Promise<void> {
    await this.database.db.insert(users).values(row).onConflictDoNothing({ target: users.email });
  }

  async hasUser(email: string): Promise<boolean> {
    const result = await this.database.db
      .select({ id: users.id })
      .from(users)
      .where(sql`${users.email} = ${email}`)
      .limit(1);
    return result.length > 0;
  }

  async upsertAttributeDefinition(row: NewAttributeDefinition): Promise<void> {
    const { key: _key, ...fields } = row;
    await this.database.db
      .insert(attributeDefinitions)
      .values(row)
      .onConflictDoUpdate({ target: attributeDefinitions.key, set: { ...fields, updatedAt: sql`now()` } });
  }

  /** Attaches an attribute to a category (or updates whether it is required and its position); others stay. */
  async upsertCategoryAttribute(row: NewCategoryAttribute): Promise<void> {
    await this.database.db
      .insert(categoryAttributes)
      .values(row)
      .onConflictDoUpdate({
        target: [categoryAttributes.categoryId, categoryAttributes.attributeKey],
        set: { required: row.required, position: row.position },
      });
  }

  async categoryIdsBySlug(): Promise<Map<string, string>> {
    const rows = await this.database.db.select({ id: categories.id, slug: categories.slug }).from(categories);
    return new Map(rows.map((row) => [row.slug, row.id]));
  }

  async brandIdsBySlug(): Promise<Map<string, string>> {
    const rows = await this.database.db.select({ id: brands.id, slug: brands.slug }).from(brands);
    return new Map(rows.map((row) => [row.slug, row.id]));
  }

  async userIdByEmail(email: string): Promise<string | null> {
    const [row] = await this.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, email))
      .limit(1);
    return row?.id ?? null;
  }

  /** How many listings (in any state) a seller has: the catalog seed tops a seller up to their share, no more. */
  async countListingsOf(sellerId: string): Promise<number> {
    const [row] = await this.database.db
      .select({ total: count() })
      .from(listings)
      .where(eq(listings.sellerId, sellerId));
    return row?.total ?? 0;
  }

  async countListingsByStatus(): Promise<Record<string, number>> {
    const rows = await this.database.db
      .select({ status: listings.status, total: count() })
      .from(listings)
      .groupBy(listings.status);
    return Object.fromEntries(rows.map((row) => [row.status, row.total]));
  }
}
