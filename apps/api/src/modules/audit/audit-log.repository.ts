import { Injectable } from '@nestjs/common';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { Database } from '../../platform/database/database.js';
import { auditLog, users } from '../../platform/database/schema/index.js';

export type NewAuditEntry = typeof auditLog.$inferInsert;
export type AuditRow = typeof auditLog.$inferSelect & { actorName: string | null };

@Injectable()
export class AuditLogRepository {
  constructor(private readonly database: Database) {}

  async insert(entry: NewAuditEntry): Promise<void> {
    await this.database.db.insert(auditLog).values(entry);
  }

  async list(filter: {
    targetType?: string;
    targetId?: string;
    limit: number;
    offset: number;
  }): Promise<AuditRow[]> {
    const conditions: SQL[] = [];
    if (filter.targetType) conditions.push(eq(auditLog.targetType, filter.targetType));
    if (filter.targetId) conditions.push(eq(auditLog.targetId, filter.targetId));
    const rows = await this.database.db
      .select({ entry: auditLog, actorName: users.displayName })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(conditions.length > 0 ? and(...conditions) : undefined)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(filter.limit)
      .offset(filter.offset);
    return rows.map((r) => ({ ...r.entry, actorName: r.actorName }));
  }
}
