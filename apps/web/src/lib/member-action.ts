import type { Locale } from '@tarodan/contracts';
import { redirect } from 'next/navigation';
import { actionLocale, apiErrorState, refusedState } from './action-result';
import { ApiError } from './api-client';
import { signInPath } from './auth';
import { isTrustedAction } from './csrf';
import type { FormState } from './form-state';
import { clearSessionCookie, getSessionToken } from './session';

type Run = (token: string, locale: Locale) => Promise<FormState>;

/**
 * The frame of every signed-in server action: Origin + double-submit check, the session token, and the failures
 * every action shares. A missing or expired session leaves for sign-in (coming back to this page); other API
 * failures become form messages. `run` must not redirect itself (the catch-all would swallow it): redirect after.
 */
export async function runMemberAction(
  form: FormData,
  values: Record<string, string> | undefined,
  run: Run,
): Promise<FormState> {
  const locale = actionLocale();
  if (!isTrustedAction(form)) return refusedState(locale, values);
  const token = getSessionToken();
  if (!token) redirect(signInPath(locale));
  let expired = false;
  try {
    return await run(token, locale);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) return apiErrorState(error, locale, values);
    expired = true;
  } finally {
    if (expired) clearSessionCookie();
  }
  redirect(signInPath(locale));
}
