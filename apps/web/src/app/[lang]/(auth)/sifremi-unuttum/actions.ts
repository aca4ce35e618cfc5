'use server';

import { emailRequestSchema } from '@tarodan/contracts';
import { forgotPassword } from '@/lib/account-api';
import {
  actionLocale,
  apiErrorState,
  refusedState,
  successState,
  validationState,
} from '@/lib/action-result';
import { isTrustedAction } from '@/lib/csrf';
import { type FormState, normalizeEmail } from '@/lib/form-state';
import { getAuthMessages } from '@/lib/i18n/auth-messages';
import { clientInfo } from '@/lib/session';

/** Asks the API to e-mail a reset link. Same answer whether or not the address has an account. */
export async function forgotPasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = actionLocale();
  const values = { email: normalizeEmail(form.get('email')) };
  if (!isTrustedAction(form)) return refusedState(locale, values);
  const parsed = emailRequestSchema.safeParse(values);
  if (!parsed.success) return validationState(parsed.error, locale, values);
  try {
    await forgotPassword(parsed.data.email, clientInfo());
  } catch (error) {
    return apiErrorState(error, locale, values);
  }
  return successState(getAuthMessages(locale).forgot.sent, { values });
}
