import { sql } from 'drizzle-orm';
import type { Database } from '../platform/database/database.js';
import { brands, categories, users } from '../platform/database/schema/index.js';

type NewCategory = typeof categories.$inferInsert;
type NewBrand = typeof brands.$inferInsert;
type NewUser = typeof users.$inferInsert;

/** Upserts by natural key (slug, email): running the seed twice changes nothing the second time. */
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
}
