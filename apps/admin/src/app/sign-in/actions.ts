'use server';

import { type SignInResponse, signInRequestSchema } from '@tarodan/contracts';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { ApiError, signIn, signOut } from '@/lib/api';
import { isStaff, normalizeEmail } from '@/lib/auth-schemas';
import { SESSION_COOKIE } from '@/lib/constants';
import { sessionCookieOptions } from '@/lib/cookie-options';
import { verifyCsrf } from '@/lib/csrf';
import { clientInfo, requestHost } from '@/lib/request-info';
import { safeNextPath } from '@/lib/session';
import { clearChallenge, saveChallenge } from './challenge';
import { failure, type SignInFailure } from './sign-in-failure';

/** Back to /sign-in (keeping `next`): the page renders whichever step the challenge cookie now says. */
function toSignIn(next: FormDataEntryValue | null): never {
  const target = safeNextPath(next);
  redirect(target === '/' ? '/sign-in' : `/sign-in?${new URLSearchParams({ next: target }).toString()}`);
}

/**
 * Backend-for-frontend sign-in, step one: the password goes server to server to the API; the browser only ever
 * receives httpOnly cookies. Wrong email and wrong password fail alike. Staff then get a two-factor challenge (kept in
 * a cookie, see challenge.ts). Members get a session from the API, which we revoke at once: this panel is for staff.
 */
export async function signInAction(
  _previous: SignInFailure | null,
  form: FormData,
): Promise<SignInFailure | null> {
  if (!verifyCsrf(form)) return failure('csrf');
  const parsed = signInRequestSchema.safeParse({
    email: normalizeEmail(form.get('email')),
    password: form.get('password'),
    client: 'admin',
  });
  if (!parsed.success) return failure('invalid');

  let result: SignInResponse;
  try {
    result = await signIn(parsed.data, clientInfo());
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 400))
      return failure('invalid');
    if (error instanceof ApiError && error.status === 403) return failure('forbidden');
    if (error instanceof ApiError && error.status === 429)
      return failure('rate-limited', error.retryAfterSeconds);
    console.error('sign-in: API call failed', error);
    return failure('unavailable');
  }

  if (result.status === 'mfa_required' || result.status === 'mfa_enrollment_required') {
    saveChallenge(result.status === 'mfa_required' ? 'verify' : 'enroll', result.challenge);
    toSignIn(form.get('next'));
  }
  if (!isStaff(result.user)) {
    await signOut(result.session.token).catch(() => undefined);
    return failure('forbidden');
  }
  clearChallenge();
  cookies().set(
    SESSION_COOKIE,
    result.session.token,
    sessionCookieOptions(requestHost(), result.session.expiresAt),
  );
  redirect(safeNextPath(form.get('next')));
}

/** "Start over": forget the challenge and show the password form again. */
export async function cancelSignInAction(form: FormData): Promise<void> {
  if (verifyCsrf(form)) clearChallenge();
  toSignIn(form.get('next'));
}
