import { Injectable } from '@nestjs/common';
import { asc, count, desc, eq, ilike, sql } from 'drizzle-orm';
import { Database } from '../../platform/database/database.js';
import { escapeLike } from '../../platform/database/escape-like.js';
import { searchZeroResults } from '../../platform/database/schema/index.js';

export type ZeroResultRow = typeof searchZeroResults.$inferSelect;

export type ZeroResultFilter = {
  /** Folded text to find anywhere in the query. */
  contains?: string;
  sort: 'count' | 'recent';
  limit: number;
  offset: number;
};

/** Queries that found nothing, counted per normalized text, for the admin's "what do buyers miss" list. */
@Injectable()
export class ZeroResultRepository {
  constructor(private readonly database: Database) {}

  async record(query: string): Promise<void> {
    await this.database.db
      .insert(searchZeroResults)
      .values({ query })
      .onConflictDoUpdate({
        target: searchZeroResults.query,
        set: { count: sql`${searchZeroResults.count} + 1`, lastSeenAt: new Date() },
      });
  }

  async top(limit: number) {
    return this.database.db
      .select()
      .from(searchZeroResults)
      .orderBy(desc(searchZeroResults.count), desc(searchZeroResults.lastSeenAt))
      .limit(limit);
  }

  /** One page, ties broken on the query text so pages never overlap. */
  async list(filter: ZeroResultFilter): Promise<{ rows: ZeroResultRow[]; total: number }> {
    const where = filter.contains
      ? ilike(searchZeroResults.query, `%${escapeLike(filter.contains)}%`)
      : undefined;
    const order =
      filter.sort === 'recent'
        ? [desc(searchZeroResults.lastSeenAt), asc(searchZeroResults.query)]
        : [desc(searchZeroResults.count), desc(searchZeroResults.lastSeenAt), asc(searchZeroResults.query)];
    const db = this.database.db;
    const [rows, totals] = await Promise.all([
      db
        .select()
        .from(searchZeroResults)
        .where(where)
        .orderBy(...order)
        .limit(filter.limit)
        .offset(filter.offset),
      db.select({ total: count() }).from(searchZeroResults).where(where),
    ]);
    return { rows, total: totals[0]?.total ?? 0 };
  }

  /** Removes one query; the row as it was, or null when there was none (already handled). */
  async remove(query: string): Promise<ZeroResultRow | null> {
    const [row] = await this.database.db
      .delete(searchZeroResults)
      .where(eq(searchZeroResults.query, query))
      .returning();
    return row ?? null;
  }
}
