import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  searchInsightsRoles,
  type ZeroResultList,
  type ZeroResultQuery,
  type ZeroResultSort,
} from '@tarodan/contracts';
import type { Caller } from '../../platform/auth/caller.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { foldText } from '../../platform/search/search-text.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { ZeroResultRepository, type ZeroResultRow } from './zero-result.repository.js';

type ListQuery = { q?: string; sort: ZeroResultSort; page: number; limit: number };

/**
 * The staff list of searches that found nothing, so catalog gaps get fixed (a synonym, a brand, a word to sellers).
 * "Handled" removes the query and writes the audit log; if buyers keep searching for it, it comes back at count 1.
 */
@Injectable()
export class ZeroResultAdminService {
  constructor(
    private readonly zeroResults: ZeroResultRepository,
    private readonly audit: AuditLogService,
  ) {}

  async list(caller: Caller, query: ListQuery): Promise<ZeroResultList> {
    assertSearchInsights(caller);
    // Recorded queries are folded ("Şahin" is stored as "sahin"): fold the filter the same way.
    const contains = foldText(query.q ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const { rows, total } = await this.zeroResults.list({
      contains: contains || undefined,
      sort: query.sort,
      limit: query.limit,
      offset: (query.page - 1) * query.limit,
    });
    return { items: rows.map(toZeroResultQuery), total, page: query.page, limit: query.limit };
  }

  async resolve(caller: Caller, origin: RequestOrigin, query: string): Promise<void> {
    assertSearchInsights(caller);
    const removed = await this.zeroResults.remove(query);
    if (!removed) throw AppError.notFound('Zero-result query', query);
    await this.audit.record(caller, origin, {
      action: 'zero_result_query.resolve',
      targetType: 'zero_result_query',
      targetId: removed.query,
      before: { count: removed.count, lastSeenAt: removed.lastSeenAt.toISOString() },
      after: null,
    });
  }
}

function assertSearchInsights(caller: Caller): void {
  if (!(searchInsightsRoles as readonly string[]).includes(caller.role)) {
    throw new AppError(ErrorCode.Forbidden, 'You are not allowed to do this');
  }
}

function toZeroResultQuery(row: ZeroResultRow): ZeroResultQuery {
  return { query: row.query, count: row.count, lastSeenAt: row.lastSeenAt.toISOString() };
}
