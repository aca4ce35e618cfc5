'use server';

import { resetPasswordRequestSchema } from '@tarodan/contracts';
import { redirect } from 'next/navigation';
import { resetPassword } from '@/lib/account-api';
import { actionLocale, apiErrorState, errorState, refusedState, validationState } from '@/lib/action-result';
import { ApiError } from '@/lib/api-client';
import { isTrustedAction } from '@/lib/csrf';
import type { FormState } from '@/lib/form-state';
import { getAuthMessages } from '@/lib/i18n/auth-messages';
import { getFormMessages } from '@/lib/i18n/form-messages';
import { localePath } from '@/lib/i18n/locale';
import { clearSessionCookie, clientInfo } from '@/lib/session';

/** Sets the new password; the API signs the account out everywhere, so this browser's cookie goes too. */
export async function resetPasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = actionLocale();
  const t = getAuthMessages(locale).reset;
  if (!isTrustedAction(form)) return refusedState(locale);
  const password = String(form.get('password') ?? '');
  if (password !== String(form.get('confirmPassword') ?? '')) {
    return errorState(getFormMessages(locale).invalid, {
      fieldErrors: { confirmPassword: getFormMessages(locale).reasons.passwordMismatch },
    });
  }
  const parsed = resetPasswordRequestSchema.safeParse({ token: form.get('token') ?? '', password });
  if (!parsed.success) {
    const tokenBad = parsed.error.issues.some((issue) => issue.path[0] === 'token');
    return tokenBad
      ? errorState(t.invalidToken, { kind: 'invalid-token' })
      : validationState(parsed.error, locale);
  }
  try {
    await resetPassword(parsed.data.token, parsed.data.password, clientInfo());
  } catch (error) {
    const tokenRefused =
      error instanceof ApiError &&
      [400, 404, 410].includes(error.status) &&
      (error.details.length === 0 || error.details.some((d) => d.field.endsWith('token')));
    if (tokenRefused) return errorState(t.invalidToken, { kind: 'invalid-token' });
    return apiErrorState(error, locale);
  }
  clearSessionCookie();
  redirect(`${localePath(locale, '/giris')}?notice=password-reset`);
}
