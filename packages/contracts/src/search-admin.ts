import { z } from 'zod';
import type { Role } from './identity.js';
import { SEARCH_MAX_QUERY_LENGTH } from './search.js';

// Staff view of what buyers searched for and did not find (table `search_zero_results`, docs/search.md).

/** Who may read and clear the zero-result list: the API's route policy and the admin panel's menu item. */
export const searchInsightsRoles = ['admin', 'moderator'] as const satisfies readonly Role[];

/** `count`: most searched first; `recent`: last searched first. */
export const zeroResultSorts = ['count', 'recent'] as const;
export type ZeroResultSort = (typeof zeroResultSorts)[number];

/** GET /admin/v1/search/zero-results query. `q` matches anywhere in the (Turkish-folded) query text. */
export const zeroResultListQuerySchema = z
  .object({
    q: z.string().trim().max(100, 'must be at most 100 characters').optional(),
    sort: z.enum(zeroResultSorts).default('count'),
    page: z.coerce.number().int().min(1, 'must be at least 1').max(1000, 'must be at most 1000').default(1),
    limit: z.coerce.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100').default(25),
  })
  .strict();
export type ZeroResultListQuery = z.input<typeof zeroResultListQuerySchema>;

export const zeroResultQuerySchema = z.object({
  /** The query as recorded: folded (lowercase, no diacritics), single spaces. */
  query: z.string(),
  count: z.number().int(),
  lastSeenAt: z.string(),
});
export type ZeroResultQuery = z.infer<typeof zeroResultQuerySchema>;

export const zeroResultListResponseSchema = z.object({
  items: z.array(zeroResultQuerySchema),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
});
export type ZeroResultList = z.infer<typeof zeroResultListResponseSchema>;

/** DELETE /admin/v1/search/zero-results/:query: the query exactly as listed (URL-encoded). */
export const zeroResultParamsSchema = z.object({
  query: z
    .string()
    .min(1, 'must not be empty')
    .max(SEARCH_MAX_QUERY_LENGTH, `must be at most ${SEARCH_MAX_QUERY_LENGTH} characters`),
});
