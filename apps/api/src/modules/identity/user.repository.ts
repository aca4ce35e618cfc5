import { Injectable } from '@nestjs/common';
import { count, eq } from 'drizzle-orm';
import { Database } from '../../platform/database/database.js';
import { users } from '../../platform/database/schema/index.js';

export type UserRow = typeof users.$inferSelect;

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

  countByRole(): Promise<{ role: UserRow['role']; total: number }[]> {
    return this.database.db.select({ role: users.role, total: count() }).from(users).groupBy(users.role);
  }
}
