'use server';

import { rejectListingSchema } from '@tarodan/contracts';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { type StaffActionError, staffActionError } from '@/lib/action-error';
import { ApiError, ApiUnavailableError } from '@/lib/api';
import { withSession } from '@/lib/auth';
import { verifyCsrf } from '@/lib/csrf';
import { getMessages } from '@/lib/i18n';
import { approveListing, rejectListing } from '@/lib/moderation-api';

export type ModerationActionError = StaffActionError;

/** A failed approve or reject; `fields` carries the reasons per field (ours in the reader's language, or the API's). */
export type ModerationActionState = {
  kind: 'approve' | 'reject';
  error: ModerationActionError;
  fields: Record<string, string>;
  at: number;
} | null;

const targetSchema = z.object({
  listingId: z.uuid(),
  kind: z.enum(['approve', 'reject']),
  title: z.string().max(200).catch(''),
});

/** The API's `details[{ field, reason }]` of a 400, as a map the form shows under each field. */
function apiFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.status !== 400) return {};
  return Object.fromEntries((error.body?.error.details ?? []).map((issue) => [issue.field, issue.reason]));
}

function reasonError(reason: FormDataEntryValue | null): string | null {
  const t = getMessages().moderation;
  const parsed = rejectListingSchema.safeParse({ reason: typeof reason === 'string' ? reason : '' });
  if (parsed.success) return null;
  return parsed.error.issues.some((issue) => issue.code === 'too_big') ? t.reasonTooLong : t.reasonTooShort;
}

/**
 * Approve or reject one listing from /moderation/[id]. The API decides who may (moderators and admins; anyone else
 * gets a 403, shown in the form) and whether the listing is still in review (409 when someone was faster). On success
 * the moderator goes back to the queue, which no longer lists it, with a line saying what happened.
 */
export async function moderationAction(
  _previous: ModerationActionState,
  form: FormData,
): Promise<ModerationActionState> {
  const at = Date.now();
  const target = targetSchema.safeParse({
    listingId: form.get('listingId'),
    kind: form.get('kind'),
    title: form.get('title'),
  });
  const kind = target.success ? target.data.kind : 'approve';
  if (!verifyCsrf(form)) return { kind, error: 'csrf', fields: {}, at };
  if (!target.success) return { kind, error: 'invalid', fields: {}, at };
  const { listingId, title } = target.data;

  try {
    if (kind === 'reject') {
      const invalid = reasonError(form.get('reason'));
      if (invalid) return { kind, error: 'invalid', fields: { reason: invalid }, at };
      const reason = rejectListingSchema.parse({ reason: form.get('reason') }).reason;
      await withSession((token) => rejectListing(token, listingId, reason));
    } else {
      await withSession((token) => approveListing(token, listingId));
    }
  } catch (error) {
    // Anything but an API failure (withSession's redirect to sign-in on a 401, above all) must propagate.
    if (!(error instanceof ApiError || error instanceof ApiUnavailableError)) throw error;
    if (!(error instanceof ApiError) || error.status >= 500)
      console.error('moderation: action failed', error);
    return { kind, error: staffActionError(error), fields: apiFieldErrors(error), at };
  }
  revalidatePath('/moderation');
  revalidatePath('/');
  const done = new URLSearchParams({ done: kind === 'approve' ? 'approved' : 'rejected', title });
  redirect(`/moderation?${done.toString()}`);
}
