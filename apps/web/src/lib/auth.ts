import type { Locale, UserSummary } from '@tarodan/contracts';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getMe } from './account-api';
import { ApiError } from './api-client';
import { localePath } from './i18n/locale';
import { currentPath, getSessionToken } from './session';

/**
 * The signed-in member for the header, fetched once per request; null when signed out, when the session has
 * expired or was revoked, and when the API cannot be reached (the public pages must still render).
 */
export const getCurrentUser = cache(async (): Promise<UserSummary | null> => {
  const token = getSessionToken();
  if (!token) return null;
  try {
    return await getMe(token);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401))
      console.warn('header: /v1/auth/me failed', error);
    return null;
  }
});

/** `/giris?next=<the page being rendered>` in the page's language. */
export function signInPath(locale: Locale, next = currentPath()): string {
  const query = new URLSearchParams();
  if (next && next !== '/' && next !== '/en') query.set('next', next);
  const search = query.toString();
  return `${localePath(locale, '/giris')}${search ? `?${search}` : ''}`;
}

/** Leaves for the sign-in form, coming back here afterwards. */
export function redirectToSignIn(locale: Locale): never {
  redirect(signInPath(locale));
}

/** The session token of a page that needs one; signed-out visitors go to sign-in. */
export function requireSessionToken(locale: Locale): string {
  const token = getSessionToken();
  if (!token) redirectToSignIn(locale);
  return token;
}

/** Runs a member call while rendering; a 401 (expired or revoked session) goes to sign-in. */
export async function withSession<T>(locale: Locale, call: (token: string) => Promise<T>): Promise<T> {
  const token = requireSessionToken(locale);
  try {
    return await call(token);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) redirectToSignIn(locale);
    throw error;
  }
}
