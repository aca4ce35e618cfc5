import type { FastifyRequest } from 'fastify';

/** Where a request came from: the IP Fastify derived through the trusted proxies only (TRUST_PROXY), and the UA. */
export type RequestOrigin = { ip: string | null; userAgent: string | null };

export function originOf(request: Pick<FastifyRequest, 'ip' | 'headers'>): RequestOrigin {
  const userAgent = request.headers['user-agent'];
  return {
    ip: request.ip ?? null,
    userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 300) : null,
  };
}
