import type { IncomingMessage } from 'node:http';

/** What the HTTP layer learns about a request after pino-http has seen it: the route pattern and the caller. */
export type RequestLogFields = { route?: string; userId?: string };

const FIELDS = Symbol.for('tarodan.requestLogFields');

type WithFields = IncomingMessage & { [FIELDS]?: RequestLogFields };

/** Called by Fastify hooks and the access guard; read back when pino-http writes the request's log line. */
export function addRequestLogFields(req: IncomingMessage, fields: RequestLogFields): void {
  const carrier = req as WithFields;
  carrier[FIELDS] = { ...carrier[FIELDS], ...fields };
}

export function requestLogFields(req: IncomingMessage): RequestLogFields {
  return (req as WithFields)[FIELDS] ?? {};
}
