import { type ZeroResultList, type ZeroResultSort, zeroResultListResponseSchema } from '@tarodan/contracts';
import { request } from './api';

// The zero-result routes of docs/search.md. The API decides who may call them (`searchInsightsRoles`); a 403 is left
// to the caller, which shows it as such.

export type ZeroResultListQuery = { q?: string; sort: ZeroResultSort; page: number; limit: number };

/** GET /admin/v1/search/zero-results: queries that found nothing, most searched (or most recent) first. */
export function listZeroResults(token: string, query: ZeroResultListQuery): Promise<ZeroResultList> {
  return request('/admin/v1/search/zero-results', { token, query, schema: zeroResultListResponseSchema });
}

/** DELETE /admin/v1/search/zero-results/:query: handled, removed from the list (the API writes the audit log). */
export async function resolveZeroResult(token: string, query: string): Promise<void> {
  const path = `/admin/v1/search/zero-results/${encodeURIComponent(query)}`;
  await request(path, { token, method: 'DELETE', schema: null });
}
