import type { NextRequest } from 'next/server';
import { safeNextPath } from '@/lib/session';

export const dynamic = 'force-dynamic';

/**
 * Where middleware.ts sends requests without a session cookie: a 307 to `/sign-in?next=<where you were>` with a
 * relative Location, so the browser stays on the host it used.
 */
function redirectToSignIn(request: NextRequest): Response {
  const query = new URLSearchParams({ next: safeNextPath(request.nextUrl.searchParams.get('next')) });
  return new Response(null, {
    status: 307,
    headers: { location: `/sign-in?${query.toString()}`, 'cache-control': 'no-store' },
  });
}

export const GET = redirectToSignIn;
export const HEAD = redirectToSignIn;
export const POST = redirectToSignIn;
