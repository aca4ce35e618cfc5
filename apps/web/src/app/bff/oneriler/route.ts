import type { SuggestResponse } from '@tarodan/contracts';
import { suggest } from '@/lib/search-api';

export const dynamic = 'force-dynamic';

const headers = { 'content-type': 'application/json; charset=utf-8' };

/**
 * `GET /bff/oneriler?q=` → the API's suggestions for the header search box. Read-only and public, so no CSRF
 * token; browsers may keep an answer for a minute. A failing API answers an empty list: autocomplete is a nicety.
 */
export async function GET(request: Request): Promise<Response> {
  const q = new URL(request.url).searchParams.get('q')?.trim().slice(0, 100) ?? '';
  if (!q) return Response.json({ suggestions: [] } satisfies SuggestResponse, { headers });
  try {
    const body = await suggest(q, 8);
    return Response.json(body, { headers: { ...headers, 'cache-control': 'public, max-age=60' } });
  } catch {
    return Response.json({ suggestions: [] } satisfies SuggestResponse, {
      headers: { ...headers, 'cache-control': 'no-store' },
    });
  }
}
