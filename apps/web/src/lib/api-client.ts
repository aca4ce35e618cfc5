import { type ErrorCode, errorBodySchema, type FieldIssue } from '@tarodan/contracts';
import { z } from 'zod';

/**
 * The one way the web server talks to the TARODAN REST API. Every answer is validated with the shared zod schemas,
 * so a contract drift fails loudly here instead of rendering half a page. Nothing is cached unless a public read
 * asks for it (`cache`).
 */

const TIMEOUT_MS = 10_000;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'UNREACHABLE' | 'BAD_RESPONSE',
    message: string,
    readonly requestId?: string,
    /** `details` of the error envelope: `[{ field: 'body.email', reason: 'must be an email address' }]`. */
    readonly details: FieldIssue[] = [],
    /** From Retry-After on 429 answers. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function apiBaseUrl(): string {
  return (process.env.API_URL?.trim() || 'http://127.0.0.1:3001').replace(/\/+$/, '');
}

/** Seconds to wait from a Retry-After header (delta-seconds or an HTTP date). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The browser behind a BFF call: the API rate-limits by this IP and records the device of new sessions. */
export type ForwardedClient = { forwardedFor?: string; userAgent?: string };

export type ApiRequest<T> = {
  /** `null` for answers without a body (204, 202 we do not read). */
  schema: z.ZodType<T> | null;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  token?: string;
  /** JSON-encoded unless `raw` is given. */
  json?: unknown;
  /** A raw body: bytes, or a stream passed through as it arrives (a photo upload from the browser). */
  raw?: { body: ArrayBuffer | ReadableStream<Uint8Array>; contentType: string; length?: string };
  client?: ForwardedClient;
  /**
   * Public reads only: keep the answer in Next's data cache for `revalidate` seconds under `tags` (a server action
   * that changes listings calls revalidateTag). Without it nothing is cached.
   */
  cache?: { revalidate: number; tags: string[] };
  /** Milliseconds before giving up; 10 s unless a long upload needs more. */
  timeoutMs?: number;
};

function requestHeaders<T>(options: ApiRequest<T>): Record<string, string> {
  const result: Record<string, string> = { accept: 'application/json' };
  if (options.token) result.authorization = `Bearer ${options.token}`;
  if (options.json !== undefined) result['content-type'] = 'application/json';
  if (options.raw) result['content-type'] = options.raw.contentType;
  if (options.raw?.length) result['content-length'] = options.raw.length;
  if (options.client?.forwardedFor) result['x-forwarded-for'] = options.client.forwardedFor;
  if (options.client?.userAgent) result['user-agent'] = options.client.userAgent;
  return result;
}

async function failure(response: Response, label: string): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = errorBodySchema.safeParse(body);
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  if (!parsed.success) {
    return new ApiError(
      response.status,
      'BAD_RESPONSE',
      `${label} answered ${response.status}`,
      undefined,
      [],
      retryAfter,
    );
  }
  const { code, message, requestId, details } = parsed.data.error;
  return new ApiError(response.status, code, message, requestId, details ?? [], retryAfter);
}

export async function apiRequest<T>(path: string, options: ApiRequest<T>): Promise<T> {
  const method = options.method ?? 'GET';
  const label = `${method} ${path.split('?')[0]}`;
  const url = `${apiBaseUrl()}${path}`;
  let response: Response;
  try {
    const streamed = options.raw?.body instanceof ReadableStream;
    response = await fetch(url, {
      method,
      ...(options.cache ? { next: options.cache } : { cache: 'no-store' as const }),
      headers: requestHeaders(options),
      body: options.raw
        ? options.raw.body
        : options.json === undefined
          ? undefined
          : JSON.stringify(options.json),
      // Node's fetch sends a stream body only in half-duplex mode.
      ...(streamed ? { duplex: 'half' } : {}),
      signal: AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS),
    } as RequestInit);
  } catch (cause) {
    throw new ApiError(503, 'UNREACHABLE', `API unreachable at ${url}: ${String(cause)}`);
  }
  if (!response.ok) throw await failure(response, label);
  if (options.schema === null) return undefined as T;
  const parsed = options.schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ApiError(502, 'BAD_RESPONSE', `${label} broke the contract: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
