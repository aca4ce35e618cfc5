import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { ApiError, getMe } from './api';
import { isStaff, type SessionUser } from './auth-schemas';
import { PATH_HEADER } from './constants';
import { getSessionToken } from './session';

export type SignInReason = 'expired' | 'forbidden' | 'signed-out';

/** Leaves the page for the sign-in form, remembering where the user was. */
export function redirectToSignIn(reason: SignInReason): never {
  const next = headers().get(PATH_HEADER) ?? '/';
  const query = new URLSearchParams({ reason });
  if (next !== '/') query.set('next', next);
  redirect(`/sign-in?${query.toString()}`);
}

/** Runs an API call with the session token; a 401 from the API (expired or revoked session) goes to sign-in. */
export async function withSession<T>(call: (token: string) => Promise<T>): Promise<T> {
  const token = getSessionToken();
  if (!token) redirectToSignIn('expired');
  try {
    return await call(token);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) redirectToSignIn('expired');
    throw error;
  }
}

/** The signed-in staff member, fetched once per request. Members and stale sessions are sent to sign-in. */
export const getCurrentUser = cache(async (): Promise<SessionUser> => {
  const user = await withSession(getMe);
  if (!isStaff(user)) redirectToSignIn('forbidden');
  return user;
});
