'use server';

import { isLocale, type Locale } from '@tarodan/contracts';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { signOut } from './api';
import { LOCALE_COOKIE, SESSION_COOKIE } from './constants';
import { verifyCsrf } from './csrf';
import { getSessionToken } from './session';

/**
 * Revokes the session at the API (best effort: a dead API must not keep anyone signed in) and drops the cookie.
 * `csrf` is the double-submit token: without it a cross-site page could sign the user out.
 */
export async function signOutAction(csrf: string): Promise<void> {
  if (!verifyCsrf(csrf)) throw new Error('sign-out refused: CSRF token mismatch');
  const token = getSessionToken();
  if (token) {
    await signOut(token).catch((error: unknown) => {
      console.warn('sign-out: API did not revoke the session', error);
    });
  }
  cookies().delete(SESSION_COOKIE);
  redirect('/sign-in?reason=signed-out');
}

export async function setLocaleAction(locale: Locale, csrf: string): Promise<void> {
  if (!isLocale(locale) || !verifyCsrf(csrf)) return;
  cookies().set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
}
