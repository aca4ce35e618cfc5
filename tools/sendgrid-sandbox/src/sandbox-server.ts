import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReceivedMessage, SendgridError } from './mail-send.types.js';
import { validateMailSend } from './validate-mail-send.js';

export interface SendgridSandboxOptions {
  /** Default 0: a free port chosen by the system. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** The only key accepted in `Authorization: Bearer <key>`. */
  apiKey: string;
}

export interface SendgridSandbox {
  /** e.g. `http://127.0.0.1:40123`, to use as the SendGrid client's base URL. */
  url: string;
  /** Accepted messages, oldest first (copies: changing them changes nothing in the sandbox). */
  messages(): ReceivedMessage[];
  clear(): void;
  /** Answers the next `times` Mail Send requests with `status` (e.g. 500 or 503) instead of accepting them. */
  failNext(status: number, times?: number): void;
  close(): Promise<void>;
}

/** SendGrid refuses requests over 30 MB. */
const MAX_BODY_BYTES = 30 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly errors: SendgridError[],
  ) {
    super(errors[0]?.message ?? `HTTP ${status}`);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
    ...headers,
  });
  res.end(json);
}

function fail(status: number, message: string, field: string | null = null): HttpError {
  return new HttpError(status, [{ message, field, help: null }]);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw fail(413, 'The request body is larger than 30 MB.');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw fail(400, 'Bad Request');
  }
}

/** SendGrid's message ids are 22 URL-safe characters. */
function messageId(): string {
  return randomBytes(16).toString('base64url').slice(0, 22);
}

/**
 * A local stand-in for SendGrid's v3 API: `POST /v3/mail/send` (checked like SendGrid checks it) and
 * `GET /v3/scopes`, both behind `Authorization: Bearer <apiKey>`. Accepted messages stay in memory; the
 * sandbox-only `GET /__messages` and `DELETE /__messages` read and clear them (no key needed).
 */
export async function startSendgridSandbox(options: SendgridSandboxOptions): Promise<SendgridSandbox> {
  if (!options.apiKey) throw new Error('startSendgridSandbox needs an apiKey');
  const received: ReceivedMessage[] = [];
  let failures: { status: number; left: number } | undefined;

  const authorize = (req: IncomingMessage) => {
    const header = req.headers.authorization;
    if (!header) throw fail(401, 'authorization required');
    if (header !== `Bearer ${options.apiKey}`) {
      throw fail(401, 'The provided authorization grant is invalid, expired, or revoked');
    }
  };

  const mailSend = async (req: IncomingMessage, res: ServerResponse) => {
    authorize(req);
    const body = await readJson(req);
    if (failures && failures.left > 0) {
      failures.left -= 1;
      throw fail(failures.status, `Simulated failure (HTTP ${failures.status})`);
    }
    const check = validateMailSend(body);
    if (!check.ok) throw new HttpError(400, check.errors);
    const id = messageId();
    received.push({ messageId: id, receivedAt: new Date().toISOString(), body: check.body });
    res.writeHead(202, { 'x-message-id': id, 'content-length': 0 });
    res.end();
  };

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://sandbox').pathname.replace(/\/+$/, '');
    const method = req.method ?? 'GET';
    if (path === '/v3/mail/send') {
      if (method !== 'POST') throw fail(405, 'Method not allowed');
      return mailSend(req, res);
    }
    if (path === '/v3/scopes' && method === 'GET') {
      authorize(req);
      return sendJson(res, 200, { scopes: ['mail.send'] });
    }
    if (path === '/__messages' && method === 'GET') return sendJson(res, 200, { messages: received });
    if (path === '/__messages' && method === 'DELETE') {
      received.length = 0;
      res.writeHead(204).end();
      return;
    }
    throw fail(404, 'Not found');
  };

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError) return sendJson(res, error.status, { errors: error.errors });
      sendJson(res, 500, { errors: [{ message: String(error), field: null, help: null }] });
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    messages: () => structuredClone(received),
    clear: () => {
      received.length = 0;
    },
    failNext: (status, times = 1) => {
      if (!Number.isInteger(status) || status < 400 || status > 599) {
        throw new RangeError(`failNext needs an HTTP error status, got ${status}`);
      }
      failures = { status, left: times };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
