/**
 * Cookie attributes, decided in one place. No next/headers here: middleware.ts (edge runtime) uses it too.
 */

const LOCAL_HOSTNAMES = new Set(['localhost', '127.0.0.1', '::1', '0.0.0.0']);

/** httpOnly cookie holding the API session token. Only the web server reads it; the browser's JS never can. */
export const SESSION_COOKIE = 'tarodan_session';

/** "tarodan.com:443" → "tarodan.com", "[::1]:3000" → "::1". */
export function hostnameOf(host: string | null | undefined): string {
  const value = (host ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  if (value.startsWith('[')) return value.slice(1, value.indexOf(']'));
  return value.replace(/:\d+$/, '');
}

export function isLocalHost(host: string | null | undefined): boolean {
  const name = hostnameOf(host);
  return LOCAL_HOSTNAMES.has(name) || name.endsWith('.localhost');
}

/**
 * The Secure flag:
 * - production behind Traefik (tarodan.com, HTTPS only): Secure, the cookie never travels over plain HTTP;
 * - development, and production builds served on this machine (`next start` for e2e tests on http://127.0.0.1):
 *   not Secure, because those origins are plain HTTP and the browser would drop or withhold the cookie.
 */
export function shouldUseSecureCookie(
  host: string | null | undefined,
  nodeEnv = process.env.NODE_ENV,
): boolean {
  return nodeEnv === 'production' && !isLocalHost(host);
}

/** The session cookie: httpOnly, SameSite=Lax (links from e-mails arrive signed in), expires with the session. */
export function sessionCookieOptions(host: string | null | undefined, expiresAt: string) {
  const expires = new Date(expiresAt);
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: shouldUseSecureCookie(host),
    path: '/',
    ...(Number.isNaN(expires.getTime()) ? {} : { expires }),
  };
}

/**
 * The double-submit CSRF cookie: SameSite=Strict so no other site's request carries it, readable by the page's own
 * script (it only ever proves "this form came from our page"), kept for a year and never tied to the session.
 */
export function csrfCookieOptions(host: string | null | undefined) {
  return {
    httpOnly: false,
    sameSite: 'strict' as const,
    secure: shouldUseSecureCookie(host),
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
  };
}
