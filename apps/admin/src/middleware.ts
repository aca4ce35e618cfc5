import { type NextRequest, NextResponse } from 'next/server';
import { CSRF_COOKIE, PATH_HEADER, SESSION_COOKIE } from './lib/constants';
import { shouldUseSecureCookie } from './lib/cookie-options';

const PUBLIC_PATHS = ['/sign-in', '/health'];
const SIGN_IN_REQUIRED_PATH = '/sign-in/required';
const CSRF_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/** 32 random bytes, base64url (43 characters). */
function newCsrfToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * The gate: without a session cookie every page except /sign-in redirects to `/sign-in?next=<where you were>`.
 * The cookie's validity is checked by the API on each server render (see lib/auth.ts), not here.
 * Every request also gets a double-submit CSRF token (cookie + the same value in forms, see lib/csrf.ts); a new one
 * is added to this request's cookies as well, so the page rendered now already carries it.
 */
export function middleware(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSession = Boolean(request.cookies.get(SESSION_COOKIE)?.value);

  if (!hasSession && !isPublic(pathname)) {
    // Not NextResponse.redirect: Next rewrites an absolute middleware Location on 127.0.0.1 to "localhost" (another
    // cookie jar), and behind Traefik the server's own URL is an internal one. The route handler answers with a
    // relative Location instead, which is right on every host.
    const target = new URL(SIGN_IN_REQUIRED_PATH, request.url);
    target.searchParams.set('next', `${pathname}${search}`);
    return NextResponse.rewrite(target);
  }

  const current = request.cookies.get(CSRF_COOKIE)?.value;
  const csrf = current && CSRF_TOKEN_PATTERN.test(current) ? null : newCsrfToken();
  if (csrf) request.cookies.set(CSRF_COOKIE, csrf);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(PATH_HEADER, `${pathname}${search}`);
  if (csrf) requestHeaders.set('cookie', request.cookies.toString());
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (csrf) {
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    response.cookies.set(CSRF_COOKIE, csrf, {
      httpOnly: true,
      sameSite: 'lax',
      secure: shouldUseSecureCookie(host),
      path: '/',
    });
  }
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)'],
};
