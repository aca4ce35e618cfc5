'use server';

import { SEARCH_MAX_QUERY_LENGTH, zeroResultSorts } from '@tarodan/contracts';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { type StaffActionError, staffActionError } from '@/lib/action-error';
import { ApiError, ApiUnavailableError } from '@/lib/api';
import { withSession } from '@/lib/auth';
import { verifyCsrf } from '@/lib/csrf';
import { resolveZeroResult } from '@/lib/search-insights-api';
import { searchInsightsHref } from './search-insights-href';

/** A removal that did not go through, for the row to explain. */
export type ResolveZeroResultState = { error: StaffActionError; at: number } | null;

const formSchema = z.object({
  query: z.string().min(1).max(SEARCH_MAX_QUERY_LENGTH),
  // Where the list was (search, sort, page), to come back to it.
  q: z.string().max(100).catch(''),
  sort: z.enum(zeroResultSorts).catch('count'),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});

/**
 * "Çözüldü" on a row of /search-insights: the API removes the query and writes the audit log (it decides who may;
 * a 403 shows in the row). A 404 means someone else already handled it, which is the outcome wanted. On success the
 * list comes back where it was, without the row, with a line saying what happened.
 */
export async function resolveZeroResultAction(
  _previous: ResolveZeroResultState,
  form: FormData,
): Promise<ResolveZeroResultState> {
  const at = Date.now();
  if (!verifyCsrf(form)) return { error: 'csrf', at };
  const parsed = formSchema.safeParse({
    query: form.get('query'),
    q: form.get('q') ?? '',
    sort: form.get('sort'),
    page: form.get('page'),
  });
  if (!parsed.success) return { error: 'invalid', at };
  const { query, q, sort, page } = parsed.data;

  try {
    await withSession((token) => resolveZeroResult(token, query));
  } catch (error) {
    // Anything but an API failure (withSession's redirect to sign-in on a 401, above all) must propagate.
    if (!(error instanceof ApiError || error instanceof ApiUnavailableError)) throw error;
    if (!(error instanceof ApiError && error.status === 404)) {
      if (!(error instanceof ApiError) || error.status >= 500)
        console.error('search-insights: action failed', error);
      return { error: staffActionError(error), at };
    }
  }
  revalidatePath('/search-insights');
  redirect(searchInsightsHref({ q, sort, done: query }, page));
}
