import { timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import { CSRF_COOKIE, CSRF_FIELD } from './constants';

/** Shape of the tokens middleware.ts mints: 32 random bytes, base64url. */
export const CSRF_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The token to render into forms (middleware.ts guarantees the cookie on every page request). */
export function getCsrfToken(): string {
  const value = cookies().get(CSRF_COOKIE)?.value ?? '';
  return CSRF_TOKEN_PATTERN.test(value) ? value : '';
}

/** Constant-time comparison of the submitted token with the cookie. */
export function csrfTokensMatch(cookieValue: string | undefined, submitted: unknown): boolean {
  if (typeof submitted !== 'string' || !cookieValue) return false;
  if (!CSRF_TOKEN_PATTERN.test(cookieValue) || !CSRF_TOKEN_PATTERN.test(submitted)) return false;
  return timingSafeEqual(Buffer.from(cookieValue), Buffer.from(submitted));
}

/**
 * The double-submit check for server actions: a form's hidden `csrf` field (or the token passed to an action called
 * from code) must equal the `tarodan_admin_csrf` cookie. A cross-site page can make the browser send the cookie but
 * cannot read it to fill the field. Next rejects cross-origin action calls by Origin before this runs.
 */
export function verifyCsrf(submitted: FormData | string | null | undefined): boolean {
  const value = submitted instanceof FormData ? submitted.get(CSRF_FIELD) : submitted;
  return csrfTokensMatch(cookies().get(CSRF_COOKIE)?.value, value);
}
