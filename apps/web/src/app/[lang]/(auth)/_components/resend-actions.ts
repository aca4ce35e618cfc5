'use server';

import { emailRequestSchema } from '@tarodan/contracts';
import { resendVerification } from '@/lib/account-api';
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

/** Sends a new verification link. The answer is the same whether or not the address has an account. */
export async function resendVerificationAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = actionLocale();
  const values = { email: normalizeEmail(form.get('email')) };
  if (!isTrustedAction(form)) return refusedState(locale, values);
  const parsed = emailRequestSchema.safeParse(values);
  if (!parsed.success) return validationState(parsed.error, locale, values);
  try {
    await resendVerification(parsed.data.email, clientInfo());
  } catch (error) {
    return apiErrorState(error, locale, values);
  }
  return successState(getAuthMessages(locale).signIn.resent, { values });
}
