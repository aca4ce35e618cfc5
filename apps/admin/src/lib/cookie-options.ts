const LOCAL_HOSTNAMES = new Set(['localhost', '127.0.0.1', '::1', '0.0.0.0']);

/** "admin.tarodan.com:443" → "admin.tarodan.com", "[::1]:3002" → "::1". */
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
 * The Secure flag, decided in one place (no next/headers here: middleware.ts uses it too):
 * - production behind Traefik (admin.tarodan.com, HTTPS only): Secure, the cookie never travels over plain HTTP;
 * - development, and production builds served on this machine (`next start` for e2e tests on http://127.0.0.1):
 *   not Secure, because those origins are plain HTTP and the browser would drop or withhold the cookie.
 */
export function shouldUseSecureCookie(
  host: string | null | undefined,
  nodeEnv = process.env.NODE_ENV,
): boolean {
  return nodeEnv === 'production' && !isLocalHost(host);
}

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
