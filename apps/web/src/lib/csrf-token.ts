/**
 * Double-submit CSRF token and Origin check: pure functions, safe in the edge runtime (middleware.ts) and in Node.
 *
 * A state-changing request of the web server is accepted only when
 *  1. its Origin (or, when a browser sends none, its Referer) is the site's own origin, and
 *  2. the token it carries (hidden form field `csrf` or header `x-csrf-token`) equals the `tarodan_csrf` cookie.
 * Another site can make a browser send our cookies (not this one: it is SameSite=Strict) but can read neither the
 * cookie nor our pages, so it cannot fill in the field.
 */

export const CSRF_COOKIE = 'tarodan_csrf';
export const CSRF_FIELD = 'csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** 32 random bytes, base64url: 43 characters. */
export const CSRF_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newCsrfToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function isCsrfToken(value: unknown): value is string {
  return typeof value === 'string' && CSRF_TOKEN_PATTERN.test(value);
}

/** Constant-time comparison (both values have the fixed token length once validated). */
export function csrfTokensMatch(cookieValue: unknown, submitted: unknown): boolean {
  if (!isCsrfToken(cookieValue) || !isCsrfToken(submitted)) return false;
  let difference = 0;
  for (let index = 0; index < cookieValue.length; index += 1) {
    difference |= cookieValue.charCodeAt(index) ^ submitted.charCodeAt(index);
  }
  return difference === 0;
}

function originOf(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

export type OriginCheck = {
  origin: string | null | undefined;
  referer: string | null | undefined;
  /** Origins the site answers on: PUBLIC_WEB_URL, plus the one the request itself was addressed to. */
  allowed: readonly string[];
};

/**
 * True when the request comes from one of our own pages. Origin wins when present ("null" from sandboxed frames and
 * privacy redirects counts as foreign); Referer is the fallback for browsers that omit Origin; neither → refused.
 */
export function isSameOriginRequest({ origin, referer, allowed }: OriginCheck): boolean {
  const allowedOrigins = new Set(allowed.map(originOf).filter((value): value is string => value !== null));
  const source = origin ? originOf(origin) : originOf(referer);
  return source !== null && allowedOrigins.has(source);
}

/** `https://tarodan.com` from the Host (or X-Forwarded-Host) and X-Forwarded-Proto of a request. */
export function requestOrigin(
  host: string | null | undefined,
  proto: string | null | undefined,
): string | null {
  const name = (host ?? '').split(',')[0]?.trim();
  if (!name) return null;
  const scheme = (proto ?? '').split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return `${scheme}://${name}`;
}
