export const dynamic = 'force-dynamic';

/** Liveness for Coolify/Traefik health checks: the Next server answers. It does not call the API. */
export function GET(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
