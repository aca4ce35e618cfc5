import { Injectable } from '@nestjs/common';
import { and, desc, eq, gt, isNotNull, lt, lte, or } from 'drizzle-orm';
import { Database } from '../../platform/database/database.js';
import { dataExports, users } from '../../platform/database/schema/index.js';

export type DataExportRow = typeof dataExports.$inferSelect;

/** What the request rules look at, read under a lock on the member's row. */
export type ExportRequestState = {
  memberStatus: (typeof users.$inferSelect)['status'] | null;
  /** The member's exports requested after `since`, plus any still pending, newest first. */
  recent: DataExportRow[];
};

@Injectable()
export class DataExportRepository {
  constructor(private readonly database: Database) {}

  /**
   * Inserts a pending export unless `refuse` returns a reason. The member's `users` row is locked for the duration,
   * so two simultaneous requests cannot both pass the limits.
   */
  createUnlessRefused<R>(
    userId: string,
    since: Date,
    refuse: (state: ExportRequestState) => R | null,
  ): Promise<{ row: DataExportRow } | { refusal: R }> {
    return this.database.db.transaction(async (tx) => {
      const [member] = await tx
        .select({ status: users.status })
        .from(users)
        .where(eq(users.id, userId))
        .for('update');
      const recent = await tx
        .select()
        .from(dataExports)
        .where(
          and(
            eq(dataExports.userId, userId),
            or(gt(dataExports.requestedAt, since), eq(dataExports.status, 'pending')),
          ),
        )
        .orderBy(desc(dataExports.requestedAt));
      const refusal = refuse({ memberStatus: member?.status ?? null, recent });
      if (refusal !== null) return { refusal };
      const [row] = await tx.insert(dataExports).values({ userId }).returning();
      return { row: row! };
    });
  }

  async findById(id: string): Promise<DataExportRow | null> {
    const [row] = await this.database.db.select().from(dataExports).where(eq(dataExports.id, id)).limit(1);
    return row ?? null;
  }

  listForUser(userId: string, limit: number): Promise<DataExportRow[]> {
    return this.database.db
      .select()
      .from(dataExports)
      .where(eq(dataExports.userId, userId))
      .orderBy(desc(dataExports.requestedAt))
      .limit(limit);
  }

  /** Pending → ready. False when the export is gone (the account was deleted meanwhile) or no longer pending. */
  async markReady(
    id: string,
    done: { objectKey: string; completedAt: Date; expiresAt: Date },
  ): Promise<boolean> {
    const updated = await this.database.db
      .update(dataExports)
      .set({ status: 'ready', ...done, failureReason: null })
      .where(and(eq(dataExports.id, id), eq(dataExports.status, 'pending')))
      .returning({ id: dataExports.id });
    return updated.length > 0;
  }

  /** Pending → failed; a ready export is never turned into a failed one. */
  async markFailed(id: string, reason: string, at: Date): Promise<boolean> {
    const updated = await this.database.db
      .update(dataExports)
      .set({ status: 'failed', failureReason: reason.slice(0, 500), completedAt: at })
      .where(and(eq(dataExports.id, id), eq(dataExports.status, 'pending')))
      .returning({ id: dataExports.id });
    return updated.length > 0;
  }

  /** Ready exports whose archive is still stored but past its expiry. */
  findExpiredArchives(now: Date, limit: number): Promise<DataExportRow[]> {
    return this.database.db
      .select()
      .from(dataExports)
      .where(
        and(
          eq(dataExports.status, 'ready'),
          isNotNull(dataExports.objectKey),
          lte(dataExports.expiresAt, now),
        ),
      )
      .limit(limit);
  }

  /** The archive was removed from storage; the row stays as history of the request. */
  async forgetArchive(id: string): Promise<void> {
    await this.database.db.update(dataExports).set({ objectKey: null }).where(eq(dataExports.id, id));
  }

  /** Exports still pending after `before` lost their job (a restart of the in-process queue): mark them failed. */
  async failStalePending(before: Date, reason: string, at: Date): Promise<number> {
    const updated = await this.database.db
      .update(dataExports)
      .set({ status: 'failed', failureReason: reason, completedAt: at })
      .where(and(eq(dataExports.status, 'pending'), lt(dataExports.requestedAt, before)))
      .returning({ id: dataExports.id });
    return updated.length;
  }

  /** The export with the address and name to write to, for the "ready" e-mail. */
  async findWithRecipient(id: string): Promise<{
    export: DataExportRow;
    email: string;
    displayName: string;
    memberStatus: (typeof users.$inferSelect)['status'];
  } | null> {
    const [row] = await this.database.db
      .select({
        export: dataExports,
        email: users.email,
        displayName: users.displayName,
        memberStatus: users.status,
      })
      .from(dataExports)
      .innerJoin(users, eq(users.id, dataExports.userId))
      .where(eq(dataExports.id, id))
      .limit(1);
    return row ?? null;
  }
}
