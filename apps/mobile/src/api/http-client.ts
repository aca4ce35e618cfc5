import { errorBodySchema, type Locale } from '@tarodan/contracts';
import type { z } from 'zod';
import { getApiUrl } from '@/config/app-config';
import { ApiError } from './api-error';

const timeoutMs = 15_000;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RequestOptions = {
  /** Sent as `?locale=` and `Accept-Language`, so texts and validation messages come in the reader's language. */
  locale?: Locale;
  query?: Record<string, string>;
  signal?: AbortSignal;
  /** Access token, sent as `Authorization: Bearer`. */
  token?: string;
  /** Sent as JSON. */
  body?: unknown;
};

/** GET `path` from the API and validate the JSON body with `schema`; every failure is an ApiError. */
export function getJson<T>(path: string, schema: z.ZodType<T>, options: RequestOptions): Promise<T> {
  return requestJson('GET', path, schema, options);
}

/** Call the API and validate the JSON body of its 2xx answer with `schema`; every failure is an ApiError. */
export async function requestJson<T>(
  method: HttpMethod,
  path: string,
  schema: z.ZodType<T>,
  options: RequestOptions = {},
): Promise<T> {
  const response = await send(method, path, options);
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw errorFrom(response, body, path);

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('invalid-response', `Unexpected response from ${path}`, { cause: parsed.error });
  }
  return parsed.data;
}

/** Call the API where a 2xx has no body worth reading (204 No Content). */
export async function requestNoContent(
  method: HttpMethod,
  path: string,
  options: RequestOptions = {},
): Promise<void> {
  const response = await send(method, path, options);
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw errorFrom(response, body, path);
  }
}

function errorFrom(response: Response, body: unknown, path: string): ApiError {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, requestId, details } = parsed.data.error;
    return new ApiError('http', message, {
      status: response.status,
      code,
      requestId,
      fieldIssues: details,
      retryAfterSeconds,
    });
  }
  return new ApiError('http', `HTTP ${response.status} from ${path}`, {
    status: response.status,
    retryAfterSeconds,
  });
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

async function send(method: HttpMethod, path: string, options: RequestOptions): Promise<Response> {
  const query = new URLSearchParams({
    ...(options.locale ? { locale: options.locale } : {}),
    ...options.query,
  }).toString();
  const url = `${getApiUrl()}${path}${query ? `?${query}` : ''}`;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.locale) headers['Accept-Language'] = options.locale;
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const abortFromCaller = () => controller.abort();
  options.signal?.addEventListener('abort', abortFromCaller);
  try {
    return await fetch(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: controller.signal,
    });
  } catch (cause) {
    throw new ApiError('network', `Could not reach the API at ${url}`, { cause });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abortFromCaller);
  }
}
