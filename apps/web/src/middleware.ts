import { type NextRequest, NextResponse } from 'next/server';
import { csrfCookieOptions } from './lib/cookie-options';
import { CSRF_COOKIE, isCsrfToken, newCsrfToken } from './lib/csrf-token';
import { PATH_HEADER } from './lib/session-constants';

/**
 * Two small things for every page and form post, and nothing else (no rewrites here: see next.config.mjs):
 * - the double-submit CSRF cookie: minted when missing and added to this request's cookies too, so the page being
 *   rendered now already carries the same value in its forms;
 * - the path and query of the request, for `?next=` when a page needs a session.
 */
export function middleware(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const current = request.cookies.get(CSRF_COOKIE)?.value;
  const minted = isCsrfToken(current) ? null : newCsrfToken();
  if (minted) request.cookies.set(CSRF_COOKIE, minted);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(PATH_HEADER, `${pathname}${search}`);
  if (minted) requestHeaders.set('cookie', request.cookies.toString());
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (minted) {
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    response.cookies.set(CSRF_COOKIE, minted, csrfCookieOptions(host));
  }
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|og.png|robots.txt|sitemap.xml|sitemaps/).*)'],
};
