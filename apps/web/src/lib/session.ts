import type { SessionTokens } from '@tarodan/contracts';
import { cookies, headers } from 'next/headers';
import { SESSION_COOKIE, sessionCookieOptions } from './cookie-options';
import { PATH_HEADER } from './session-constants';

/** Who is asking, as the browser's request told us: the API rate-limits by IP and records the device. */
export type ClientInfo = { forwardedFor?: string; userAgent?: string };

export function getSessionToken(): string | undefined {
  return cookies().get(SESSION_COOKIE)?.value || undefined;
}

/** The Host the browser used (Traefik passes it as X-Forwarded-Host). */
export function requestHost(): string | null {
  const incoming = headers();
  return incoming.get('x-forwarded-host') ?? incoming.get('host');
}

/** Next sets X-Forwarded-For to the socket address when no proxy did; behind Traefik it is the proxy chain. */
export function clientInfo(): ClientInfo {
  const incoming = headers();
  return {
    forwardedFor: incoming.get('x-forwarded-for') ?? incoming.get('x-real-ip') ?? undefined,
    userAgent: incoming.get('user-agent')?.slice(0, 300) ?? undefined,
  };
}

/** The path (and query) of the page being rendered, as middleware.ts recorded it. */
export function currentPath(): string {
  return headers().get(PATH_HEADER) ?? '/';
}

/** Only in server actions and route handlers (Next forbids cookie writes while rendering). */
export function setSessionCookie(session: Pick<SessionTokens, 'token' | 'expiresAt'>): void {
  cookies().set(SESSION_COOKIE, session.token, sessionCookieOptions(requestHost(), session.expiresAt));
}

export function clearSessionCookie(): void {
  cookies().delete(SESSION_COOKIE);
}
