'use server';

import { type SignInResponse, signInRequestSchema } from '@tarodan/contracts';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { ApiError, signIn, signOut } from '@/lib/api';
import { isStaff, normalizeEmail } from '@/lib/auth-schemas';
import { SESSION_COOKIE } from '@/lib/constants';
import { safeNextPath, sessionCookieOptions } from '@/lib/session';

export type SignInFailure = {
  kind: 'invalid' | 'forbidden' | 'rate-limited' | 'unavailable';
  retryAfterSeconds?: number | null;
  /** Distinguishes two identical failures in a row, so the form restarts its countdown. */
  at: number;
};

function failure(kind: SignInFailure['kind'], retryAfterSeconds?: number | null): SignInFailure {
  return { kind, retryAfterSeconds, at: Date.now() };
}

/**
 * Backend-for-frontend sign-in: the password goes server to server to the API; the browser only ever receives an
 * httpOnly cookie. Wrong email and wrong password fail alike. Members get a session from the API, which we revoke
 * at once: this panel is for staff.
 */
export async function signInAction(
  _previous: SignInFailure | null,
  form: FormData,
): Promise<SignInFailure | null> {
  const parsed = signInRequestSchema.safeParse({
    email: normalizeEmail(form.get('email')),
    password: form.get('password'),
  });
  if (!parsed.success) return failure('invalid');

  const incoming = headers();
  const client = {
    forwardedFor: incoming.get('x-forwarded-for') ?? incoming.get('x-real-ip') ?? undefined,
    userAgent: incoming.get('user-agent')?.slice(0, 300),
  };
  let result: SignInResponse;
  try {
    result = await signIn(parsed.data, client);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 400))
      return failure('invalid');
    if (error instanceof ApiError && error.status === 429)
      return failure('rate-limited', error.retryAfterSeconds);
    console.error('sign-in: API call failed', error);
    return failure('unavailable');
  }

  if (!isStaff(result.user)) {
    await signOut(result.session.token).catch(() => undefined);
    return failure('forbidden');
  }

  const host = incoming.get('x-forwarded-host') ?? incoming.get('host');
  cookies().set(SESSION_COOKIE, result.session.token, sessionCookieOptions(host, result.session.expiresAt));
  redirect(safeNextPath(form.get('next')));
}
