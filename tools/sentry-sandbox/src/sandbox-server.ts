import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { type Envelope, EnvelopeParseError, parseEnvelope } from './envelope.js';

export interface SentrySandboxOptions {
  /** Default 0: a free port chosen by the system. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** The DSN's public key: the only `sentry_key` accepted. */
  publicKey: string;
  /** The DSN's project id: envelopes for other projects get a 404. */
  projectId: string;
}

/** The parts of an error event tests look at; `raw` is the whole event payload as the SDK sent it. */
export interface ReceivedEvent {
  eventId: string;
  level?: string;
  message?: string;
  exception: { type?: string; value?: string }[];
  release?: string;
  environment?: string;
  serverName?: string;
  platform?: string;
  user?: Record<string, unknown>;
  request?: Record<string, unknown>;
  tags: Record<string, unknown>;
  extra: Record<string, unknown>;
  raw: Record<string, unknown>;
}

export interface SentrySandbox {
  /** `http://<publicKey>@127.0.0.1:<port>/<projectId>`: give it to `Sentry.init({ dsn })`. */
  dsn: string;
  url: string;
  /** Error events (item type `event`), oldest first. Transactions, sessions and client reports are not events. */
  events(): ReceivedEvent[];
  /** Every accepted envelope, oldest first, including transactions, sessions and client reports. */
  envelopes(): Envelope[];
  /** Resolves once at least `count` error events arrived (default timeout 5 s). */
  waitForEvents(count: number, timeoutMs?: number): Promise<ReceivedEvent[]>;
  clear(): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 20 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type, content-encoding, x-sentry-auth',
};

function sendJson(res: ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
    ...CORS_HEADERS,
  });
  res.end(json);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'envelope exceeded size limits');
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  const encoding = String(req.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipSync(body);
    if (encoding === 'deflate') return inflateSync(body);
    if (encoding === 'br') return brotliDecompressSync(body);
  } catch {
    throw new HttpError(400, `invalid ${encoding} body`);
  }
  if (encoding && encoding !== 'identity')
    throw new HttpError(415, `unsupported content-encoding ${encoding}`);
  return body;
}

/** `Sentry sentry_version=7, sentry_client=sentry.javascript.node/10.0.0, sentry_key=abc` → `abc`. */
export function sentryKeyFromAuthHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /(?:^|[\s,])sentry_key=([^,\s]+)/.exec(header.replace(/^Sentry\s+/i, ' '));
  return match?.[1];
}

function keyFromDsn(dsn: unknown): string | undefined {
  if (typeof dsn !== 'string') return undefined;
  try {
    return new URL(dsn).username || undefined;
  } catch {
    return undefined;
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function toEvent(raw: Record<string, unknown>, fallbackId: string | undefined): ReceivedEvent {
  const exceptionValues = record(raw.exception)?.values;
  const exception = Array.isArray(exceptionValues)
    ? exceptionValues.map((value) => {
        const entry = record(value) ?? {};
        return {
          type: typeof entry.type === 'string' ? entry.type : undefined,
          value: typeof entry.value === 'string' ? entry.value : undefined,
        };
      })
    : [];
  const logentry = record(raw.logentry);
  const message =
    typeof raw.message === 'string'
      ? raw.message
      : typeof logentry?.message === 'string'
        ? logentry.message
        : undefined;
  const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    eventId: str(raw.event_id) ?? fallbackId ?? '',
    level: str(raw.level),
    message,
    exception,
    release: str(raw.release),
    environment: str(raw.environment),
    serverName: str(raw.server_name),
    platform: str(raw.platform),
    user: record(raw.user),
    request: record(raw.request),
    tags: record(raw.tags) ?? {},
    extra: record(raw.extra) ?? {},
    raw,
  };
}

/**
 * A local stand-in for Sentry's ingestion endpoint `POST /api/<projectId>/envelope/`: checks the `sentry_key`
 * (from `X-Sentry-Auth`, the `sentry_key` query parameter, or the envelope header's `dsn` as browser tunnels send it),
 * decodes gzip/deflate/br bodies, parses the envelope and keeps it in memory, and answers `200 { id }` like Sentry.
 */
export async function startSentrySandbox(options: SentrySandboxOptions): Promise<SentrySandbox> {
  if (!options.publicKey) throw new Error('startSentrySandbox needs a publicKey');
  if (!options.projectId) throw new Error('startSentrySandbox needs a projectId');
  const received: Envelope[] = [];
  const events: ReceivedEvent[] = [];
  const waiters = new Set<() => void>();

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const match = /^\/api\/([^/]+)\/envelope\/?$/.exec(url.pathname);
    if (!match) throw new HttpError(404, 'not found');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS);
      res.end();
      return;
    }
    if (req.method !== 'POST') throw new HttpError(405, 'method not allowed');
    if (match[1] !== options.projectId) throw new HttpError(404, 'unknown project');

    const body = await readBody(req);
    let envelope: Envelope;
    try {
      envelope = parseEnvelope(body);
    } catch (error) {
      if (error instanceof EnvelopeParseError) throw new HttpError(400, `invalid envelope: ${error.message}`);
      throw error;
    }
    const key =
      sentryKeyFromAuthHeader(req.headers['x-sentry-auth'] as string | undefined) ??
      url.searchParams.get('sentry_key') ??
      keyFromDsn(envelope.header.dsn);
    if (!key) throw new HttpError(401, 'missing authorization information');
    if (key !== options.publicKey) throw new HttpError(401, 'invalid api key');

    received.push(envelope);
    for (const item of envelope.items) {
      const json = record(item.json);
      if (item.header.type === 'event' && json) events.push(toEvent(json, envelope.header.event_id));
    }
    for (const wake of waiters) wake();
    sendJson(res, 200, { id: envelope.header.event_id ?? null });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) sendJson(res, error.status, { detail: error.message });
      else sendJson(res, 500, { detail: 'internal error' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  const url = `http://${host}:${address.port}`;

  return {
    dsn: `http://${options.publicKey}@${host}:${address.port}/${options.projectId}`,
    url,
    events: () => events.map((event) => structuredClone(event)),
    envelopes: () => received.map((envelope) => ({ ...envelope, items: [...envelope.items] })),
    waitForEvents(count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (events.length < count) return false;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(events.map((event) => structuredClone(event)));
          return true;
        };
        const wake = () => void check();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`expected ${count} Sentry events within ${timeoutMs} ms, got ${events.length}`));
        }, timeoutMs);
        if (!check()) waiters.add(wake);
      });
    },
    clear() {
      received.length = 0;
      events.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
