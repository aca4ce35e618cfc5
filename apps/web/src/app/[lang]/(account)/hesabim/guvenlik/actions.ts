'use server';

import { changeEmailRequestSchema, changePasswordRequestSchema } from '@tarodan/contracts';
import { revalidatePath } from 'next/cache';
import { changeEmail, changePassword } from '@/lib/account-api';
import { errorState, successState, validationState } from '@/lib/action-result';
import { type FormState, normalizeEmail } from '@/lib/form-state';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { getFormMessages } from '@/lib/i18n/form-messages';
import { runMemberAction } from '@/lib/member-action';
import { isWrongPassword } from '@/lib/wrong-password';

export async function changePasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runMemberAction(form, undefined, async (token, locale) => {
    const t = getAccountMessages(locale).password;
    const parsed = changePasswordRequestSchema.safeParse({
      currentPassword: form.get('currentPassword') ?? '',
      newPassword: form.get('newPassword') ?? '',
    });
    if (!parsed.success) return validationState(parsed.error, locale);
    try {
      await changePassword(token, parsed.data.currentPassword, parsed.data.newPassword);
    } catch (error) {
      if (await isWrongPassword(error, token, 'currentPassword')) {
        return errorState(getFormMessages(locale).invalid, {
          fieldErrors: { currentPassword: t.wrongCurrent },
        });
      }
      throw error;
    }
    revalidatePath('/', 'layout');
    return successState(t.changed);
  });
}

export async function changeEmailAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = { newEmail: normalizeEmail(form.get('newEmail')) };
  return runMemberAction(form, values, async (token, locale) => {
    const t = getAccountMessages(locale);
    const parsed = changeEmailRequestSchema.safeParse({ ...values, password: form.get('password') ?? '' });
    if (!parsed.success) return validationState(parsed.error, locale, values);
    try {
      await changeEmail(token, parsed.data.newEmail, parsed.data.password);
    } catch (error) {
      if (await isWrongPassword(error, token, 'password')) {
        return errorState(getFormMessages(locale).invalid, {
          fieldErrors: { password: t.delete.wrongPassword },
          values,
        });
      }
      throw error;
    }
    revalidatePath('/', 'layout');
    return successState(t.email.sent(parsed.data.newEmail));
  });
}
