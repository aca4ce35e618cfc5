'use server';

import { type SignInResponse, signInRequestSchema } from '@tarodan/contracts';
import { redirect } from 'next/navigation';
import { signIn } from '@/lib/account-api';
import { actionLocale, apiErrorState, errorState, refusedState } from '@/lib/action-result';
import { ApiError } from '@/lib/api-client';
import { isTrustedAction } from '@/lib/csrf';
import { type FormState, normalizeEmail } from '@/lib/form-state';
import { getAuthMessages } from '@/lib/i18n/auth-messages';
import { localePath } from '@/lib/i18n/locale';
import { safeNextPath } from '@/lib/safe-next';
import { clientInfo, setSessionCookie } from '@/lib/session';

/** The API refuses unverified addresses with 403 and says so; suspended or banned accounts get 403 too. */
function isUnverified(error: ApiError): boolean {
  return (
    /verif|doğrula/i.test(error.message) || error.details.some((d) => /verif/i.test(`${d.field} ${d.reason}`))
  );
}

/**
 * Backend-for-frontend sign-in: the password goes server to server to the API; the browser only ever receives an
 * httpOnly cookie. Wrong email and wrong password fail alike.
 */
export async function signInAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = actionLocale();
  const t = getAuthMessages(locale).signIn;
  const values = { email: normalizeEmail(form.get('email')) };
  if (!isTrustedAction(form)) return refusedState(locale, values);
  const parsed = signInRequestSchema.safeParse({ email: values.email, password: form.get('password') ?? '' });
  if (!parsed.success) return errorState(t.invalid, { kind: 'invalid', values });

  let result: SignInResponse;
  try {
    result = await signIn(parsed.data.email, parsed.data.password, clientInfo());
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 400)) {
      return errorState(t.invalid, { kind: 'invalid', values });
    }
    if (error instanceof ApiError && error.status === 403) {
      return isUnverified(error)
        ? errorState(t.unverified, { kind: 'unverified', values })
        : errorState(t.blocked, { kind: 'blocked', values });
    }
    return apiErrorState(error, locale, values);
  }
  if (result.status !== 'signed_in') return errorState(t.mfa, { kind: 'mfa', values });

  setSessionCookie(result.session);
  redirect(safeNextPath(form.get('next'), localePath(locale)));
}
