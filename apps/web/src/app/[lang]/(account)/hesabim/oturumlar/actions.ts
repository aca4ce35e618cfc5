'use server';

import { revalidatePath } from 'next/cache';
import { revokeOtherSessions, revokeSession } from '@/lib/account-api';
import { successState } from '@/lib/action-result';
import type { FormState } from '@/lib/form-state';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { runMemberAction } from '@/lib/member-action';

/** One action for both buttons: `intent=one` with a session `id`, or `intent=others`. */
export async function revokeSessionsAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runMemberAction(form, undefined, async (token, locale) => {
    const t = getAccountMessages(locale).sessions;
    const id = form.get('id');
    if (form.get('intent') === 'one' && typeof id === 'string' && id) {
      await revokeSession(token, id);
      revalidatePath('/', 'layout');
      return successState(t.revoked);
    }
    await revokeOtherSessions(token);
    revalidatePath('/', 'layout');
    return successState(t.othersRevoked);
  });
}
