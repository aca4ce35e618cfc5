import { Injectable } from '@nestjs/common';
import type { Role, UserStatus } from '@tarodan/contracts';
import { and, count, desc, eq, gte, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { Database } from '../../platform/database/database.js';
import { escapeLike } from '../../platform/database/escape-like.js';
import { sellerProfiles, sellerRatings, userConsents, users } from '../../platform/database/schema/index.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type ConsentInput = Omit<typeof userConsents.$inferInsert, 'id' | 'userId' | 'createdAt'>;
export type UserListFilter = { q?: string; role?: Role; status?: UserStatus; limit: number; offset: number };
export type UserListRow = UserRow & { isSeller: boolean };
export type SellerRating = { average: number; count: number };
export type SellerDetails = { storeName: string | null; rating: SellerRating | null };

@Injectable()
export class UserRepository {
  constructor(private readonly database: Database) {}

  async findByEmail(email: string): Promise<UserRow | null> {
    const [row] = await this.database.db
      .select()
      .from(users)
      .where(eq(users.email, email.toLowerCase()))
      .limit(1);
    return row ?? null;
  }

  async findById(id: string): Promise<UserRow | null> {
    const [row] = await this.database.db.select().from(users).where(eq(users.id, id)).limit(1);
    return row ?? null;
  }

  /** The account and its consents in one transaction; null when the e-mail is already taken. */
  async findByIds(ids: readonly string[]): Promise<UserRow[]> {
    if (ids.length === 0) return [];
    return this.database.db
      .select()
      .from(users)
      .where(inArray(users.id, [...ids]));
  }

  async createWithConsents(user: NewUser, consents: ConsentInput[]): Promise<UserRow | null> {
    return this.database.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values(user)
        .onConflictDoNothing({ target: users.email })
        .returning();
      if (!row) return null;
      if (consents.length > 0) {
        await tx.insert(userConsents).values(consents.map((c) => ({ ...c, userId: row.id })));
      }
      return row;
    });
  }

  async update(id: string, changes: Partial<NewUser>): Promise<UserRow> {
    const [row] = await this.database.db
      .update(users)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    if (!row) throw new Error(`User ${id} vanished during an update`);
    return row;
  }

  async addConsent(userId: string, consent: ConsentInput): Promise<void> {
    await this.database.db.insert(userConsents).values({ ...consent, userId });
  }

  /** The newest marketing consent decides; no row means no consent. */
  async marketingOptIn(userId: string): Promise<boolean> {
    const [row] = await this.database.db
      .select({ granted: userConsents.granted })
      .from(userConsents)
      .where(and(eq(userConsents.userId, userId), eq(userConsents.kind, 'marketing')))
      .orderBy(desc(userConsents.createdAt), desc(userConsents.id))
      .limit(1);
    return row?.granted ?? false;
  }

  async isSeller(userId: string): Promise<boolean> {
    const [row] = await this.database.db
      .select({ userId: sellerProfiles.userId })
      .from(sellerProfiles)
      .where(eq(sellerProfiles.userId, userId))
      .limit(1);
    return Boolean(row);
  }

  /** Shop names of the sellers among these members, in one query. */
  /**
   * Store names and review aggregates of sellers, in one query: the seller part of a listing page. A rating is
   * present only once the seller has a review (reviews maintain `seller_ratings`).
   */
  async sellerDetailsOf(ids: readonly string[]): Promise<Map<string, SellerDetails>> {
    if (ids.length === 0) return new Map();
    const rows = await this.database.db
      .select({
        userId: users.id,
        storeName: sellerProfiles.storeName,
        average: sellerRatings.average,
        count: sellerRatings.count,
      })
      .from(users)
      .leftJoin(sellerProfiles, eq(sellerProfiles.userId, users.id))
      .leftJoin(sellerRatings, and(eq(sellerRatings.sellerId, users.id), gte(sellerRatings.count, 1)))
      .where(inArray(users.id, [...ids]));
    return new Map(
      rows.map((row) => [
        row.userId,
        {
          storeName: row.storeName,
          rating:
            row.average !== null && row.count !== null
              ? { average: Number(row.average), count: row.count }
              : null,
        },
      ]),
    );
  }

  /** One seller's review aggregate, or null before their first review. */
  async ratingOf(id: string): Promise<SellerRating | null> {
    return (await this.sellerDetailsOf([id])).get(id)?.rating ?? null;
  }

  async list(filter: UserListFilter): Promise<{ rows: UserListRow[]; total: number }> {
    const conditions: SQL[] = [];
    if (filter.role) conditions.push(eq(users.role, filter.role));
    if (filter.status) conditions.push(eq(users.status, filter.status));
    if (filter.q) {
      const pattern = `%${escapeLike(filter.q)}%`;
      conditions.push(or(ilike(users.email, pattern), ilike(users.displayName, pattern))!);
    }
    const where = conditions.length > 0 ? and(...conditions) : undefined;
    const db = this.database.db;
    const [rows, totals] = await Promise.all([
      db
        .select({
          user: users,
          isSeller: sql<boolean>`${sellerProfiles.userId} is not null`,
        })
        .from(users)
        .leftJoin(sellerProfiles, eq(sellerProfiles.userId, users.id))
        .where(where)
        .orderBy(desc(users.createdAt), desc(users.id))
        .limit(filter.limit)
        .offset(filter.offset),
      db.select({ total: count() }).from(users).where(where),
    ]);
    return {
      rows: rows.map((r) => ({ ...r.user, isSeller: Boolean(r.isSeller) })),
      total: totals[0]?.total ?? 0,
    };
  }

  countByRole(): Promise<{ role: UserRow['role']; total: number }[]> {
    return this.database.db.select({ role: users.role, total: count() }).from(users).groupBy(users.role);
  }
}
