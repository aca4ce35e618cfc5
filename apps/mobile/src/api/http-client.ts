import { errorBodySchema, type Locale } from '@tarodan/contracts';
import type { z } from 'zod';
import { getApiUrl } from '@/config/app-config';
import { ApiError } from './api-error';

const timeoutMs = 15_000;

type RequestOptions = {
  locale: Locale;
  query?: Record<string, string>;
  signal?: AbortSignal;
};

/** GET `path` from the API and validate the JSON body with `schema`; every failure is an ApiError. */
export async function getJson<T>(path: string, schema: z.ZodType<T>, options: RequestOptions): Promise<T> {
  const query = new URLSearchParams({ locale: options.locale, ...options.query });
  const url = `${getApiUrl()}${path}?${query.toString()}`;
  const response = await send(url, options);
  const body: unknown = await response.json().catch(() => undefined);

  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(body);
    if (parsed.success) {
      const { code, message, requestId } = parsed.data.error;
      throw new ApiError('http', message, { status: response.status, code, requestId });
    }
    throw new ApiError('http', `HTTP ${response.status} from ${path}`, { status: response.status });
  }

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('invalid-response', `Unexpected response from ${path}`, { cause: parsed.error });
  }
  return parsed.data;
}

async function send(url: string, options: RequestOptions): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const abortFromCaller = () => controller.abort();
  options.signal?.addEventListener('abort', abortFromCaller);
  try {
    return await fetch(url, {
      method: 'GET',
      headers: { Accept: 'application/json', 'Accept-Language': options.locale },
      signal: controller.signal,
    });
  } catch (cause) {
    throw new ApiError('network', `Could not reach the API at ${url}`, { cause });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abortFromCaller);
  }
}
