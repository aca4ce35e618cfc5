'use server';

import { deleteAccountRequestSchema } from '@tarodan/contracts';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { deleteAccount, requestDataExport } from '@/lib/account-api';
import { actionLocale, errorState, successState, validationState } from '@/lib/action-result';
import { ApiError } from '@/lib/api-client';
import type { FormState } from '@/lib/form-state';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { getFormMessages } from '@/lib/i18n/form-messages';
import { localePath } from '@/lib/i18n/locale';
import { runMemberAction } from '@/lib/member-action';
import { clearSessionCookie } from '@/lib/session';
import { isWrongPassword } from '@/lib/wrong-password';

export async function requestExportAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runMemberAction(form, undefined, async (token, locale) => {
    try {
      await requestDataExport(token);
    } catch (error) {
      // One archive at a time, a few a day: the API answers 429 with Retry-After.
      if (error instanceof ApiError && error.status === 429) {
        return errorState(getAccountMessages(locale).exports.limited, { kind: 'export-limited' });
      }
      throw error;
    }
    revalidatePath('/', 'layout');
    return successState(getAccountMessages(locale).exports.requested);
  });
}

/** Deletes (anonymises) the account after the password and the typed phrase; then the member is signed out. */
export async function deleteAccountAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = { confirmation: String(form.get('confirmation') ?? '') };
  const state = await runMemberAction(form, values, async (token, locale) => {
    const parsed = deleteAccountRequestSchema.safeParse({
      password: form.get('password') ?? '',
      confirmation: values.confirmation.trim(),
    });
    if (!parsed.success) return validationState(parsed.error, locale, values);
    try {
      await deleteAccount(token, parsed.data.password, parsed.data.confirmation);
    } catch (error) {
      if (await isWrongPassword(error, token, 'password')) {
        return errorState(getFormMessages(locale).invalid, {
          fieldErrors: { password: getAccountMessages(locale).delete.wrongPassword },
          values,
        });
      }
      throw error;
    }
    return successState('', { kind: 'deleted' });
  });
  if (state.kind !== 'deleted') return state;
  clearSessionCookie();
  redirect(`${localePath(actionLocale(), '/giris')}?notice=account-deleted`);
}
