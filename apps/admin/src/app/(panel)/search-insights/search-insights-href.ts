import type { ZeroResultSort } from '@tarodan/contracts';
import { pageHref } from '@/components/pagination';

export const SEARCH_INSIGHTS_PATH = '/search-insights';

export type SearchInsightsParams = { q?: string; sort?: ZeroResultSort; done?: string };

/** The list's URL: the default sort (`count`) and page 1 are left out, so the plain path is the usual view. */
export function searchInsightsHref(params: SearchInsightsParams, page = 1): string {
  return pageHref(
    SEARCH_INSIGHTS_PATH,
    { q: params.q, sort: params.sort === 'count' ? undefined : params.sort, done: params.done },
    page,
  );
}
