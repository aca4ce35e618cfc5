import { type NextRequest, NextResponse } from 'next/server';
import { PATH_HEADER, SESSION_COOKIE } from './lib/constants';

const PUBLIC_PATHS = ['/sign-in', '/health'];
const SIGN_IN_REQUIRED_PATH = '/sign-in/required';

function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/**
 * The gate: without a session cookie every page except /sign-in redirects to `/sign-in?next=<where you were>`.
 * The cookie's validity is checked by the API on each server render (see lib/auth.ts), not here.
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

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(PATH_HEADER, `${pathname}${search}`);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)'],
};
