import { Injectable } from '@nestjs/common';
import type { AuditEntry } from '@tarodan/contracts';
import type { Caller } from '../../platform/auth/caller.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { AuditLogRepository, type AuditRow } from './audit-log.repository.js';

export type AuditedAction = {
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
};

/** The record of every admin action: who, what, on what, before and after, when, from which IP. Append-only. */
@Injectable()
export class AuditLogService {
  constructor(private readonly entries: AuditLogRepository) {}

  async record(caller: Caller, origin: RequestOrigin, action: AuditedAction): Promise<void> {
    await this.entries.insert({
      actorId: caller.userId,
      actorRole: caller.role,
      action: action.action,
      targetType: action.targetType,
      targetId: action.targetId,
      before: action.before ?? null,
      after: action.after ?? null,
      ip: origin.ip,
    });
  }

  async list(filter: { targetType?: string; targetId?: string; page: number; pageSize: number }) {
    const rows = await this.entries.list({
      targetType: filter.targetType,
      targetId: filter.targetId,
      limit: filter.pageSize,
      offset: (filter.page - 1) * filter.pageSize,
    });
    return rows.map(toAuditEntry);
  }
}

function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    actor: { id: row.actorId, displayName: row.actorName, role: row.actorRole },
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    before: row.before,
    after: row.after,
    ip: row.ip,
    createdAt: row.createdAt.toISOString(),
  };
}
