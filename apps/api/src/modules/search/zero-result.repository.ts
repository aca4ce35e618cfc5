import { Injectable } from '@nestjs/common';
import { desc, sql } from 'drizzle-orm';
import { Database } from '../../platform/database/database.js';
import { searchZeroResults } from '../../platform/database/schema/index.js';

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
}
