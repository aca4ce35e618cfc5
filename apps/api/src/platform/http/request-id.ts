import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const REQUEST_ID = Symbol('tarodan.requestId');
const SAFE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The id of a request, taken from a trusted proxy's `x-request-id` when it looks sane, else a new UUID. Fastify and
 * the pino logger both ask for it; it is computed once and remembered on the raw request.
 */
export function requestIdOf(req: IncomingMessage): string {
  const carrier = req as IncomingMessage & { [REQUEST_ID]?: string };
  if (!carrier[REQUEST_ID]) {
    const incoming = req.headers['x-request-id'];
    carrier[REQUEST_ID] = typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
  }
  return carrier[REQUEST_ID];
}
