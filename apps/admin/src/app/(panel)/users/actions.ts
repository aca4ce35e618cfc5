'use server';

import { adminRoleChangeRequestSchema, adminStatusChangeRequestSchema } from '@tarodan/contracts';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { userActionKinds } from '@/features/users/user-permissions';
import { type StaffActionError, staffActionError } from '@/lib/action-error';
import { ApiError, ApiUnavailableError } from '@/lib/api';
import { withSession } from '@/lib/auth';
import { verifyCsrf } from '@/lib/csrf';
import { banUser, reinstateUser, setUserRole, suspendUser } from '@/lib/users-api';

export type UserActionError = StaffActionError;

export type UserActionState =
  | { ok: true; kind: (typeof userActionKinds)[number]; at: number }
  | { ok: false; error: UserActionError; at: number }
  | null;

const targetSchema = z.object({ userId: z.uuid(), kind: z.enum(userActionKinds) });

/**
 * Suspend, ban, reinstate or change the role of an account, from the confirm dialogs of /users/[id]. The API decides
 * who may do what (a moderator's ban is refused with 403, shown in the dialog); a 401 sends the user to sign-in.
 */
export async function userAction(_previous: UserActionState, form: FormData): Promise<UserActionState> {
  const at = Date.now();
  if (!verifyCsrf(form)) return { ok: false, error: 'csrf', at };
  const target = targetSchema.safeParse({ userId: form.get('userId'), kind: form.get('kind') });
  if (!target.success) return { ok: false, error: 'invalid', at };
  const { userId, kind } = target.data;

  try {
    if (kind === 'suspend' || kind === 'ban') {
      const body = adminStatusChangeRequestSchema.safeParse({ reason: form.get('reason') });
      if (!body.success) return { ok: false, error: 'invalid', at };
      const call = kind === 'suspend' ? suspendUser : banUser;
      await withSession((token) => call(token, userId, body.data.reason));
    } else if (kind === 'reinstate') {
      await withSession((token) => reinstateUser(token, userId));
    } else {
      const body = adminRoleChangeRequestSchema.safeParse({ role: form.get('role') });
      if (!body.success) return { ok: false, error: 'invalid', at };
      await withSession((token) => setUserRole(token, userId, body.data.role));
    }
  } catch (error) {
    // Anything but an API failure (withSession's redirect to sign-in on a 401, above all) must propagate.
    if (!(error instanceof ApiError || error instanceof ApiUnavailableError)) throw error;
    if (!(error instanceof ApiError) || error.status >= 500) console.error('users: action failed', error);
    return { ok: false, error: staffActionError(error), at };
  }
  revalidatePath(`/users/${userId}`);
  revalidatePath('/users');
  return { ok: true, kind, at };
}
